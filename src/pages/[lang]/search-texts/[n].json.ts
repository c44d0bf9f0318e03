/**
 * One phrase of the second file (`/{lang}/search-texts/{n}.json`, by its position): typed words
 * fetch those their results' snippets show.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadWordFiles } from '../../../content/load';
import { langItemPathsAsync } from '../../../i18n/paths';
import type { PhraseText } from '../../../search/word-shards';
import { jsonResponse } from '../../../lib/json-response';

export const getStaticPaths = (() =>
	langItemPathsAsync(async (lang) =>
		(await loadWordFiles(lang)).texts.map((text, n) => ({
			params: { n: String(n) },
			props: { text },
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: PhraseText }> = ({ props }) => jsonResponse(props.text);
