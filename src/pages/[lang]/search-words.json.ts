/**
 * What typed words read first (`/{lang}/search-words.json`): the length of each field of each
 * section and the keys of the word shards (src/search/word-shards.ts).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadWordFiles } from '../../content/load';
import { langPaths } from '../../i18n/paths';
import { jsonResponse } from '../../lib/json-response';

export const getStaticPaths = (() => langPaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
	const { meta } = await loadWordFiles(props.lang);
	return jsonResponse(meta);
};
