/**
 * The words of one first letter, alone (`/{lang}/search-lexicon/{letter}.json`): a typed word
 * that may be a typo reads its letter's, then only the shards of the words it may be a typo of
 * (src/search/typo-lexicon.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadWordFiles } from '../../../content/load';
import type { Lang } from '../../../i18n/languages';
import { langItemPathsAsync } from '../../../i18n/paths';
import { shardFile } from '../../../search/word-shards';
import { jsonResponse } from '../../../lib/json-response';

export const getStaticPaths = (() =>
	langItemPathsAsync(async (lang) =>
		[...(await loadWordFiles(lang)).lexicons].map(([letter, words]) => ({
			params: { letter: shardFile(letter) },
			props: { words },
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang; words: string }> = ({ props }) =>
	jsonResponse(props.words);
