/**
 * The other Azure Backup errors (content/other-errors/<lang>.json): the real files load with our
 * own codes, none of them is one of our errors under its code or its words, and a mistake in an
 * entry fails naming the file and the field.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n/languages';
import {
	loadOtherErrors,
	otherErrorProblems,
	parseOtherErrors,
} from '../../../src/content/other-errors';
import type { OtherErrorsData } from '../../../src/content/schemas';
import { kb } from '../../support/content';

const ownCodes: ReadonlySet<string> = new Set(kb.codes.keys());
const files = loadOtherErrors(ownCodes);
const langs: Lang[] = ['en', 'fr'];

/** Lower case, one space, no closing punctuation: how two wordings compare. */
const norm = (s: string) =>
	s
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/[\s.!:;]+$/, '')
		.trim();

describe('other errors: the real files', () => {
	it('load in both languages with the same ids and codes, in the same order', () => {
		const shape = (lang: Lang) => files[lang].errors.map((e) => [e.id, e.codes]);
		expect(files.en.errors.length).toBeGreaterThan(0);
		expect(shape('fr')).toEqual(shape('en'));
	});

	it('hold none of our codes', () => {
		for (const lang of langs)
			for (const e of files[lang].errors)
				for (const code of e.codes) expect(ownCodes.has(code.toLowerCase()), code).toBe(false);
	});

	it('hold none of our messages or variants, in either language', () => {
		const ours = new Set(
			langs.flatMap((lang) =>
				[...kb.errors[lang].values()].flatMap((e) => [e.message, ...e.variants].map(norm)),
			),
		);
		for (const lang of langs)
			for (const e of files[lang].errors)
				for (const wording of [e.message, ...e.variants])
					expect(ours.has(norm(wording)), `${lang} ${e.id}: ${wording}`).toBe(false);
	});

	it('link each error to its section of one of Microsoft’s troubleshooting articles, the same page in both languages', () => {
		for (const e of files.en.errors)
			expect(e.doc).toMatch(
				/^https:\/\/learn\.microsoft\.com\/(?:troubleshoot\/)?azure\/[a-z0-9-]+(?:\/[a-z0-9.-]+)+(#[a-z0-9-]+)?$/,
			);
		expect(files.fr.errors.map((e) => e.doc)).toEqual(files.en.errors.map((e) => e.doc));
	});

	it('give an id that is the first code, hyphenated at its words, when there is a code', () => {
		for (const e of files.en.errors)
			if (e.codes[0]) expect(e.id.replaceAll('-', ''), e.id).toBe(e.codes[0].toLowerCase());
	});
});

describe('other errors: a mistake names the file and the field', () => {
	const copy = (): Record<Lang, OtherErrorsData> => structuredClone(files);

	it('a missing message', () => {
		const bad = copy().en as unknown as { errors: Record<string, unknown>[] };
		delete bad.errors[0]!.message;
		expect(() => parseOtherErrors('en', bad)).toThrow(
			/content\/other-errors\/en\.json: errors\.0\.message/,
		);
	});

	it('a plain http link to the article', () => {
		const bad = copy().fr;
		bad.errors[1]!.doc = bad.errors[1]!.doc.replace('https://', 'http://');
		expect(() => parseOtherErrors('fr', bad)).toThrow(
			/content\/other-errors\/fr\.json: errors\.1\.doc: link to the article on https:/,
		);
	});

	it('a link that pins a language', () => {
		const bad = copy().fr;
		bad.errors[0]!.doc = bad.errors[0]!.doc.replace(
			'learn.microsoft.com/',
			'learn.microsoft.com/fr-fr/',
		);
		expect(() => parseOtherErrors('fr', bad)).toThrow(
			/content\/other-errors\/fr\.json: errors\.0\.doc: .*without a locale/,
		);
	});

	it('an id listed twice', () => {
		const bad = copy().en;
		bad.errors[2]!.id = bad.errors[0]!.id;
		expect(() => parseOtherErrors('en', bad)).toThrow(
			new RegExp(
				`content/other-errors/en\\.json: errors\\.2\\.id: "${bad.errors[0]!.id}" is listed twice`,
			),
		);
	});

	it('an id missing in the other language', () => {
		const bad = copy();
		const dropped = bad.fr.errors.pop()!;
		expect(otherErrorProblems(bad, ownCodes)).toContain(
			`content/other-errors/en.json: errors.${bad.en.errors.length - 1}.id: "${dropped.id}" has no entry in content/other-errors/fr.json`,
		);
	});

	it('codes that differ between the languages', () => {
		const bad = copy();
		bad.fr.errors[0]!.codes = ['SomethingElse'];
		expect(otherErrorProblems(bad, ownCodes).join('\n')).toMatch(
			/content\/other-errors\/fr\.json: errors\.0\.codes: \["SomethingElse"\] differ/,
		);
	});

	it('one of our own codes', () => {
		const bad = copy();
		const ourCode = [...kb.errors.en.values()].find((e) => e.codes.length > 0)!.codes[0]!;
		bad.en.errors[0]!.codes = [ourCode];
		bad.fr.errors[0]!.codes = [ourCode];
		const problems = otherErrorProblems(bad, ownCodes);
		expect(problems).toContain(
			`content/other-errors/en.json: errors.0.codes.0: ${ourCode} is one of this site's errors, not another one`,
		);
		expect(problems).toContain(
			`content/other-errors/fr.json: errors.0.codes.0: ${ourCode} is one of this site's errors, not another one`,
		);
	});
});
