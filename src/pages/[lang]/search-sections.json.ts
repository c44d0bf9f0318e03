/**
 * The second file of one language's search index (`/{lang}/search-sections.json`): summaries,
 * steps, commands and notes, fetched only when someone types words (a paste never needs it).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSearchIndex } from '../../content/load';
import { encodeSectionsFile } from '../../search/sections-codec';
import { langPaths } from '../../i18n/paths';
import { jsonResponse } from '../../lib/json-response';

export const getStaticPaths = (() => langPaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
	const { index, sections } = await loadSearchIndex(props.lang);
	return jsonResponse(encodeSectionsFile(sections, index.targets.length));
};
