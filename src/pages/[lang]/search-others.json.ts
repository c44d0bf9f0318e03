/**
 * The other errors' messages of one language with their words' weights
 * (`/{lang}/search-others.json`): typed words of three words or more load it to tell whether
 * they may be one, instead of the whole second file (src/search/other-messages.ts).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadWordFiles } from '../../content/load';
import { langPaths } from '../../i18n/paths';
import { jsonResponse } from '../../lib/json-response';

export const getStaticPaths = (() => langPaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
	const { others } = await loadWordFiles(props.lang);
	return jsonResponse(others);
};
