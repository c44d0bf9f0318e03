/**
 * What typed words pull beyond the first index file (or its targets alone, when they cannot be
 * a message), as the page loads them (src/scripts/search/typed.ts): the words file, the shards
 * of the words (of their first letter too when a word may be a typo), and the phrases the
 * results' snippets show. Gzip level 9 of the same JSON the site serves.
 */
import { gzipSync } from 'node:zlib';
import { normalise } from '../../src/search/normalise';
import { readsAlone } from '../../src/search/other-reach';
import type { PreparedIndex } from '../../src/search/prepare';
import { matchesAlone } from '../../src/search/search';
import { buildWordFiles, emptyWordIndex, rankFromFiles } from '../../src/search/word-shards';
import { typedWords } from '../../src/search/typed-words';

const gz = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;

export interface TypedBytes {
	/** Read without the first file (they cannot be a message: other-reach.ts); else with it. */
	alone: boolean;
	/** The words file (shard keys, the second file's field lengths). */
	meta: number;
	shards: number;
	texts: number;
	/** Files fetched beyond the first index file. */
	files: number;
}

/** Per query, the bytes typed words pull beyond the first file (an index with its sections attached). */
export function typedBytes(index: PreparedIndex, queries: readonly string[]): TypedBytes[] {
	const files = buildWordFiles(index.sections!, index, matchesAlone(index));
	const meta = gz(files.meta);
	const copy = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
	return queries.map((q) => {
		const terms = typedWords(q) ?? [];
		const words = emptyWordIndex(index, copy(files.meta));
		const query = normalise(q);
		const alone = readsAlone(query, {
			ours: files.meta.oursReach,
			others: files.meta.otherReach,
			codes: files.meta.codes,
		});
		const out: TypedBytes = { alone, meta, shards: 0, texts: 0, files: 1 };
		const read = (file: unknown, to: 'shards' | 'texts') => {
			out[to] += gz(file);
			out.files++;
			return copy(file);
		};
		rankFromFiles(words, terms, {
			shard: (k) => read(files.shards.get(k), 'shards'),
			synonyms: () => read(files.synonyms, 'shards'),
			text: (n) => read(files.texts[n], 'texts'),
		});
		return out;
	});
}
