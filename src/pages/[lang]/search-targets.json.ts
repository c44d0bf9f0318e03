/**
 * The first index file's targets alone (`/{lang}/search-targets.json`): what typed words read
 * instead of the first file when they cannot be a message or a code (src/scripts/search/typed.ts).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSearchIndex } from '../../content/load';
import { langPaths } from '../../i18n/paths';
import { encodeTargetsFile } from '../../search/index-codec';
import { jsonResponse } from '../../lib/json-response';

export const getStaticPaths = (() => langPaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
	const { index } = await loadSearchIndex(props.lang);
	return jsonResponse(encodeTargetsFile(index));
};
