/**
 * Builds the per-language search index at build time: every error (message, variants, shared
 * wordings, title, summary, signatures), every cause (title, summary, signatures), every
 * solution (title, condition, notes) and every step (text, commands, note), cut into phrases
 * with the same cuts as a paste; and the other Azure Backup errors (codes, messages), which a
 * paste is recognised as but never led to. Old anchors are links, not words: they are not indexed.
 */
import type { KnowledgeBase } from '../content/graph';
import type { ChecklistSection } from '../content/checklist';
import type { OtherErrorsData, SupportData, SynonymsData } from '../content/schemas';
import type { Lang } from '../i18n/languages';
import { supportAnchors } from '../lib/urls';
import { words } from './fold';
import { bodyText, plainText } from './plain-text';
import { phraseTexts } from './segment';
import { stopwords } from './stopwords';
import { foldGroups } from './synonyms';
import { foldPhraseGroups } from './phrase-synonyms';
import { DocRole, type SearchIndexData, type SearchSectionsData, type SearchTarget } from './types';

/** What the index needs from the content, in one language (the bench generates these too). */
/** What an error or a cause looks like, as the search reads it. */
export interface Signature {
	text: string;
	/** A line of the agent's, the extension's or the event log. */
	log: boolean;
	/** The part of a log line that identifies it (content: `key`). */
	key?: string | undefined;
}

const logKinds: ReadonlySet<string> = new Set(['agent-log', 'extension-log', 'event-log']);
const signatureOf = (s: { text: string; kind: string; key?: string | undefined }): Signature => ({
	text: s.text,
	log: logKinds.has(s.kind),
	key: s.key,
});

export interface SearchSource {
	lang: Lang;
	errors: {
		id: string;
		title: string;
		message: string;
		variants: string[];
		/** Wordings this error shares with another one (both errors lead from them). */
		shared?: string[];
		codes: string[];
		causes: string[];
		summary?: string;
		signatures?: Signature[];
		/** The page's prose (its MDX body as text). */
		body?: string | undefined;
	}[];
	causes: {
		id: string;
		title: string;
		shortTitle: string;
		summary?: string;
		signatures?: Signature[];
		solutions?: string[];
		body?: string | undefined;
	}[];
	solutions?: {
		id: string;
		/** The cause whose page hosts the solution. */
		host: string;
		title: string;
		condition?: string | undefined;
		notes: string[];
		steps: {
			id: string;
			/** Its own heading (inline Markdown), when it has one. */
			title?: string | undefined;
			text: string;
			code: string[];
			note?: string | undefined;
		}[];
		/** Why the solution works (its MDX body as text). */
		body?: string | undefined;
	}[];
	/**
	 * Sections of the site's other pages that typed words should find at their anchor: the
	 * health checklist's checks, and the support blocks (checking a fix, what to collect for a
	 * ticket) with each of their steps. Never a paste's answer: their text is all in the second file.
	 */
	checks?: {
		id: string;
		/** Its heading, read by typed words. */
		title: string;
		/** What a result shows when it differs from `title`: a support step's own title, never searched. */
		shown?: string;
		texts: string[];
		code: string[];
	}[];
	/** Other errors (Azure Backup's, other VM extensions', VM deployment's), those the site does not cover: recognised, never offered as ours. */
	others?: { id: string; codes: string[]; message: string; variants: string[] }[];
	/** Groups of words that stand for one another (`content/synonyms/`). */
	synonyms?: string[][];
	/** Groups of phrases that stand for one another in a paste (`content/synonyms/`, `phrases`). */
	phraseSynonyms?: string[][];
}

/** MDX bodies by `<collection>/<lang>/<id>` (as Astro's entries and the disk reader have them). */
export type Bodies = ReadonlyMap<string, string>;

/** The bodies of entries read from disk, keyed as `Bodies`. */
export const bodiesOf = (
	entries: readonly { collection: string; lang: string; id: string; body: string }[],
): Bodies => new Map(entries.map((e) => [`${e.collection}/${e.lang}/${e.id}`, e.body]));

/** The search-relevant fields of a knowledge base, in one language, in reading order. */
export function sourceFromKb(
	kb: KnowledgeBase,
	lang: Lang,
	bodies?: Bodies,
	others?: OtherErrorsData,
	synonyms?: SynonymsData,
	checks?: SearchSource['checks'],
): SearchSource {
	const bodyOf = (collection: string, id: string) => {
		const body = bodies?.get(`${collection}/${lang}/${id}`);
		return body ? bodyText(body) : undefined;
	};
	return {
		lang,
		errors: kb.errorIds.flatMap((id) => {
			const e = kb.errors[lang].get(id);
			if (!e) return [];
			const sharedHere = [...kb.errors[lang].values()].flatMap((other) =>
				other.sharedWordings.filter((s) => s.with === id).map((s) => s.text),
			);
			return [
				{
					id,
					title: e.title,
					message: e.message,
					variants: e.variants,
					shared: [...e.sharedWordings.map((s) => s.text), ...sharedHere],
					codes: e.codes,
					causes: e.causes,
					summary: e.summary,
					signatures: e.signatures.map(signatureOf),
					body: bodyOf('errors', id),
				},
			];
		}),
		causes: kb.causeIds.flatMap((id) => {
			const c = kb.causes[lang].get(id);
			return c
				? [
						{
							id,
							title: c.title,
							shortTitle: c.shortTitle,
							summary: c.summary,
							signatures: c.signatures.map(signatureOf),
							solutions: c.solutions,
							body: bodyOf('causes', id),
						},
					]
				: [];
		}),
		solutions: kb.solutionIds.flatMap((id) => {
			const s = kb.solutions[lang].get(id);
			const host = kb.solutionCause.get(id);
			return s && host
				? [
						{
							id,
							host,
							title: s.title,
							condition: s.condition,
							notes: s.notes.map((n) => n.text),
							steps: s.steps.map((step) => ({
								id: step.id,
								title: step.title,
								text: step.text,
								code: step.code.map((c) => c.value),
								note: step.note,
							})),
							body: bodyOf('solutions', id),
						},
					]
				: [];
		}),
		checks: checks ?? [],
		others: (others?.errors ?? []).map(({ id, codes, message, variants }) => ({
			id,
			codes,
			message,
			variants,
		})),
		synonyms: synonyms?.groups ?? [],
		phraseSynonyms: synonyms?.phrases ?? [],
	};
}

/**
 * The checks typed words find outside the entries' pages: each section of the health checklist,
 * each support block (its title and introduction) and each of its steps, and the identifiers
 * support asks for, by their anchors (the checklist page shows the support blocks too).
 */
export function checksFrom(
	checklist: readonly ChecklistSection[],
	support: SupportData,
): NonNullable<SearchSource['checks']> {
	const block = (anchor: string, b: SupportData['verify']) => [
		{ id: anchor, title: b.title, texts: [b.intro], code: [] },
		...b.steps.map((step) => ({
			id: `${anchor}--${step.id}`,
			// Searched as its block, as a solution's step is read under its solution's title.
			title: b.title,
			shown: plainText(step.title),
			texts: [step.text, ...(step.note ? [step.note] : [])],
			code: step.code.map((c) => c.value),
		})),
	];
	return [
		...checklist.map((s) => ({ id: s.id, title: s.title, texts: s.text.split('\n'), code: [] })),
		...block(supportAnchors.verify, support.verify),
		...block(supportAnchors.collect, support.collect),
		{
			id: `${supportAnchors.collect}--identifiers`,
			title: support.collect.identifiersTitle,
			texts: support.collect.identifiers,
			code: [],
		},
	];
}

/** Words of a phrase that say something (not "the", "a", "failed"…). */
const MIN_HEAD_WORDS = 3;
const telling = (phrase: string) =>
	words(phrase).filter((w) => !stopwords.has(w) && w.length > 1).length >= MIN_HEAD_WORDS;

/** Roles a paste is matched against (the first file); the others are for typed words only. */
const pasteRoles: ReadonlySet<DocRole> = new Set([
	DocRole.Message,
	DocRole.Shared,
	DocRole.Tail,
	DocRole.Title,
	DocRole.Signature,
	DocRole.LinePart,
]);

/** Builds the two serialisable files of one language's index. */
export function buildSearchIndex(source: SearchSource): {
	index: SearchIndexData;
	sections: SearchSectionsData;
} {
	const targets: SearchTarget[] = [];
	const causeIndex = new Map<string, number>();
	const solutions = source.solutions ?? [];
	source.causes.forEach((c, i) => causeIndex.set(c.id, source.errors.length + i));
	for (const e of source.errors) {
		targets.push({
			kind: 'error',
			id: e.id,
			title: e.title,
			codes: e.codes,
			causes: e.causes.flatMap((c) => causeIndex.get(c) ?? []),
		});
	}
	for (const c of source.causes) targets.push({ kind: 'cause', id: c.id, title: c.title });

	const index = { texts: [] as string[], docs: [] as SearchIndexData['docs'] };
	const more = { texts: [] as string[], docs: [] as SearchIndexData['docs'] };
	const seen = new Set<string>();
	const add = (target: number, role: DocRole, text: string) => {
		const key = `${target}:${words(text).join(' ')}`;
		if (key.endsWith(':') || seen.has(key)) return;
		seen.add(key);
		// Another error's message is read only when ours gave no confident match, and a check is
		// for typed words alone: second file.
		const { kind } = targets[target]!;
		const file = pasteRoles.has(role) && kind !== 'other' && kind !== 'check' ? index : more;
		file.texts.push(text);
		file.docs.push([target, role]);
	};
	/**
	 * A text cut into phrases: the first is `head`, the others `tail`. A lead-in too short to
	 * tell errors apart ("Backup failed:") is a tail, and the phrase after it is the head.
	 */
	const addText = (target: number, text: string, head: DocRole, tail: DocRole = head) => {
		const phrases = phraseTexts(text);
		const first = phrases.findIndex((p) => telling(p));
		phrases.forEach((phrase, i) => add(target, i === Math.max(0, first) ? head : tail, phrase));
	};
	/**
	 * A title's qualifier in brackets ("(VM Windows)", "(2018 à 2019)") is no phrase of its own:
	 * a few common words that name no page alone. The title's other phrases are read as titles.
	 */
	const addTitle = (target: number, text: string) =>
		phraseTexts(text).forEach((phrase, i) => {
			if (i === 0 || words(phrase).length > 3) add(target, DocRole.Title, phrase);
		});
	/**
	 * A signature: its `key` phrase is its head when the content names one; a log line cut in
	 * several phrases without one proves by more than one of them (`LinePart`).
	 */
	const addSignature = (target: number, { text, log, key }: Signature) => {
		const phrases = phraseTexts(text);
		if (key === undefined) {
			const head = log && phrases.length > 1 ? DocRole.LinePart : DocRole.Signature;
			addText(target, text, head, DocRole.Tail);
			return;
		}
		const at = phrases.findIndex((p) => p.includes(key));
		if (at < 0) throw new Error(`signature key "${key}" is not within one phrase of "${text}"`);
		phrases.forEach((p, i) => add(target, i === at ? DocRole.Signature : DocRole.Tail, p));
		// The key alone proves too: a paste loses a path or an id around it that the index keeps
		// ("…VMSnapshotLinux-1.0.9156.0/main/handle.sh install" is pasted as "main handle sh install").
		if (phrases[at]!.trim() !== key) add(target, DocRole.Signature, key);
	};

	source.errors.forEach((e, t) => {
		for (const text of [e.message, ...e.variants]) addText(t, text, DocRole.Message, DocRole.Tail);
		for (const text of e.shared ?? []) addText(t, text, DocRole.Shared, DocRole.Tail);
		addTitle(t, e.title);
		for (const s of e.signatures ?? []) addSignature(t, s);
		if (e.summary) addText(t, e.summary, DocRole.Prose);
		if (e.body) addText(t, e.body, DocRole.Prose);
	});
	source.causes.forEach((c) => {
		const t = causeIndex.get(c.id)!;
		addTitle(t, c.title);
		addText(t, c.shortTitle, DocRole.Title);
		for (const s of c.signatures ?? []) addSignature(t, s);
		if (c.summary) addText(t, c.summary, DocRole.Prose);
		if (c.body) addText(t, c.body, DocRole.Prose);
	});
	for (const s of solutions) {
		const host = causeIndex.get(s.host);
		if (host === undefined) continue;
		const solution = targets.push({ kind: 'solution', id: s.id, title: s.title, host }) - 1;
		addTitle(solution, s.title);
		if (s.condition) addText(solution, plainText(s.condition), DocRole.Prose);
		for (const n of s.notes) addText(solution, plainText(n), DocRole.Prose);
		if (s.body) addText(solution, s.body, DocRole.Prose);
		s.steps.forEach((step, i) => {
			const t =
				targets.push({
					kind: 'step',
					id: `${s.id}--${step.id}`,
					host,
					parent: solution,
					step: i + 1,
				}) - 1;
			// Its title, as shown (Markdown marks dropped), names it in the results (`nameStep`); never
			// searched, it takes no phrase from its text (`add` keeps one of equal phrases).
			if (step.title) {
				more.texts.push(plainText(step.title));
				more.docs.push([t, DocRole.Heading]);
			}
			addText(t, plainText(step.text), DocRole.Prose);
			for (const code of step.code) add(t, DocRole.Code, code);
			if (step.note) addText(t, plainText(step.note), DocRole.Prose);
		});
	}

	for (const c of source.checks ?? []) {
		// Its id and title travel with the second file and the words file (typed words' files): the
		// first file, which every paste reads, only counts it.
		const t = targets.push({ kind: 'check', id: c.id }) - 1;
		addText(t, c.title, DocRole.Title);
		for (const text of c.texts) addText(t, plainText(text), DocRole.Prose);
		for (const code of c.code) add(t, DocRole.Code, code);
	}

	const codes: Record<string, number> = Object.create(null) as Record<string, number>;
	source.errors.forEach((e, t) => e.codes.forEach((code) => (codes[code.toLowerCase()] ??= t)));
	// Other errors live wholly in the second file (their targets after ours, their codes, their
	// messages): a paste reads them only when ours gave no confident match.
	const ours = targets.length;
	const otherCodes: Record<string, number> = Object.create(null) as Record<string, number>;
	for (const o of source.others ?? []) {
		const t = targets.push({ kind: 'other', id: o.id, codes: o.codes }) - 1;
		for (const text of [o.message, ...o.variants]) addText(t, text, DocRole.Message, DocRole.Tail);
		for (const code of o.codes) otherCodes[code.toLowerCase()] ??= t;
	}
	return {
		index: {
			v: 2,
			lang: source.lang,
			targets: targets.slice(0, ours),
			docs: index.docs,
			texts: index.texts,
			codes,
			...phraseSynonymsOf(source),
		},
		sections: {
			v: 2,
			lang: source.lang,
			docs: more.docs,
			texts: more.texts,
			targets: targets.slice(ours),
			codes: otherCodes,
			checks: (source.checks ?? []).map((c): [string, string] => [c.id, c.shown ?? c.title]),
			synonyms: foldGroups(source.synonyms ?? []),
		},
	};
}

/** The first file's phrase synonyms, when the content has some (`phraseSynonyms`: absent when none). */
function phraseSynonymsOf(source: SearchSource): Pick<SearchIndexData, 'phraseSynonyms'> {
	const groups = foldPhraseGroups(source.phraseSynonyms ?? []);
	return groups.length > 0 ? { phraseSynonyms: groups } : {};
}
