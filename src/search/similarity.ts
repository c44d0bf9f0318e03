/**
 * How well a pasted phrase and a phrase of the index cover each other, word by word, with
 * typo tolerance. Fuse finds and orders the candidates; this turns a candidate into a
 * confidence that means the same thing for every query length, so the verdict can use fixed
 * thresholds. Pure; cost grows with (pasted words × indexed words) of one phrase pair only.
 */

/** Optimal-string-alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				v = Math.min(v, prev2[j - 2]! + 1);
			cur.push(v);
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		prev2 = prev;
		prev = cur;
	}
	return prev[b.length]!;
}

/** Same word, give or take a typo (one edit from 5 letters, two from 9) or a cut end ("instantan"). */
export function sameWord(pasted: string, indexed: string, allowPrefix = false): boolean {
	if (pasted === indexed) return true;
	const len = Math.min(pasted.length, indexed.length);
	if (len < 4) return false;
	if (allowPrefix && pasted.length >= 5 && indexed.startsWith(pasted)) return true;
	const max = len >= 9 ? 2 : len >= 5 ? 1 : 0;
	if (max === 0 || Math.abs(pasted.length - indexed.length) > max) return false;
	// One or two edits leave the first or the last letter in place: a cheap way to skip most pairs.
	if (pasted[0] !== indexed[0] && pasted[pasted.length - 1] !== indexed[indexed.length - 1])
		return false;
	return editDistance(pasted, indexed, max) <= max;
}

/**
 * Whether a pasted word may stand for a word of the index: the same word; from 4 letters (or the
 * cut last word of a paste), a typo of it (`sameWord`), or, cut, a word it begins; never a word
 * more than 2 letters shorter, nor more than 2 longer (20 when cut).
 */
export function standsFor(pasted: string, indexed: string, cut: boolean): boolean {
	if (pasted === indexed) return true;
	if (pasted.length < 4 && !cut) return false;
	const longest = cut ? pasted.length + 20 : pasted.length + 2;
	if (indexed.length < pasted.length - 2 || indexed.length > longest) return false;
	return sameWord(pasted, indexed, true) || (cut && indexed.startsWith(pasted));
}

/** A pasted phrase ready for comparison: per word, its weight; per index word id, the pasted words it may stand for. */
export interface PhraseTerms {
	weights: number[];
	/** Index word id → positions of the pasted words it may stand for (same word, typo, cut end). */
	byId: Map<number, number[]>;
	cut: boolean;
	/** Positions of the words that start a new line. */
	lines: readonly number[];
}

/** Builds `PhraseTerms` from the index word ids each pasted word may stand for. */
export function phraseTerms(
	weights: number[],
	similar: readonly (readonly number[])[],
	cut: boolean,
	lines: readonly number[] = [],
): PhraseTerms {
	const byId = new Map<number, number[]>();
	similar.forEach((ids, i) => {
		for (const id of ids) {
			const list = byId.get(id);
			if (list) list.push(i);
			else byId.set(id, [i]);
		}
	});
	return { weights, byId, cut, lines };
}

export interface Coverage {
	/** Share of the indexed phrase's weight found in the pasted phrase (0…1). */
	indexed: number;
	/** Share of the pasted phrase's weight explained by the indexed phrase (0…1). */
	pasted: number;
	/** Combined confidence (0…1): the harmonic mean of both. */
	score: number;
	/** Positions of the indexed words found in the pasted phrase. */
	found: Set<number>;
}

const none: Coverage = { indexed: 0, pasted: 0, score: 0, found: new Set() };

/**
 * Weighted word coverage both ways: each indexed word, in order, takes the first pasted word
 * still free that may stand for it. Whole pasted lines with no match before the first or after
 * the last matched word do not count (a log line before the message), but unmatched words on
 * a matched line do ("Map backup failed with an internal error" is not E5's message).
 * When the pasted phrase is `cut` (a truncated paste), the indexed words after the last one
 * found count half: "VM Agent unable to communicate wit…" still finds its message.
 */
export function coverage(
	pasted: PhraseTerms,
	indexed: Int32Array,
	weightOf: (id: number) => number,
): Coverage {
	let shared = false;
	for (let j = 0; j < indexed.length && !shared; j++) shared = pasted.byId.has(indexed[j]!);
	if (!shared) return none;
	const found = new Set<number>();
	const used = new Set<number>();
	for (let j = 0; j < indexed.length; j++) {
		const candidates = pasted.byId.get(indexed[j]!);
		if (!candidates) continue;
		for (const i of candidates) {
			if (!used.has(i)) {
				used.add(i);
				found.add(j);
				break;
			}
		}
	}
	const last = pasted.weights.length - 1;
	let from = 0;
	let to = last;
	if (pasted.lines.length > 0) {
		let lo = Infinity;
		let hi = -1;
		for (const i of used) {
			if (i < lo) lo = i;
			if (i > hi) hi = i;
		}
		for (const start of pasted.lines) {
			if (start <= lo) from = start;
			else if (start > hi) {
				to = start - 1;
				break;
			}
		}
	}
	let pastedTotal = 0;
	let pastedFound = 0;
	for (let i = from; i <= to; i++) {
		const hit = used.has(i);
		const w = pasted.weights[i]!;
		pastedTotal += w;
		if (hit) pastedFound += w;
	}
	let lastFound = -1;
	for (const j of found) if (j > lastFound) lastFound = j;
	let indexedTotal = 0;
	let indexedFound = 0;
	for (let j = 0; j < indexed.length; j++) {
		const w = weightOf(indexed[j]!) * (pasted.cut && j > lastFound ? 0.5 : 1);
		indexedTotal += w;
		if (found.has(j)) indexedFound += w;
	}
	const a = indexedTotal > 0 ? indexedFound / indexedTotal : 0;
	const b = pastedTotal > 0 ? pastedFound / pastedTotal : 0;
	return { indexed: a, pasted: b, score: a + b > 0 ? (2 * a * b) / (a + b) : 0, found };
}
