/** The shipped index: complete, in two files, and the same language-neutral ids and codes in both languages. */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromDisk } from '../../../src/content/from-disk';
import { DocRole } from '../../../src/search/types';
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
			expect([...roles(steps)].every((r) => r === DocRole.Prose || r === DocRole.Code)).toBe(true);
			// A check is for typed words alone: all of it, its title too, is in the second file.
			expect(index.docs.some(([t]) => isCheck(t))).toBe(false);
			expect(new Set(sections.docs.filter(([t]) => isCheck(t)).map(([t]) => t)).size).toBe(
				index.targets.filter((t) => t.kind === 'check').length,
			);
		}
	});
	it('indexes no old anchor as words', () => {
		const { index, sections } = indexes().data.en;
		const all = [...index.texts, ...sections.texts];
		for (const [alias] of kb.aliases) expect(all).not.toContain(alias.replace(/[-_]+/g, ' '));
	});
});
