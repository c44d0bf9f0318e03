/** Property-based: whatever is pasted, the matcher never throws, stays fast, and returns plain text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/search/normalise';
import { search } from './helpers';

const noise = fc.oneof(
	fc.string({ maxLength: 400 }),
	fc.string({ unit: 'binary', maxLength: 400 }),
	fc.string({ unit: 'grapheme', maxLength: 200 }),
	fc.constantFrom(
		'<script>alert(1)</script>',
		'&lt;b&gt;',
		'\\u0000',
		'\\"',
		'{"a":',
		'🔥',
		'\u202E',
		'UserErrorGuestAgentStatusUnavailable',
		'VM Agent unable to communicate with Azure Backup',
		'…',
		' - ',
		'\n\n',
	),
);
const paste = fc.array(noise, { maxLength: 12 }).map((parts) => parts.join(''));

describe('normalise', () => {
	it('never throws and outputs plain folded words and alphanumeric codes', () => {
		fc.assert(
			fc.property(paste, (p) => {
				const q = normalise(p);
				for (const phrase of q.phrases)
					for (const w of phrase.words) expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
				for (const c of q.codes) expect(c).toMatch(/^[A-Za-z][A-Za-z0-9]+$/);
			}),
			{ numRuns: 300 },
		);
	});
});

describe('search', () => {
	it('never throws, answers a verdict, and every result is one of our ids', () => {
		fc.assert(
			fc.property(paste, fc.constantFrom('en' as const, 'fr' as const), (p, lang) => {
				const o = search(p, lang);
				expect(['match', 'weak', 'none']).toContain(o.verdict);
				for (const r of o.results) expect(r.id).toMatch(/^[a-z0-9-]+$/);
				for (const r of o.results)
					if (r.why.type === 'code') expect(r.why.code).toMatch(/^[A-Za-z0-9]+$/);
			}),
			{ numRuns: 200 },
		);
	});
	it('stays bounded in time on big hostile pastes', () => {
		const big = fc
			.tuple(fc.string({ unit: 'binary', maxLength: 50 }), fc.integer({ min: 1_000, max: 5_000 }))
			.map(([s, n]) => s.repeat(n));
		fc.assert(
			fc.property(big, (p) => {
				const t0 = performance.now();
				search(p);
				// Generous bound for slow CI machines; the benchmark measures the real figures.
				expect(performance.now() - t0).toBeLessThan(1_000);
			}),
			{ numRuns: 25 },
		);
	});
	it('folded words never contain markup', () => {
		fc.assert(
			fc.property(paste, (p) => {
				for (const phrase of normalise(p).phrases)
					expect(phrase.words.join(' ')).not.toMatch(/[<>&"']/);
			}),
			{ numRuns: 200 },
		);
	});
});
