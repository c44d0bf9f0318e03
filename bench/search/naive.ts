/**
 * The naive baseline: Fuse.js with its default options over the same knowledge (errors:
 * title, message, variants, codes; causes: title, short title; solutions: title; steps: text
 * and commands), given the raw paste. No normalising, no phrases, no verdict: an empty result
 * list counts as `none`.
 */
import Fuse from 'fuse.js';
import type { SearchSource } from '../../src/search/build-index';

export interface NaiveEntry {
	kind: 'error' | 'cause' | 'solution' | 'step';
	id: string;
	title: string;
	message?: string;
	variants?: string[];
	codes?: string[];
	shortTitle?: string;
	text?: string;
}

export const naiveKeys = ['title', 'message', 'variants', 'codes', 'shortTitle', 'text'];

export function naiveEntries(source: SearchSource): NaiveEntry[] {
	return [
		...source.errors.map((e) => ({
			kind: 'error' as const,
			id: e.id,
			title: e.title,
			message: e.message,
			variants: e.variants,
			codes: e.codes,
		})),
		...source.causes.map((c) => ({
			kind: 'cause' as const,
			id: c.id,
			title: c.title,
			shortTitle: c.shortTitle,
		})),
		...(source.solutions ?? []).flatMap((s) => [
			{ kind: 'solution' as const, id: s.id, title: s.title },
			...s.steps.map((step) => ({
				kind: 'step' as const,
				id: `${s.id}--${step.id}`,
				title: s.title,
				text: [step.text, ...step.code].join(' '),
			})),
		]),
	];
}

export function naiveFuse(entries: NaiveEntry[]): Fuse<NaiveEntry> {
	return new Fuse(entries, { keys: naiveKeys });
}

/** Ranked ids, best first (at most 10). */
export function naiveSearch(fuse: Fuse<NaiveEntry>, query: string): string[] {
	return fuse.search(query, { limit: 10 }).map((r) => r.item.id);
}

/** Ranked result keys (`error:<id>`, `step:<id>`…), best first (at most 10). */
export function naiveKeysFor(fuse: Fuse<NaiveEntry>, query: string): string[] {
	return fuse.search(query, { limit: 10 }).map((r) => `${r.item.kind}:${r.item.id}`);
}
