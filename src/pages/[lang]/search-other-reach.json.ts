/**
 * The words of other errors' messages that one or two typed words may name
 * (`/{lang}/search-other-reach.json`, src/search/other-reach.ts): read only by typed words that
 * may be a message, to tell whether they may be another error's before reading its messages.
 * Typed words read from their shards alone never need it, so it is not in the words file.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadWordFiles } from '../../content/load';
import { langPaths } from '../../i18n/paths';
import { jsonResponse } from '../../lib/json-response';

export const getStaticPaths = (() => langPaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
	const { otherReach } = await loadWordFiles(props.lang);
	return jsonResponse(otherReach);
};
