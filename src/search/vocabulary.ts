/**
 * The words of one index: ids, rarity (inverse document frequency), postings, and which index
 * words a pasted word may stand for (itself, a typo of it, or a word it begins when the paste
 * was cut). Built when the index is loaded; per-word answers are cached, since typing and
 * pasting bring back the same words.
 */
import { standsFor } from './same-word';
import { weighsNothing } from './stopwords';

export interface Vocabulary {
	/** Id of an index word. */
	id(word: string): number | undefined;
	/** Weight of an index word by id (0 for stop words and words with digits). */
	weightOf(id: number): number;
	/** Weight of an index word (0 for stop words and words not in the index). */
	known(word: string): number;
	/**
	 * Weight of any word of a paste. An unknown word weighs more than the rarest known one: in
	 * the same phrase as a message ("Map backup failed with an internal error") it says the
	 * phrase is about something else. Words with digits (VM names, ids) weigh nothing.
	 */
	any(word: string): number;
	/** Phrase indexes containing the word (by id). */
	postings(id: number): readonly number[];
	/** Ids of the index words this pasted word may stand for (same word, a typo; with `cut`, words it begins). */
	similar(word: string, cut: boolean): readonly number[];
	/** Weight of a pasted word the index does not have (the most any word weighs). */
	unknown: number;
}

const MAX_CACHE = 5000;

/**
 * `counts(doc)` says whether a phrase counts for rarity: another error's phrases (one the site
 * does not cover) are found like any other, but never make our words more common.
 */
export function buildVocabulary(
	phrases: readonly string[],
	counts: (doc: number) => boolean = () => true,
): {
	vocab: Vocabulary;
	docWords: Int32Array[];
} {
	const ids = new Map<string, number>();
	const words: string[] = [];
	const postings: number[][] = [];
	const docWords = phrases.map((phrase, doc) =>
		Int32Array.from(phrase.split(' ').filter(Boolean), (w) => {
			let id = ids.get(w);
			if (id === undefined) {
				id = words.length;
				ids.set(w, id);
				words.push(w);
				postings.push([]);
			}
			const list = postings[id]!;
			if (list[list.length - 1] !== doc) list.push(doc);
			return id;
		}),
	);
	let n = 0;
	for (let doc = 0; doc < phrases.length; doc++) if (counts(doc)) n++;
	const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
	const silent = weighsNothing;
	const weights = Float64Array.from(words, (w, i) =>
		silent(w) ? 0 : idf(postings[i]!.reduce((df, doc) => df + (counts(doc) ? 1 : 0), 0)),
	);
	const unknown = 1.5 * idf(0);
	const byLength = new Map<number, number[]>();
	words.forEach((w, i) => {
		const list = byLength.get(w.length);
		if (list) list.push(i);
		else byLength.set(w.length, [i]);
	});
	const cache = new Map<string, readonly number[]>();
	const similar = (w: string, cut: boolean): readonly number[] => {
		const key = cut ? `>${w}` : w;
		const hit = cache.get(key);
		if (hit) return hit;
		const out: number[] = [];
		const exact = ids.get(w);
		if (exact !== undefined) out.push(exact);
		if (w.length >= 4 || cut) {
			// Only the lengths `standsFor` accepts are looked at.
			const longest = cut ? w.length + 20 : w.length + 2;
			for (let len = Math.max(1, w.length - 2); len <= longest; len++)
				for (const i of byLength.get(len) ?? [])
					if (i !== exact && standsFor(w, words[i]!, cut)) out.push(i);
		}
		if (cache.size >= MAX_CACHE) cache.clear();
		cache.set(key, out);
		return out;
	};
	const vocab: Vocabulary = {
		id: (w) => ids.get(w),
		weightOf: (id) => weights[id] ?? 0,
		known: (w) => {
			const id = ids.get(w);
			return id === undefined ? 0 : weights[id]!;
		},
		any: (w) => {
			if (silent(w)) return 0;
			const id = ids.get(w);
			return id === undefined ? unknown : weights[id]!;
		},
		postings: (id) => postings[id] ?? [],
		similar,
		unknown,
	};
	return { vocab, docWords };
}
