/**
 * The prebuilt search index of one language (`/{lang}/search-index.json`), fetched by the
 * search widgets on first use. Built from the same content collections as the pages.
 */
import type { APIRoute } from 'astro';
import { loadKnowledgeBase } from '../../content/load';
import { languages, type Lang } from '../../i18n/languages';
import { buildSearchIndex, sourceFromKb } from '../../search/index';

export function getStaticPaths() {
	return languages.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
	const { kb } = await loadKnowledgeBase();
	const data = buildSearchIndex(sourceFromKb(kb, params.lang as Lang));
	return new Response(JSON.stringify(data), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
