/**
 * One phrase of the second file (`/{lang}/search-texts/{n}.json`, by its position): typed words
 * fetch those their results' snippets show.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadWordFiles } from '../../../content/load';
import { languages } from '../../../i18n/languages';
import type { PhraseText } from '../../../search/word-shards';
import { jsonResponse } from '../../../lib/json-response';

export const getStaticPaths = (async () =>
	(
		await Promise.all(
			languages.map(async (lang) =>
				(await loadWordFiles(lang)).texts.map((text, n) => ({
					params: { lang, n: String(n) },
					props: { text },
				})),
			),
		)
	).flat()) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: PhraseText }> = ({ props }) => jsonResponse(props.text);
