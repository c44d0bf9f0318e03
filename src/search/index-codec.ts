/**
 * The first index file as it travels: the same data as `SearchIndexData`, without what gzip
 * cannot remove (the second file: sections-codec.ts). Targets are rows by kind (a step is
 * its id under its solution: its host, parent and number follow), a title equal to one of the
 * file's phrases is that phrase's number, the roles of a target's phrases are one string of
 * digits (phrases come in target order), and the codes are read from the errors. Decoding gives
 * back exactly what was encoded (tests/unit/search/index-codec.test.ts).
 */
import type { Lang } from '../i18n/languages';
import { SearchIndexError } from './index-error';
import type { DocRole, SearchIndexData, SearchTarget } from './types';

/** A title as written, or the number of the phrase of the file that says it. */
type TitleRef = string | number;
export interface EncodedTargets {
	/** Errors: id, title, codes, causes (target numbers). */
	e: [string, TitleRef, string[], number[]][];
	/** Causes: id, title. */
	c: [string, TitleRef][];
	/** Solutions: id, title, host (target number), the ids of its steps (after `<solution>--`). */
	s: [string, TitleRef, number, string[]][];
	/**
	 * How many checks (sections of the checklist page) there are: their ids and titles come with
	 * typed words' files (`nameChecks`), since a paste never answers with one.
	 */
	k: number;
	/** Other errors, the site does not cover them (never results): id, message, codes. */
	o: [string, TitleRef, string[]][];
}

export interface EncodedIndexFile {
	v: 3;
	lang: Lang;
	targets: EncodedTargets;
	/** Per target, the roles of its phrases, one digit each. */
	roles: string[];
	texts: string[];
	/** Phrase synonyms (`SearchIndexData.phraseSynonyms`), when there are some. */
	p?: string[][];
}

export function encodeRoles(docs: readonly [number, DocRole][], targets: number): string[] {
	const roles = Array.from({ length: targets }, () => '');
	let last = 0;
	for (const [target, role] of docs) {
		if (target < last || target >= targets)
			throw new Error('search index: phrases must come in target order');
		last = target;
		roles[target] += String(role);
	}
	return roles;
}

export function decodeRoles(roles: readonly string[]): [number, DocRole][] {
	const docs: [number, DocRole][] = [];
	roles.forEach((r, target) => {
		for (const c of r) docs.push([target, Number(c) as DocRole]);
	});
	return docs;
}

/** Targets as rows by kind; a title equal to one of `texts` is its number. */
function encodeTargets(all: readonly SearchTarget[], texts: readonly string[]): EncodedTargets {
	const phraseOf = new Map<string, number>();
	texts.forEach((t, i) => {
		if (!phraseOf.has(t)) phraseOf.set(t, i);
	});
	const title = (t: SearchTarget): TitleRef => phraseOf.get(t.title ?? '') ?? t.title ?? '';
	const targets: EncodedTargets = { e: [], c: [], s: [], k: 0, o: [] };
	for (const t of all) {
		if (t.kind === 'error') targets.e.push([t.id, title(t), t.codes ?? [], t.causes ?? []]);
		else if (t.kind === 'cause') targets.c.push([t.id, title(t)]);
		else if (t.kind === 'solution') targets.s.push([t.id, title(t), t.host!, []]);
		else if (t.kind === 'check') targets.k++;
		else if (t.kind === 'other') targets.o.push([t.id, title(t), t.codes ?? []]);
		else {
			const solution = targets.s.at(-1);
			const prefix = `${solution?.[0]}--`;
			if (!solution || !t.id.startsWith(prefix) || t.step !== solution[3].length + 1)
				throw new Error(`search index: step ${t.id} does not follow its solution`);
			solution[3].push(t.id.slice(prefix.length));
		}
	}
	const order = all.map((t) => t.kind).join(' ');
	const expected = [
		...targets.e.map(() => 'error'),
		...targets.c.map(() => 'cause'),
		...targets.s.flatMap((s) => ['solution', ...s[3].map(() => 'step')]),
		...Array.from({ length: targets.k }, () => 'check'),
		...targets.o.map(() => 'other'),
	].join(' ');
	if (order !== expected)
		throw new Error(
			'search index: targets must be errors, causes, solutions, checks, then other errors',
		);
	return targets;
}

export function encodeIndexFile(data: SearchIndexData): EncodedIndexFile {
	const targets = encodeTargets(data.targets, data.texts);
	return {
		v: 3,
		lang: data.lang,
		targets,
		roles: encodeRoles(data.docs, data.targets.length),
		texts: data.texts,
		...(data.phraseSynonyms ? { p: data.phraseSynonyms } : {}),
	};
}

export const bad = (what: string) =>
	new SearchIndexError(`${what}: unknown format (expected v: 3); rebuild the site`);

export function decodeIndexFile(file: unknown): SearchIndexData {
	const f = file as Partial<EncodedIndexFile> | null;
	if (
		f?.v !== 3 ||
		typeof f.lang !== 'string' ||
		!f.targets ||
		!Array.isArray(f.roles) ||
		!Array.isArray(f.texts)
	)
		throw bad('search index');
	const texts = f.texts;
	const targets = decodeTargets(f.targets, texts);
	const docs = decodeRoles(f.roles);
	if (docs.length !== texts.length || f.roles.length !== targets.length) throw bad('search index');
	const phraseSynonyms = f.p;
	if (
		phraseSynonyms !== undefined &&
		!(
			Array.isArray(phraseSynonyms) &&
			phraseSynonyms.every((g) => Array.isArray(g) && g.every((e) => typeof e === 'string'))
		)
	)
		throw bad('search index');
	return { v: 2, lang: f.lang, targets, docs, texts, codes: codesOf(targets), phraseSynonyms };
}

function decodeTargets(encoded: EncodedTargets, texts: readonly string[]): SearchTarget[] {
	const title = (ref: TitleRef) => (typeof ref === 'number' ? texts[ref]! : ref);
	const targets: SearchTarget[] = [];
	for (const [id, t, codes, causes] of encoded.e)
		targets.push({ kind: 'error', id, title: title(t), codes, causes });
	for (const [id, t] of encoded.c) targets.push({ kind: 'cause', id, title: title(t) });
	for (const [id, t, host, steps] of encoded.s) {
		const parent = targets.push({ kind: 'solution', id, title: title(t), host }) - 1;
		steps.forEach((step, i) =>
			targets.push({ kind: 'step', id: `${id}--${step}`, host, parent, step: i + 1 }),
		);
	}
	// Unnamed until the second file or the words file names them (sections.ts, `nameChecks`).
	const checks = typeof encoded.k === 'number' ? Math.min(encoded.k, 10_000) : 0;
	for (let i = 0; i < checks; i++) targets.push({ kind: 'check', id: '' });
	for (const [id, t, codes] of encoded.o ?? [])
		targets.push({ kind: 'other', id, title: title(t), codes });
	return targets;
}

function codesOf(targets: readonly SearchTarget[]): Record<string, number> {
	const codes: Record<string, number> = Object.create(null) as Record<string, number>;
	targets.forEach((t, i) => t.codes?.forEach((code) => (codes[code.toLowerCase()] ??= i)));
	return codes;
}

/** The first file's targets alone (`search-targets.json`): what typed words read when they cannot be a message. */
export interface EncodedTargetsFile {
	v: 1;
	lang: Lang;
	targets: EncodedTargets;
}

export function encodeTargetsFile(data: SearchIndexData): EncodedTargetsFile {
	return { v: 1, lang: data.lang, targets: encodeTargets(data.targets, []) };
}

/** The targets file as an index with no phrase (typed words read the phrases they show on their own). */
export function decodeTargetsFile(file: unknown): { data: SearchIndexData; phrases: string[] } {
	const f = file as Partial<EncodedTargetsFile> | null;
	if (f?.v !== 1 || typeof f.lang !== 'string' || !f.targets) throw bad('search targets');
	const targets = decodeTargets(f.targets, []);
	return {
		data: { v: 2, lang: f.lang, targets, docs: [], texts: [], codes: codesOf(targets) },
		phrases: [],
	};
}
