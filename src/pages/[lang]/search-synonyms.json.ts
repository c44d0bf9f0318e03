/**
 * The synonym groups of one language, folded (`/{lang}/search-synonyms.json`): typed words load
 * them only when a word is not one of the site's (src/scripts/search/typed.ts).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadWordFiles } from '../../content/load';
import { langPaths } from '../../i18n/paths';
import { jsonResponse } from '../../lib/json-response';

export const getStaticPaths = (() => langPaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
	const { synonyms } = await loadWordFiles(props.lang);
	return jsonResponse(synonyms);
};
