/**
 * One shard of the sections' words (`/{lang}/search-words/{shard}.json`): the words that start
 * with the same two letters, with their postings, one line each; typed words fetch only theirs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadWordFiles } from '../../../content/load';
import type { Lang } from '../../../i18n/languages';
import { langItemPathsAsync } from '../../../i18n/paths';
import { shardFile, type WordShard } from '../../../search/word-shards';
import { jsonResponse } from '../../../lib/json-response';

export const getStaticPaths = (() =>
	langItemPathsAsync(async (lang) =>
		[...(await loadWordFiles(lang)).shards].map(([key, shard]) => ({
			params: { shard: shardFile(key) },
			props: { shard },
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang; shard: WordShard }> = ({ props }) =>
	jsonResponse(props.shard);
