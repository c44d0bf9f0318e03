/**
 * How well a pasted phrase and a phrase of the index cover each other, word by word, with
 * typo tolerance. Fuse finds and orders the candidates; this turns a candidate into a
 * confidence that means the same thing for every query length, so the verdict can use fixed
 * thresholds. Pure; cost grows with (pasted words × indexed words) of one phrase pair only.
 */

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
