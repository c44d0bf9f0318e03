/**
 * The sections of one language as typed words search them (BM25F): every phrase of both index
 * files, and per section (an error, a cause, a solution, a step) how often each word occurs in
 * its title, its commands and its other text. Built once, the first time words are typed.
 */
import { words as foldWords } from './fold';
import { fuzzyList, type FuzzyList } from './fuzzy';
import { wordFuseOptions } from './options';
import { prepareIndex, SearchIndexError, type PreparedIndex } from './prepare';
import { DocRole, type SearchSectionsData } from './types';

/** Fields of a section: title, commands (code), text. */
export const FIELDS = 3;
/** BM25F: field weights (title, commands, text), saturation and length normalisation (the usual values). */
const FIELD_WEIGHT = [3, 2, 1] as const;
const K1 = 1.2;
const B = 0.75;
type Counts = [number, number, number];
const fieldOf = (role: DocRole) => (role === DocRole.Title ? 0 : role === DocRole.Code ? 1 : 2);

export interface SectionIndex {
	/** The paste index these sections belong to (targets, titles, codes). */
	base: PreparedIndex;
	/** A paste index over both files: a paste with no confident match is read again against it. */
	full: PreparedIndex;
	/** Every phrase: the first file's, then the second's. */
	texts: string[];
	/** The same, folded. */
	phrases: string[];
	/** Phrase indexes of each target. */
	docsOf: number[][];
	/** Every word of the sections, by id, and its id. */
	list: string[];
	ids: Map<string, number>;
	/** Word ids in the words' alphabetical order: the words that begin with a prefix are a range of it. */
	sorted: Int32Array;
	/** How many sections there are (targets that are not another error). */
	count: number;
	/** Per target: word id → occurrences in each field; words per field; average per field. */
	tf: Map<number, Counts>[];
	length: Counts[];
	average: Counts;
	/** Word id → sections holding it (their count is the word's document frequency). */
	postings: number[][];
	/** Word id → for each of its postings, BM25F's saturated, length-normalised term frequency. */
	saturated: Float32Array[];
	/** Word ids by first letter (a typo keeps it): Fuse looks among these, not every word. */
	byFirstLetter: Map<string, number[]>;
}

/** Letters a typo of a word may add or drop. */
const TYPO_LENGTH = 2;

/**
 * A Fuse index over the words that may be a typo of `term` (same first letter, about its
 * length), or undefined while Fuse is not registered; with the words' ids.
 */
export function wordLookup(
	index: SectionIndex,
	term: string,
): { fuse: FuzzyList; ids: number[] } | undefined {
	const ids = (index.byFirstLetter.get(term[0] ?? '') ?? []).filter(
		(id) => Math.abs(index.list[id]!.length - term.length) <= TYPO_LENGTH,
	);
	if (ids.length === 0) return undefined;
	const fuse = fuzzyList(
		ids.map((id) => index.list[id]!),
		wordFuseOptions,
	);
	return fuse && { fuse, ids };
}

/** Ids of the words that begin with `prefix` (a binary search, then a contiguous range). */
export function* wordsStartingWith(index: SectionIndex, prefix: string): Generator<number> {
	const { sorted, list } = index;
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[sorted[mid]!]! < prefix) lo = mid + 1;
		else hi = mid;
	}
	for (let i = lo; i < sorted.length && list[sorted[i]!]!.startsWith(prefix); i++) yield sorted[i]!;
}

/** Prepares the second file and attaches it to its paste index (which typed words then use). */
export function attachSections(base: PreparedIndex, more: unknown): SectionIndex {
	base.sections = prepareSections(base, more);
	return base.sections;
}

export function prepareSections(base: PreparedIndex, more: unknown): SectionIndex {
	const m = more as Partial<SearchSectionsData> | null;
	if (
		m?.v !== 2 ||
		!Array.isArray(m.docs) ||
		!Array.isArray(m.texts) ||
		m.docs.length !== m.texts.length
	)
		throw new SearchIndexError('search sections: unknown format (expected v: 2); rebuild the site');
	const docs = base.data.docs.concat(m.docs);
	const texts = base.data.texts.concat(m.texts);
	// Other errors' targets and codes come after ours (their docs point past our targets).
	const allTargets = base.data.targets.concat(Array.isArray(m.targets) ? m.targets : []);
	const allCodes: Record<string, number> = Object.assign(
		Object.create(null) as Record<string, number>,
		m.codes && typeof m.codes === 'object' ? m.codes : {},
		base.data.codes,
	);
	const phrases = base.phrases.concat(m.texts.map((t) => foldWords(t).join(' ')));
	const targets = base.data.targets.length;
	const docsOf: number[][] = Array.from({ length: targets }, () => []);
	const tf = Array.from({ length: targets }, () => new Map<number, Counts>());
	const length = Array.from({ length: targets }, (): Counts => [0, 0, 0]);
	const ids = new Map<string, number>();
	const list: string[] = [];
	const postings: number[][] = [];
	docs.forEach(([target, role], doc) => {
		const counts = tf[target];
		const lengths = length[target];
		// Another error (numbered past our targets) is not a section: it neither answers typed
		// words nor weighs on them.
		if (!counts || !lengths) return;
		docsOf[target]!.push(doc);
		const f = fieldOf(role);
		for (const w of phrases[doc]!.split(' ')) {
			if (!w) continue;
			let id = ids.get(w);
			if (id === undefined) {
				id = list.push(w) - 1;
				ids.set(w, id);
				postings.push([]);
			}
			let c = counts.get(id);
			if (!c) {
				counts.set(id, (c = [0, 0, 0]));
				postings[id]!.push(target);
			}
			c[f]++;
			lengths[f]++;
		}
	});
	const count = targets;
	const average: Counts = [0, 0, 0];
	for (const l of length) for (let f = 0; f < FIELDS; f++) average[f]! += l[f]! / (count || 1);
	const saturated = postings.map((targetsOf, id) =>
		Float32Array.from(targetsOf, (target) => {
			const counts = tf[target]!.get(id)!;
			let weighted = 0;
			for (let f = 0; f < FIELDS; f++)
				weighted +=
					(FIELD_WEIGHT[f]! * counts[f]!) /
					(1 - B + (B * length[target]![f]!) / (average[f]! || 1));
			return (weighted * (K1 + 1)) / (weighted + K1);
		}),
	);
	const byFirstLetter = new Map<string, number[]>();
	list.forEach((w, id) => {
		const bucket = byFirstLetter.get(w[0]!);
		if (bucket) bucket.push(id);
		else byFirstLetter.set(w[0]!, [id]);
	});
	const sorted = Int32Array.from(list.keys()).sort((a, b) =>
		list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0,
	);
	return {
		base,
		full: prepareIndex({ ...base.data, targets: allTargets, codes: allCodes, docs, texts }),
		sorted,
		byFirstLetter,
		texts,
		phrases,
		docsOf,
		list,
		ids,
		tf,
		length,
		average,
		count,
		postings,
		saturated,
	};
}
