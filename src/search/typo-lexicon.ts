/**
 * A typed word the site does not have may be a typo of any site word with its first letter
 * (words.ts, `ownForms`). Rather than every shard of that letter, typed words read the letter's
 * lexicon (`search-lexicon/{letter}.json`: its words alone, in id order), find there the words
 * the lookup may read the typo as (`typoCandidates`), and load only those words' shards
 * (word-shards.ts). The ranking then finds the same typos as over the whole index
 * (tests/unit/search/word-shards.test.ts). Loaded with Fuse.js, only for such a word.
 */
import { SearchIndexError } from './index-error';
import { keysOfWord, type WordIndex } from './word-shards';
import { typoLength } from './sections';
import { mayBeTypoOf, typoHits } from './words';

/**
 * The letters whose lexicon these typed words need: the first letters of those that may be
 * typos, when some site word begins with it (a letter none does has no lexicon, and no typo).
 */
export const lexiconLetters = (index: WordIndex, terms: readonly string[]): string[] => {
	const letters = new Set([...index.keys].map((k) => k[0]));
	return [
		...new Set(terms.filter((t) => mayBeTypoOf(index, t) && letters.has(t[0])).map((t) => t[0]!)),
	];
};

/**
 * The words of a first letter's lexicon (every site word with that letter, in id order) that
 * `ownForms` (words.ts) may read a typed word as a typo of: their shards hold all its lookup
 * needs. The index then holds those words and perhaps others of the letter; Fuse, which scores
 * each word alone, ranks them as it ranks the whole lexicon, so the same hits come first.
 */
const typoCandidates = (lexicon: readonly string[], term: string): string[] => {
	const pool = lexicon.filter((w) => typoLength(w, term));
	return typoHits(pool, term).map(({ at }) => pool[at]!);
};

/** The words of a lexicon as it travels (one per line). */
export function wordsOfLexicon(file: unknown): string[] {
	if (typeof file !== 'string')
		throw new SearchIndexError('search lexicon: unknown format; rebuild the site');
	return file.split('\n');
}

/**
 * The shard keys the typo lookup of these words needs and the index lacks (`lexiconOf`: the
 * words of a letter's lexicon, each letter of `lexiconLetters` loaded).
 */
export function typoKeys(
	index: WordIndex,
	terms: readonly string[],
	lexiconOf: (letter: string) => readonly string[],
): string[] {
	const out = new Set<string>();
	const letters = new Set(lexiconLetters(index, terms));
	for (const term of terms)
		if (mayBeTypoOf(index, term) && letters.has(term[0]!))
			for (const word of typoCandidates(lexiconOf(term[0]!), term))
				for (const key of keysOfWord(index, word)) out.add(key);
	return [...out].filter((k) => !index.loadedKeys.has(k));
}
