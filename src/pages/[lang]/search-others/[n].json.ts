/**
 * One part of the other errors' messages of one language (`/{lang}/search-others/{n}.json`):
 * typed words fetch those their key words lead to (src/search/other-messages.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadWordFiles } from '../../../content/load';
import { languages } from '../../../i18n/languages';
import { jsonResponse } from '../../../lib/json-response';

export const getStaticPaths = (async () =>
	(
		await Promise.all(
			languages.map(async (lang) =>
				(await loadWordFiles(lang)).otherParts.map((part, n) => ({
					params: { lang, n: String(n) },
					props: { part },
				})),
			),
		)
	).flat()) satisfies GetStaticPaths;

export const GET: APIRoute<{ part: string[] }> = ({ props }) => jsonResponse(props.part);
