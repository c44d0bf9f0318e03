/**
 * What typed words pull beyond the first index file (or its targets alone, when they cannot be
 * a message: message-reach.ts), as the page loads them (src/scripts/search/typed.ts): the words
 * file, the shards of the words (and, when a word may be a typo, its letter's lexicon and the
 * shards of the words it may be a typo of: counted with the shards), and the phrases the results'
 * snippets show. Gzip level 9 of the same JSON the site serves.
 */
import { gzipSync } from 'node:zlib';
import { normalise } from '../../src/search/normalise';
import { readsAlone } from '../../src/search/other-reach';
import type { PreparedIndex } from '../../src/search/prepare';
import {
	buildWordFiles,
	emptyWordIndex,
	reachesIn,
	shardKeysOf,
	shardsOf,
} from '../../src/search/word-shards';
import { typedWords } from '../../src/search/typed-words';
import { rankFromFiles } from '../../src/search/word-files';
import { weighsNothing } from '../../src/search/stopwords';

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

/**
 * Per query, the bytes typed words pull beyond the first file (an index with its sections
 * attached; `reach`: each word's reach towards a message, message-reach.ts).
 */
export function typedBytes(
	index: PreparedIndex,
	reach: (word: string) => number,
	queries: readonly string[],
): TypedBytes[] {
	const files = buildWordFiles(index.sections!, index, reach);
	const meta = gz(files.meta);
	const copy = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
	return queries.map((q) => {
		const terms = typedWords(q) ?? [];
		const words = emptyWordIndex(index, copy(files.meta));
		const query = normalise(q);
		const out: TypedBytes = { alone: false, meta, shards: 0, texts: 0, files: 1 };
		const read = (file: unknown, to: 'shards' | 'texts') => {
			out[to] += gz(file);
			out.files++;
			return copy(file);
		};
		rankFromFiles(words, terms, {
			shard: (k) => read(files.shards.get(k), 'shards'),
			synonyms: () => read(files.synonyms, 'shards'),
			lexicon: (l) => read(files.lexicons.get(l), 'shards'),
			text: (n) => read(files.texts[n], 'texts'),
		});
		// As the page decides: from the reaches in the shards of the query's words.
		const reaches = new Map(
			shardsOf(
				shardKeysOf(files.meta),
				query.phrases.flatMap((p) => p.words).filter((w) => !weighsNothing(w)),
			).flatMap((k) => [...reachesIn(files.shards.get(k))]),
		);
		out.alone = readsAlone(query, files.meta.codes, (w) => reaches.get(w));
		return out;
	});
}
