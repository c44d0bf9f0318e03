/**
 * The prebuilt search index of one language (`/{lang}/search-index.json`), fetched by the
 * search widgets on first use. Built from the same content collections as the pages.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSearchIndex } from '../../content/load';
import { encodeIndexFile } from '../../search/index-codec';
import { langPaths } from '../../i18n/paths';
import { jsonResponse } from '../../lib/json-response';

export const getStaticPaths = (() => langPaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
	const { index } = await loadSearchIndex(props.lang);
	return jsonResponse(encodeIndexFile(index));
};
