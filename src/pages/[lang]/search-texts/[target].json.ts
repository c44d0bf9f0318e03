/**
 * The phrases of one section (`/{lang}/search-texts/{target}.json`, by target number): typed
 * words fetch those of their results, for the snippets.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadWordFiles } from '../../../content/load';
import { languages } from '../../../i18n/languages';
import type { SectionTexts } from '../../../search/word-shards';

export const getStaticPaths = (async () =>
	(
		await Promise.all(
			languages.map(async (lang) =>
				(await loadWordFiles(lang)).texts.map((texts, target) => ({
					params: { lang, target: String(target) },
					props: { texts },
				})),
			),
		)
	).flat()) satisfies GetStaticPaths;

export const GET: APIRoute<{ texts: SectionTexts }> = ({ props }) =>
	new Response(JSON.stringify(props.texts), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
