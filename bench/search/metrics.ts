/** Accuracy figures of a ranked answer list against the evaluation keys, and latency percentiles. */
import { acceptedIds, type EvalItem } from './eval-set';

export interface Answer {
	/** Ranked ids, best first. */
	ids: string[];
	/** True when the search says it is confident (ours: verdict `match`; naive: any result). */
	confident: boolean;
}

export interface Accuracy {
	/** Items expecting a page. */
	n: number;
	top1: number;
	/** Top-1 right *and* confident. */
	top1Confident: number;
	top3: number;
	mrr: number;
	/** Items expecting `none`. */
	nNone: number;
	/** `none` items answered as no confident match. */
	noneCorrect: number;
	/** Ids of the items that missed top-1 or a `none`. */
	misses: string[];
}

export function accuracy(items: readonly EvalItem[], answer: (item: EvalItem) => Answer): Accuracy {
	const acc: Accuracy = {
		n: 0,
		top1: 0,
		top1Confident: 0,
		top3: 0,
		mrr: 0,
		nNone: 0,
		noneCorrect: 0,
		misses: [],
	};
	for (const item of items) {
		const expected = acceptedIds(item);
		const a = answer(item);
		if (expected.length === 0) {
			acc.nNone++;
			if (!a.confident) acc.noneCorrect++;
			else acc.misses.push(item.id);
			continue;
		}
		acc.n++;
		const rank = a.ids.findIndex((id) => expected.includes(id));
		if (rank === 0) acc.top1++;
		else acc.misses.push(item.id);
		if (rank === 0 && a.confident) acc.top1Confident++;
		if (rank >= 0 && rank < 3) acc.top3++;
		if (rank >= 0) acc.mrr += 1 / (rank + 1);
	}
	if (acc.n) acc.mrr /= acc.n;
	return acc;
}

export function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[
		Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
	]!;
}

export function latency(times: number[]): { n: number; p50: number; p95: number; max: number } {
	const s = [...times].sort((a, b) => a - b);
	return {
		n: s.length,
		p50: percentile(s, 50),
		p95: percentile(s, 95),
		max: s[s.length - 1] ?? NaN,
	};
}

/**
 * The 95 % Wilson score interval of a proportion `k` of `n`, as fractions: how far a figure
 * measured on a few hundred texts may be from the search's rate on texts like them. It stays
 * inside 0–1 and is sound for small `n` and for rates near 0 or 1, where the normal
 * approximation is not (Wilson, 1927; Brown, Cai and DasGupta, "Interval Estimation for a
 * Binomial Proportion", 2001). `n` = 0 gives the whole range.
 */
export function wilsonInterval(k: number, n: number, z = 1.96): [number, number] {
	if (n <= 0) return [0, 1];
	const p = k / n;
	const z2 = z * z;
	const centre = p + z2 / (2 * n);
	const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	const denominator = 1 + z2 / n;
	return [
		Math.max(0, (centre - spread) / denominator),
		Math.min(1, (centre + spread) / denominator),
	];
}

/** `k/n` with its 95 % interval in whole percents: `161/216 (68–80 %)`; `0/0` alone. */
export function withInterval(k: number, n: number): string {
	if (n <= 0) return `${k}/${n}`;
	const [low, high] = wilsonInterval(k, n);
	return `${k}/${n} (${Math.round(100 * low)}–${Math.round(100 * high)} %)`;
}
