/**
 * Picks the pasted phrases worth matching: the ones carrying the most rare words of the index
 * together, cut to a window around them. A 100 KB log becomes a few short phrases, so the
 * cost of matching them (which grows with the phrases' length) stays flat whatever was pasted.
 */
import type { PastedPhrase } from './segment';
import type { Vocabulary } from './vocabulary';

/** Longest phrase matched, in words (the longest message has about 20). */
export const MAX_PHRASE_WORDS = 24;
/** Phrases matched per paste. */
export const MAX_PICKED = 4;

export interface PickedPhrase {
	words: string[];
	/** The paste stops short at the end of this window (the last word may be cut). */
	cut: boolean;
	/** Positions (in `words`) of the words that start a new line. */
	lines: number[];
	/** Sum of the weights of its known words. */
	weight: number;
}

/** The window of at most `size` words with the most weight. */
function bestWindow(
	words: readonly string[],
	weights: readonly number[],
	size: number,
): { start: number; weight: number } {
	let sum = 0;
	for (let i = 0; i < Math.min(size, words.length); i++) sum += weights[i]!;
	let best = { start: 0, weight: sum };
	for (let i = size; i < words.length; i++) {
		sum += weights[i]! - weights[i - size]!;
		if (sum > best.weight) best = { start: i - size + 1, weight: sum };
	}
	return best;
}

/** Phrases, the heaviest first, among which the most cohesive are picked. */
const POOL_PER_PICK = 3;

/**
 * The phrases to match: of the heaviest ones (the sum of their words' weights), those whose
 * words the index holds together (`cohesion`: the most weight they share with one phrase of the
 * index). A ticket's sentence ("we restarted the virtual machine and checked that the guest
 * agent is running") has many known words, each from another page; a message's words are in
 * one phrase of the index.
 */
export function pickPhrases(
	phrases: readonly PastedPhrase[],
	vocab: Vocabulary,
	cohesion: (words: readonly string[]) => number,
	max = MAX_PICKED,
): PickedPhrase[] {
	const picked: PickedPhrase[] = [];
	const seen = new Set<string>();
	for (const { words, cut, lines } of phrases) {
		const weights = words.map((w) => vocab.known(w));
		const { start, weight } = bestWindow(words, weights, MAX_PHRASE_WORDS);
		if (weight <= 0) continue;
		const window = words.slice(start, start + MAX_PHRASE_WORDS);
		const key = window.join(' ');
		if (seen.has(key)) continue;
		seen.add(key);
		const end = start + window.length;
		picked.push({
			words: window,
			weight,
			cut: cut && end === words.length,
			lines: lines.filter((i) => i > start && i < end).map((i) => i - start),
		});
	}
	// Heaviest first; ties keep paste order (Array.prototype.sort is stable).
	const pool = picked.sort((a, b) => b.weight - a.weight).slice(0, max * POOL_PER_PICK);
	if (pool.length <= max) return pool;
	const held = pool.map((p) => cohesion(p.words));
	return pool
		.map((_, i) => i)
		.sort((a, b) => held[b]! - held[a]!)
		.slice(0, max)
		.sort((a, b) => a - b)
		.map((i) => pool[i]!);
}

/**
 * The most weight the words share with one phrase of the index (words as written; those in more
 * than `maxPostings` phrases left out): how much of a pasted phrase the index holds together.
 * `scratch`: one zero per phrase of the index, left as found.
 */
export function cohesion(
	vocab: Vocabulary,
	words: readonly string[],
	scratch: Float64Array,
	maxPostings: number,
): number {
	const reached: number[] = [];
	let best = 0;
	for (const word of new Set(words)) {
		const id = vocab.id(word);
		if (id === undefined) continue;
		const weight = vocab.weightOf(id);
		const postings = vocab.postings(id);
		if (weight > 0 && postings.length <= maxPostings)
			for (const doc of postings) {
				if (scratch[doc] === 0) reached.push(doc);
				best = Math.max(best, (scratch[doc]! += weight));
			}
	}
	for (const doc of reached) scratch[doc] = 0;
	return best;
}
