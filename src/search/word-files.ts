/**
 * Typed words over the split sections with every file at hand (Node: the benchmark and the
 * tests), each file read when the page would fetch it (src/scripts/search/typed.ts does the same
 * with fetches), so that they measure and check what the page does.
 */
import { lexiconLetters, typoKeys, wordsOfLexicon } from './typo-lexicon';
import type { RankedResult } from './types';
import {
	addShard,
	addSynonyms,
	addText,
	keysFor,
	needsSynonyms,
	partKeys,
	textsToLoad,
	type WordIndex,
} from './word-shards';
import { needsWordLookup, rankWords } from './words';

/** The files typed words read, each asked for when the page would fetch it. */
export interface WordFilesAtHand {
	shard(key: string): unknown;
	synonyms(): unknown;
	/** The lexicon of a first letter (typo-lexicon.ts). */
	lexicon(letter: string): unknown;
	text(n: number): unknown;
}

/**
 * Typed words over the split sections, in the order the page loads their files: the shards of
 * the words; when a word is not the site's, the synonyms and their shards; when one may be a
 * typo, its first letter's lexicon and the shards of the words it may be a typo of; when one
 * may be site words written together, the shards of its parts (`partKeys`); a first ranking;
 * the phrases its snippets show; the ranking again, with its snippets.
 */
export function rankFromFiles(
	index: WordIndex,
	terms: readonly string[],
	files: WordFilesAtHand,
): RankedResult[] {
	const add = (keys: readonly string[]) => keys.forEach((k) => addShard(index, k, files.shard(k)));
	add(keysFor(index, terms));
	if (needsSynonyms(index, terms)) {
		addSynonyms(index, files.synonyms());
		add(keysFor(index, terms));
	}
	if (needsWordLookup(index, terms)) {
		const lexicons = new Map(
			lexiconLetters(index, terms).map((l) => [l, wordsOfLexicon(files.lexicon(l))]),
		);
		add(typoKeys(index, terms, (l) => lexicons.get(l) ?? []));
	}
	for (let keys = partKeys(index, terms); keys.length > 0; keys = partKeys(index, terms)) add(keys);
	for (const n of textsToLoad(index, rankWords(index, terms))) addText(index, n, files.text(n));
	return rankWords(index, terms);
}
