/**
 * Builds the per-language search index at build time: every message, variant, title and old
 * anchor of the errors and causes, cut into phrases (the same cuts as a paste), folded,
 * de-duplicated, then indexed once with `Fuse.createIndex` so the browser only parses it.
 */
import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../content/graph';
import type { Lang } from '../i18n/languages';
import { fuseKeys } from './options';
import { words } from './fold';
import { phraseTexts } from './segment';
import { DocRole, type SearchIndexData, type SearchTarget } from './types';

/** What the index needs from the content, in one language (the bench generates these too). */
export interface SearchSource {
	lang: Lang;
	errors: {
		id: string;
		title: string;
		message: string;
		variants: string[];
		codes: string[];
		causes: string[];
		aliases: string[];
	}[];
	causes: { id: string; title: string; shortTitle: string; aliases: string[] }[];
}

/** Old anchors name an entry with hyphenated words ("vm-agent-unable-to-…"). */
const aliasText = (alias: string) => alias.replace(/[-_]+/g, ' ');

/** The search-relevant fields of a knowledge base, in one language, in reading order. */
export function sourceFromKb(kb: KnowledgeBase, lang: Lang): SearchSource {
	const aliasesOf = (collection: 'errors' | 'causes', id: string) =>
		[...kb.aliases]
			.filter(([, a]) => a.collection === collection && a.id === id && a.kind === 'legacyAnchor')
			.map(([alias]) => alias);
	return {
		lang,
		errors: kb.errorIds.flatMap((id) => {
			const e = kb.errors[lang].get(id);
			return e
				? [
						{
							id,
							title: e.title,
							message: e.message,
							variants: e.variants,
							codes: e.codes,
							causes: e.causes,
							aliases: aliasesOf('errors', id),
						},
					]
				: [];
		}),
		causes: kb.causeIds.flatMap((id) => {
			const c = kb.causes[lang].get(id);
			return c
				? [{ id, title: c.title, shortTitle: c.shortTitle, aliases: aliasesOf('causes', id) }]
				: [];
		}),
	};
}

/** Builds the serialisable index of one language. */
export function buildSearchIndex(source: SearchSource): SearchIndexData {
	const targets: SearchTarget[] = [];
	const causeIndex = new Map<string, number>();
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

	const folded: string[] = [];
	const texts: string[] = [];
	const docs: SearchIndexData['docs'] = [];
	const seen = new Set<string>();
	const add = (target: number, role: DocRole, text: string) => {
		const f = words(text).join(' ');
		const key = `${target}:${f}`;
		if (!f || seen.has(key)) return;
		seen.add(key);
		folded.push(f);
		texts.push(text);
		docs.push([target, role]);
	};
	const addText = (
		target: number,
		text: string,
		head: DocRole = DocRole.Head,
		tail: DocRole = DocRole.Tail,
	) => phraseTexts(text).forEach((phrase, i) => add(target, i === 0 ? head : tail, phrase));

	source.errors.forEach((e, t) => {
		for (const text of [e.message, ...e.variants]) addText(t, text);
		addText(t, e.title, DocRole.Head, DocRole.Head);
		for (const a of e.aliases) addText(t, aliasText(a), DocRole.Alias, DocRole.Alias);
	});
	source.causes.forEach((c) => {
		const t = causeIndex.get(c.id)!;
		addText(t, c.title, DocRole.Head, DocRole.Head);
		addText(t, c.shortTitle, DocRole.Head, DocRole.Head);
		for (const a of c.aliases) addText(t, aliasText(a), DocRole.Alias, DocRole.Alias);
	});

	const codes: Record<string, number> = {};
	source.errors.forEach((e, t) => e.codes.forEach((code) => (codes[code.toLowerCase()] ??= t)));

	const index = Fuse.createIndex(fuseKeys, folded).toJSON() as unknown as SearchIndexData['fuse'];
	return { v: 1, lang: source.lang, targets, docs, texts, codes, fuse: index };
}
