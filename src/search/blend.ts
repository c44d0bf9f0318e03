/**
 * A paste with no confident match (a doc passage, a forum post, a support answer) often says
 * what a page says in other words and other orders: no one phrase of the index covers it, but
 * the page holds many of its rare words. Its ranking is then the phrase matcher's and the
 * sections' (BM25F over the rarest words of the pasted phrases, `words.ts`) in equal parts. A step or
 * a solution the sections find counts for the cause whose page hosts it, as for the phrases.
 *
 * Measured on the tuning split (pastes of ours, both languages, 64): top-1 50 → 61; every share
 * of the phrases from 0.3 to 0.8 gives 57–61, so equal parts is not a fine-tuned value.
 */
import { kindOrder, type SearchIndexData, type Why } from './types';

/** What the phrases' ranking counts for in the blend; the sections' count for the rest. */
export const PHRASE_SHARE = 0.5;

/** A ranked target: its number, its score, why it is there (made on demand: a snippet costs). */
export interface Hit {
	target: number;
	score: number;
	why: () => Why;
}

/** The section hits, each step or solution also counting for its host cause (the best score each). */
function withHosts(data: SearchIndexData, sections: readonly Hit[]): Map<number, Hit> {
	const best = new Map<number, Hit>();
	const keep = (h: Hit) => {
		const had = best.get(h.target);
		if (!had || had.score < h.score) best.set(h.target, h);
	};
	for (const h of sections) {
		keep(h);
		const host = data.targets[h.target]?.host;
		if (host !== undefined) keep({ ...h, target: host });
	}
	return best;
}

/**
 * A paste's phrase ranking blended with its words' ranking over the sections (`blendPastedWords`
 * of words.ts, with the sections at hand). Passed to the phrase matcher (rank.ts), not imported
 * by it: the page fetches the words' ranking and this blend with the typed words' code, only for
 * a paste with no confident match.
 */
export type BlendPasted = <T extends { target: number; score: number }>(
	data: SearchIndexData,
	phrases: readonly T[],
	words: readonly string[],
	whyOf: (phrase: T) => Why,
) => Hit[];

/**
 * Both rankings in one: each target's phrase score and section score (the best is 1), in
 * `PHRASE_SHARE` and the rest; its snippet is the one of the ranking that gives it more.
 * Ties: an error before a cause before a solution before a step, then the index's order.
 */
export function blendRankings<T extends { target: number; score: number }>(
	data: SearchIndexData,
	phrases: readonly T[],
	sections: readonly Hit[],
	whyOf: (phrase: T) => Why,
): Hit[] {
	const out = new Map<number, Hit>();
	for (const p of phrases)
		out.set(p.target, { target: p.target, score: PHRASE_SHARE * p.score, why: () => whyOf(p) });
	for (const [target, h] of withHosts(data, sections)) {
		const part = (1 - PHRASE_SHARE) * h.score;
		const had = out.get(target);
		// The snippet comes from whichever ranking gives the target more of its score.
		const why = had && had.score >= part ? had.why : h.why;
		out.set(target, { target, score: (had?.score ?? 0) + part, why });
	}
	return [...out.values()].sort(
		(a, b) =>
			b.score - a.score ||
			kindOrder[data.targets[a.target]!.kind] - kindOrder[data.targets[b.target]!.kind] ||
			a.target - b.target,
	);
}
