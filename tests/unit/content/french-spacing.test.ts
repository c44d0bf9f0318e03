/**
 * French prose puts a non-breaking space before `: ; ? !`. This reads every French entry (its
 * body and its prose fields, not exact messages or code values) and every French UI string,
 * and lists each place where that space is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/content/from-disk';
import { findFrenchSpacingProblems, fixFrenchSpacing } from '../../../src/lib/french-spacing';

/** Prose fields of an entry, with the path of each (exact messages and code values are verbatim, not prose). */
function proseFields(data: Record<string, unknown>): [string, string][] {
	const out: [string, string][] = [];
	for (const key of ['title', 'shortTitle', 'summary', 'condition'] as const) {
		if (typeof data[key] === 'string') out.push([key, data[key]]);
	}
	const steps = (data.steps ?? []) as {
		id: string;
		text: string;
		note?: string;
		code?: { label?: string }[];
	}[];
	for (const step of steps) {
		out.push([`steps.${step.id}.text`, step.text]);
		if (step.note) out.push([`steps.${step.id}.note`, step.note]);
		for (const [i, code] of (step.code ?? []).entries())
			if (code.label) out.push([`steps.${step.id}.code[${i}].label`, code.label]);
	}
	for (const [i, note] of ((data.notes ?? []) as { text: string }[]).entries())
		out.push([`notes[${i}].text`, note.text]);
	return out;
}

function frenchTexts(): [string, string][] {
	const texts: [string, string][] = [];
	for (const collection of ['errors', 'causes', 'solutions']) {
		const dir = join('content', collection, 'fr');
		for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
			const { data, body } = splitFrontMatter(readFileSync(join(dir, name), 'utf8'));
			const file = `${dir}/${name}`;
			texts.push([`${file} (body)`, body]);
			for (const [field, text] of proseFields(data as Record<string, unknown>))
				texts.push([`${file} ${field}`, text]);
		}
	}
	const uiDir = join('src', 'i18n', 'locales', 'fr');
	for (const name of readdirSync(uiDir).filter((n) => n.endsWith('.json'))) {
		const strings = JSON.parse(readFileSync(join(uiDir, name), 'utf8')) as Record<string, string>;
		for (const [key, text] of Object.entries(strings))
			texts.push([`${uiDir}/${name} ${key}`, text]);
	}
	return texts;
}

describe('French high punctuation', () => {
	it('finds a missing non-breaking space, and accepts U+00A0, U+202F, code and URLs', () => {
		expect(findFrenchSpacingProblems('Attention : ceci')).toHaveLength(1);
		expect(findFrenchSpacingProblems('Vraiment?')).toHaveLength(1);
		expect(findFrenchSpacingProblems('Attention\u00a0: ceci\u202f; cela\u00a0!')).toEqual([]);
		expect(findFrenchSpacingProblems('Lancez `a; b` ou [ceci](https://x.test/a:b).')).toEqual([]);
		expect(findFrenchSpacingProblems('<code lang="en">Error: x</code>')).toEqual([]);
	});

	it('wants a non-breaking space inside guillemets, and puts it there', () => {
		expect(findFrenchSpacingProblems('l’état « Mise à jour »').map((p) => p.mark)).toEqual([
			'«',
			'»',
		]);
		expect(findFrenchSpacingProblems('l’état «\u00a0Mise à jour\u202f»')).toEqual([]);
		expect(fixFrenchSpacing('« Prêt » : oui')).toBe('«\u00a0Prêt\u00a0»\u00a0: oui');
	});

	it('every French entry and UI string has a non-breaking space before : ; ? !', () => {
		const problems = frenchTexts().flatMap(([where, text]) =>
			findFrenchSpacingProblems(text).map((p) => `${where}: « ${p.context} »`),
		);
		expect(problems).toEqual([]);
	});
});
