/** What a search URL carries of a paste: all of a short one, a capped query of a long one. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maxUrlQueryLength, urlQuery } from '../../../src/lib/search-url-query';
import { kb } from '../../support/content';

const error = kb.errors.en.get(kb.errorIds[0]!)!;
const noise = (n: number) =>
	Array.from(
		{ length: n },
		(_, i) => `2026-12-04T05:${String(i % 60).padStart(2, '0')}:00Z INFO waagent heartbeat ${i} ok`,
	).join('\n');

describe('urlQuery', () => {
	it('keeps a short paste whole', () => {
		expect(urlQuery(`  ${error.message}\n${error.codes[0]}  `)).toBe(
			`${error.message}\n${error.codes[0]}`,
		);
	});

	it('caps a 100 KB paste and keeps its code and its message', () => {
		const paste = `${noise(1000)}\n${error.message}\nErrorCode: ${error.codes[0]}\n${noise(1000)}`;
		expect(paste.length).toBeGreaterThan(100_000);
		const q = urlQuery(paste);
		expect(encodeURIComponent(q).length).toBeLessThanOrEqual(maxUrlQueryLength);
		expect(q.split('\n')[0]).toContain(error.codes[0]);
		expect(q).toContain(error.message.slice(0, 200));
	});

	it('puts the telling lines first, in French too', () => {
		const paste = `${noise(1000)}\nÉchec de la sauvegarde : l’agent ne répond pas\n${noise(1000)}`;
		expect(urlQuery(paste).split('\n')[0]).toBe('Échec de la sauvegarde : l’agent ne répond pas');
	});

	it('caps one enormous line', () => {
		const q = urlQuery('é'.repeat(50_000));
		expect(encodeURIComponent(q).length).toBeLessThanOrEqual(maxUrlQueryLength);
		expect(q.length).toBeGreaterThan(100);
	});

	it('never goes over the limit, whatever the paste', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary', maxLength: 6_000 }),
				fc.integer({ min: 50, max: 3_000 }),
				(s, max) => {
					const q = urlQuery(s, max);
					expect(encodeURIComponent(q).length).toBeLessThanOrEqual(Math.max(max, 0));
				},
			),
			{ numRuns: 100 },
		);
	});
});
