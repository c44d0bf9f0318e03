/** Property-based: whatever is pasted, the matcher never throws, stays fast, and returns plain text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT, normalise } from '../../../src/search/normalise';
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

/** Every BMP code point that NFKC turns into more than one character (U+FDFA becomes 18). */
const expanding = Array.from({ length: 0x10000 }, (_, cp) => cp)
	.filter((cp) => cp < 0xd800 || cp > 0xdfff)
	.map((cp) => String.fromCharCode(cp))
	.filter((c) => c.normalize('NFKC').length > 1);

describe('text that grows under Unicode normalisation', () => {
	it('finds the code points that expand (a check on the generator itself)', () => {
		expect(expanding.length).toBeGreaterThan(1000);
		expect(expanding).toContain('\uFDFA');
	});
	it('a paste at the input cap of any expanding code point, alone or among words, never throws and stays bounded', () => {
		fc.assert(
			fc.property(fc.constantFrom(...expanding), fc.boolean(), (c, inWords) => {
				const unit = inWords ? `backup ${c} failed ` : c;
				const text = unit.repeat(Math.ceil(MAX_INPUT / unit.length));
				const q = normalise(text);
				expect(q.phrases.length).toBeLessThanOrEqual(600);
				expect(q.phrases.reduce((n, p) => n + p.words.length, 0)).toBeLessThanOrEqual(MAX_INPUT);
				expect(() => search(text)).not.toThrow();
			}),
			{ numRuns: 40 },
		);
	});
	it('the worst of them, U+FDFA, 60,000 times, as the CLI and the page get it', () => {
		const o = search('\uFDFA'.repeat(60_000));
		expect(o.truncated).toBe(true);
		expect(['match', 'weak', 'none']).toContain(o.verdict);
	});
});
