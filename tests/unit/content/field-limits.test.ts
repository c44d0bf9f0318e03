/**
 * No content file can stall the build: every text field and list has a length limit, and inline
 * Markdown at the longest allowed length, in the patterns that make it super-linear, renders fast.
 */
import { describe, expect, it } from 'vitest';
import { renderInline } from '../../../src/lib/inline-markdown';
import {
	maxItems,
	maxLength,
	solutionSchema,
	stepSchema,
	supportBlockSchema,
} from '../../../src/content/schemas';

/** Inputs on which inline Markdown parsers backtrack the most. */
const patterns = ['*a', '**a', '_a', '[a', '[a](', '`a', '<a', '![a](', '\\*', '*a_', 'a*'];
const fill = (p: string, n: number) => p.repeat(Math.ceil(n / p.length)).slice(0, n);

describe('field limits', () => {
	it.each(patterns)('renders %j at the longest inline field in well under a second', (p) => {
		const text = fill(p, maxLength.inline);
		const start = performance.now();
		renderInline(text);
		expect(performance.now() - start).toBeLessThan(500);
	});

	it('refuses a step title, text, note and solution note beyond the limit', () => {
		const long = fill('*a', maxLength.inline + 1);
		const longTitle = fill('a', maxLength.title + 1);
		expect(stepSchema.safeParse({ id: 'x', title: longTitle, text: 'ok' }).success).toBe(false);
		expect(stepSchema.safeParse({ id: 'x', title: 'Do x', text: long }).success).toBe(false);
		expect(stepSchema.safeParse({ id: 'x', title: 'Do x', text: 'ok', note: long }).success).toBe(
			false,
		);
		expect(
			solutionSchema.safeParse({
				title: 'x',
				steps: [{ id: 'x', title: 'Do x', text: 'ok' }],
				notes: [{ text: long }],
			}).success,
		).toBe(false);
		expect(
			supportBlockSchema.safeParse({
				title: 'x',
				intro: long,
				steps: [{ id: 'x', title: 'Do x', text: 'ok' }],
			}).success,
		).toBe(false);
		expect(
			stepSchema.safeParse({ id: 'x', title: 'Do x', text: fill('*a', maxLength.inline) }).success,
		).toBe(true);
	});

	it('refuses a list beyond the limit', () => {
		const steps = Array.from({ length: maxItems + 1 }, (_, i) => ({
			id: `s${i}`,
			title: 'Do x',
			text: 'x',
		}));
		expect(solutionSchema.safeParse({ title: 'x', steps }).success).toBe(false);
	});

	it('refuses 100,000 repetitions of *a (13.5 s of rendering before the limit)', () => {
		const result = stepSchema.safeParse({ id: 'x', title: 'Do x', text: '*a'.repeat(100_000) });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toMatch(/under 3000 characters/);
	});
});
