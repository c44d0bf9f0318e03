/**
 * Whether typed words may be a message: a confident match (`MATCH_MIN`) on one of our messages,
 * titles or signatures, or naming another error, in either language. The matcher reaches that
 * only when the words cover enough of one such phrase's weight (similarity.ts, `coverage`): the
 * harmonic mean of two shares, each at most 1, is at least 0.71 (`MATCH_MIN` 0.8 less a support
 * bonus of at most 0.09) only when the phrase's share is at least 0.55; the words after the last
 * one found count half when the words are cut, so at least 0.379 of the phrase's weight must be
 * found. At build time each word of the sections gets its `reach`: the most of one such
 * phrase's weight it can find (itself, a typo, a word it begins; with every index's weights),
 * in hundredths, rounded up (word-reach.ts); it travels in the word's shard (word-shards.ts).
 * Typed words whose reaches add up to less than that cannot be a message: the page reads them
 * from their shards alone, without the first file, the paste matcher or the other language. A
 * word the shards do not hold may be anything (a typo, a word of the other language): then
 * they may be a message. One word whose reach alone may make a message is checked once and for
 * all at build time: the whole search, run on it, says whether it is read as words
 * (`WordReach.alone`). Sound, not exact: tests/unit/search/other-reach.test.ts compares it with
 * the whole search.
 */
import type { NormalisedQuery } from './normalise';
import { weighsNothing } from './stopwords';

/** Below this sum of reaches (hundredths), typed words cannot be a message (0.379, with a margin). */
export const MAY_MATCH = 36;

/**
 * A word's reach, and for a word whose reach alone may make a message, whether the whole search,
 * run on the word alone at build time (cut short or not), reads it as words all the same.
 */
export interface WordReach {
	reach: number;
	alone: boolean;
}

/**
 * Whether the typed words may be a message, from each word's reach (`reachOf`: undefined for a
 * word it does not know, which may be anything).
 */
export function mayBeMessage(
	query: NormalisedQuery,
	reachOf: (word: string) => WordReach | undefined,
): boolean {
	const words = query.phrases.flatMap((p) => p.words);
	if (words.length === 1 && reachOf(words[0]!)?.alone) return false;
	let sum = 0;
	for (const word of words) {
		if (weighsNothing(word)) continue;
		const r = reachOf(word);
		if (r === undefined) return true;
		sum += r.reach;
	}
	return sum >= MAY_MATCH;
}
