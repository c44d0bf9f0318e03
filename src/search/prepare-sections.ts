/**
 * Builds the sections index of one language from both of its files (the CLI, the benchmark,
 * the build, and the page for a paste with no confident match): every phrase folded, each
 * word's postings and BM25F frequencies, and a paste index over both files.
 */
import { words as foldWords } from './fold';
import { SearchIndexError } from './index-error';
import { prepareIndex, type PreparedIndex } from './prepare';
import {
	averageLength,
	countWeighed,
	entriesBeforeChecks,
	fieldOf,
	nameChecks,
	nameStep,
	saturation,
	type Counts,
	type SectionIndex,
} from './sections';
import { decodeSectionsFile } from './sections-codec';
import { groupsIn } from './synonyms';
import { DocRole, type SearchSectionsData } from './types';

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
	// A step's own title is shown, not searched (docs/search.md, "Step titles"): no words.
	const phrases = base.phrases.concat(
		m.texts.map((t, i) => (m.docs![i]![1] === DocRole.Heading ? '' : foldWords(t).join(' '))),
	);
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
		// A step's title has no words (above): it names its step.
		if (role === DocRole.Heading) nameStep(base.data.targets, target, texts[doc]!);
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
	nameChecks(base.data.targets, m.checks);
	const weighed = entriesBeforeChecks(base.data.targets);
	const average = averageLength(length.slice(0, weighed));
	const saturated = postings.map((targetsOf, id) =>
		Float32Array.from(targetsOf, (target) =>
			saturation(tf[target]!.get(id)!, length[target]!, average),
		),
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
	// A paste is read against every phrase but the checks' (a check answers typed words only) and
	// the steps' titles. Their phrases stay, empty, so that a phrase has the same number in both indexes.
	const forPastes = texts.map((t, i) =>
		allTargets[docs[i]![0]]?.kind === 'check' || docs[i]![1] === DocRole.Heading ? '' : t,
	);
	return {
		base,
		synonyms: groupsIn(m.synonyms),
		full: prepareIndex({
			...base.data,
			targets: allTargets,
			codes: allCodes,
			docs,
			texts: forPastes,
		}),
		count: targets,
		weighed,
		sorted,
		byFirstLetter,
		texts,
		phrases,
		docsOf,
		roles: docs.map(([, role]) => role),
		list,
		ids,
		tf,
		length,
		average,
		postings,
		df: postings.map((p) => countWeighed(p, weighed)),
		saturated,
	};
}

/** The same, from the second file as it travels (sections-codec.ts). */
export const attachSectionsFile = (base: PreparedIndex, file: unknown): SectionIndex =>
	attachSections(base, decodeSectionsFile(file));
