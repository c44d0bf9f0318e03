/** The shipped index: complete, in two files, and the same language-neutral ids and codes in both languages. */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromDisk } from '../../../src/content/from-disk';
import { languages, type Lang } from '../../../src/i18n/languages';
import { buildSearchIndex } from '../../../src/search/build-index';
import { decodeHtml, prepareBuilt, sourcesFromDisk } from '../../../src/search/from-disk';
import { prepareIndex, type PreparedIndex } from '../../../src/search/prepare';
import { attachSections } from '../../../src/search/prepare-sections';
import {
	decodeIndexFile,
	decodeTargetsFile,
	encodeIndexFile,
	encodeTargetsFile,
} from '../../../src/search/index-codec';
import { searchPaste } from '../../../src/search/search';
import { loadEvalSet } from '../../../bench/search/eval-set';
import { plainText } from '../../../src/search/plain-text';
import { targetTitle } from '../../../src/search/result';
import { DocRole, type SearchTarget } from '../../../src/search/types';
import { indexes } from './helpers';

const { kb } = loadKnowledgeBaseFromDisk('content');

describe('search index', () => {
	it('lists every error with its codes and causes in order, every cause, solution and step', () => {
		const { en, fr } = indexes().data;
		expect(en.index.targets.map((t) => [t.kind, t.id])).toEqual(
			fr.index.targets.map((t) => [t.kind, t.id]),
		);
		expect(en.index.codes).toEqual(fr.index.codes);
		const targets = en.index.targets;
		const first = targets.find((t) => t.id === 'snapshot-failed-no-network');
		expect(first?.causes?.map((i) => targets[i]?.id)).toEqual([
			'no-internet-access',
			'snapshot-status-or-capture',
			'backup-extension-update-load',
		]);
		expect(en.index.codes['extensionsnapshotfailednonetwork']).toBe(targets.indexOf(first!));
		const count = (kind: string) => targets.filter((t) => t.kind === kind).length;
		expect(count('error')).toBe(kb.errorIds.length);
		expect(count('cause')).toBe(kb.causeIds.length);
		expect(count('solution')).toBe(kb.solutionIds.length);
		expect(count('step')).toBe(
			[...kb.solutions.en.values()].reduce((n, s) => n + s.steps.length, 0),
		);
	});
	it("leaves out a title's bracketed qualifier, which names no page alone", () => {
		const { index } = indexes().data.fr;
		const title = kb.causes.fr.get('windows-agent-unresponsive')!.title;
		expect(title).toMatch(/\(VM Windows\)$/);
		const phrases = index.texts.filter(
			(_, doc) => index.targets[index.docs[doc]![0]]?.id === 'windows-agent-unresponsive',
		);
		expect(phrases).not.toContain('VM Windows');
		expect(phrases.some((p) => title.startsWith(p))).toBe(true);
	});
	it('hosts each solution and step on the page of the cause that lists it, a step under its solution', () => {
		const { index } = indexes().data.fr;
		for (const t of index.targets.filter((x) => x.kind === 'step' || x.kind === 'solution')) {
			const solution = t.kind === 'step' ? index.targets[t.parent!]! : t;
			expect(solution.kind).toBe('solution');
			expect(index.targets[t.host!]?.id).toBe(kb.solutionCause.get(solution.id));
			if (t.kind === 'step') expect(t.id.startsWith(`${solution.id}--`)).toBe(true);
		}
	});
	it('puts what a paste is matched against in the first file; steps, commands and other errors’ messages in the second', () => {
		for (const { index, sections } of Object.values(indexes().data)) {
			// Other errors live wholly in the second file, numbered after our targets.
			const ours = index.targets.length;
			expect(index.targets.every((t) => t.kind !== 'other')).toBe(true);
			expect(sections.targets?.length).toBeGreaterThan(0);
			expect(sections.targets?.every((t) => t.kind === 'other')).toBe(true);
			expect(Object.values(sections.codes ?? {}).every((t) => t >= ours)).toBe(true);
			expect(index.texts.length).toBe(index.docs.length);
			expect(sections.texts.length).toBe(sections.docs.length);
			const roles = (docs: [number, DocRole][]) => new Set(docs.map(([, r]) => r));
			expect([...roles(index.docs)].sort()).toEqual(
				[
					DocRole.Message,
					DocRole.Tail,
					DocRole.Title,
					DocRole.Signature,
					DocRole.Shared,
					DocRole.LinePart,
				].filter((r) => roles(index.docs).has(r)),
			);
			const isCheck = (t: number) => index.targets[t]?.kind === 'check';
			const steps = sections.docs.filter(([t]) => t < ours && !isCheck(t));
			expect(
				[...roles(steps)].every(
					(r) => r === DocRole.Prose || r === DocRole.Code || r === DocRole.Heading,
				),
			).toBe(true);
			// A check is for typed words alone: all of it, its title too, is in the second file.
			expect(index.docs.some(([t]) => isCheck(t))).toBe(false);
			expect(new Set(sections.docs.filter(([t]) => isCheck(t)).map(([t]) => t)).size).toBe(
				index.targets.filter((t) => t.kind === 'check').length,
			);
		}
	});
	it('reads each step’s own title as one phrase of the second file, and shows it as the step’s title', () => {
		for (const lang of languages) {
			const { data, prepared } = indexes();
			const { index, sections } = data[lang];
			const site = prepared[lang].data.targets;
			let titled = 0;
			for (const [id, solution] of kb.solutions[lang])
				for (const step of solution.steps) {
					const target = index.targets.findIndex((t) => t.id === `${id}--${step.id}`);
					const headings = sections.docs.flatMap(([t, role], doc) =>
						t === target && role === DocRole.Heading ? [sections.texts[doc]] : [],
					);
					expect(index.docs.some(([t]) => t === target)).toBe(false);
					expect(headings).toEqual(step.title ? [plainText(step.title)] : []);
					expect(targetTitle(prepared[lang].data, target)).toBe(
						step.title ? plainText(step.title) : solution.title,
					);
					expect(site[target]?.kind).toBe('step');
					if (step.title) titled++;
				}
			expect(titled).toBe([...kb.solutions[lang].values()].flatMap((s) => s.steps).length);
			// The build prepares the very objects its files are encoded from (content/load.ts), so
			// the steps' targets get their titles: neither the first file nor the targets file carries them.
			const built = structuredClone(data[lang]);
			attachSections(prepareIndex(built.index), built.sections);
			const steps = (targets: readonly SearchTarget[]) => targets.filter((t) => t.kind === 'step');
			expect(steps(built.index.targets).every((t) => t.title)).toBe(true);
			const viaJson = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
			for (const decoded of [
				decodeIndexFile(viaJson(encodeIndexFile(built.index))).targets,
				decodeTargetsFile(viaJson(encodeTargetsFile(built.index))).data.targets,
			])
				expect(steps(decoded).some((t) => t.title !== undefined)).toBe(false);
		}
	});
	it('shows the steps’ titles and searches none of them: every paste and word ranks as without them', () => {
		const sources = sourcesFromDisk('content');
		const untitled = Object.fromEntries(
			languages.map((lang) => {
				const source = sources[lang];
				const solutions = source.solutions!.map((s) => ({
					...s,
					steps: s.steps.map((step) => ({ ...step, title: undefined })),
				}));
				const checks = source.checks!.map(({ shown: _, ...check }) => check);
				return [lang, prepareBuilt(buildSearchIndex({ ...source, solutions, checks }))];
			}),
		) as Record<Lang, PreparedIndex>;
		const titled = indexes().prepared;
		const texts = [
			...loadEvalSet().dev.map((item) => [item.query, item.lang] as const),
			...languages.flatMap((lang) =>
				titled[lang].sections!.list.filter((_, i) => i % 7 === 0).map((w) => [w, lang] as const),
			),
			// A step title typed as it is shown.
			...languages.map(
				(lang) => [titled[lang].data.targets.find((t) => t.kind === 'step')!.title!, lang] as const,
			),
		];
		for (const [text, lang] of texts) {
			const a = searchPaste(text, lang, titled, decodeHtml);
			const b = searchPaste(text, lang, untitled, decodeHtml);
			expect(JSON.stringify(a), text).toBe(JSON.stringify(b));
		}
		expect(texts.length).toBeGreaterThan(300);
	});
	it('indexes no old anchor as words', () => {
		const { index, sections } = indexes().data.en;
		const all = [...index.texts, ...sections.texts];
		for (const [alias] of kb.aliases) expect(all).not.toContain(alias.replace(/[-_]+/g, ' '));
	});
});
