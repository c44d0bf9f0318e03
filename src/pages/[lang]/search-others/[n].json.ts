/**
 * One part of the other errors' messages of one language (`/{lang}/search-others/{n}.json`):
 * typed words fetch those their key words lead to (src/search/other-messages.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadWordFiles } from '../../../content/load';
import { langItemPathsAsync } from '../../../i18n/paths';
import { jsonResponse } from '../../../lib/json-response';

export const getStaticPaths = (() =>
	langItemPathsAsync(async (lang) =>
		(await loadWordFiles(lang)).otherParts.map((part, n) => ({
			params: { n: String(n) },
			props: { part },
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ part: string[] }> = ({ props }) => jsonResponse(props.part);
