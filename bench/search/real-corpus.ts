/**
 * The real pastes and typed queries of `bench/search/real/` (see its README): loading, and the
 * figures per split, kind and language. Any search can be measured the same way (ours, naive
 * Fuse, Pagefind): it only has to answer an item with result keys (`error:<id>`, `step:<id>`…)
 * best first, and a verdict.
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../../src/i18n/languages';
import { withInterval } from './metrics';

export type Split = 'tuning' | 'held-out';

export interface RealItem {
	id: string;
	kind: 'paste' | 'query';
	lang: Lang;
	text: string;
	expected: string[];
	accept: string[];
	type: string;
	source: Record<string, string>;
	note?: string;
	/** 2 for the second collection (split by a hash of the source, see split-source.ts); absent for the first. */
	batch?: number;
	/** Why an item of a later collection sits in tuning although its source's hash says held-out (it was examined). */
	movedToTuning?: string;
}

export interface Answer {
	/** Result keys, best first: `error:<id>`, `cause:<id>`, `solution:<id>`, `step:<solution>--<step>`. */
	keys: string[];
	verdict: 'match' | 'weak' | 'none';
}

export interface RealStats {
	/** Items that should be found, and how many were first, in the first 3. */
	covered: number;
	top1: number;
	top3: number;
	/** Items that should not be found (foreign pastes), answered `none`, answered `match`. */
	foreign: number;
	none: number;
	match: number;
	/** Ids of the covered items not in the first 3, and of the foreign items answered `match`. */
	misses: string[];
}

export function loadReal(split: Split, dir = 'bench/search/real'): RealItem[] {
	return (JSON.parse(readFileSync(`${dir}/${split}.json`, 'utf8')) as { items: RealItem[] }).items;
}

/** The items of one collection (`batch`; the first has none): each later one was measured blind once its work was done. */
export const ofBatch = (items: readonly RealItem[], batch: number) =>
	items.filter((i) => (i.batch ?? 1) === batch);

/** The later collections (2 on) these items come from, in order. */
export const laterBatches = (items: readonly RealItem[]) =>
	[...new Set(items.map((i) => i.batch ?? 1))].filter((b) => b >= 2).sort((a, b) => a - b);

/** A group's key: `paste en`, `query fr`… */
export const groupOf = (item: RealItem) => `${item.kind} ${item.lang}`;

/**
 * A result is right when it is an expected or accepted answer, or a step of an expected or
 * accepted solution (the link lands inside that solution, at the step that holds the words).
 */
export function isRight(item: RealItem, key: string): boolean {
	const right = [...item.expected, ...item.accept];
	if (right.includes(key)) return true;
	const step = /^step:(.+?)--/.exec(key);
	return step !== null && right.includes(`solution:${step[1]}`);
}

/** Figures per group for one search. */
export function measureReal(
	items: readonly RealItem[],
	answer: (item: RealItem) => Answer,
): Map<string, RealStats> {
	const out = new Map<string, RealStats>();
	for (const item of items) {
		const key = groupOf(item);
		let s = out.get(key);
		if (!s) {
			s = { covered: 0, top1: 0, top3: 0, foreign: 0, none: 0, match: 0, misses: [] };
			out.set(key, s);
		}
		const a = answer(item);
		if (item.expected.length === 0) {
			s.foreign++;
			if (a.verdict === 'none') s.none++;
			if (a.verdict === 'match') {
				s.match++;
				s.misses.push(item.id);
			}
			continue;
		}
		s.covered++;
		if (a.keys[0] !== undefined && isRight(item, a.keys[0])) s.top1++;
		if (a.keys.slice(0, 3).some((k) => isRight(item, k))) s.top3++;
		else s.misses.push(item.id);
	}
	return out;
}

/**
 * One line of figures per group (`paste en`, `query fr`…), as the fast benches print them, each
 * count with its 95 % interval (metrics.ts).
 */
export function printReal(items: readonly RealItem[], answer: (item: RealItem) => Answer): void {
	for (const [group, s] of measureReal(items, answer))
		console.log(
			`${group.padEnd(9)} top-1 ${withInterval(s.top1, s.covered)}  top-3 ${withInterval(s.top3, s.covered)}  foreign none ${withInterval(s.none, s.foreign)}  match ${s.match}`,
		);
}
