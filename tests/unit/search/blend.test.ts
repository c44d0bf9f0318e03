/** Blending a paste's phrase ranking with its sections' ranking (pure: made-up targets). */
import { describe, expect, it } from 'vitest';
import { blendRankings, PHRASE_SHARE, type Hit } from '../../../src/search/blend';
import type { SearchIndexData, Why } from '../../../src/search/types';

const data = {
	lang: 'en',
	targets: [
		{ kind: 'error', id: 'e' },
		{ kind: 'cause', id: 'c1' },
		{ kind: 'cause', id: 'c2' },
		{ kind: 'solution', id: 's', host: 2 },
		{ kind: 'step', id: 's--1', host: 2, parent: 3 },
	],
} as unknown as SearchIndexData;

const why = (text: string): Why => ({
	type: 'phrase',
	query: '',
	matched: text,
	marks: [],
	lang: 'en',
});
/** A phrase match, and a section hit (its snippet made on demand). */
const phrase = (target: number, score: number, text = `t${target}`) => ({
	target,
	score,
	why: why(text),
});
const section = (target: number, score: number, text = `t${target}`): Hit => ({
	target,
	score,
	why: () => why(text),
});
const order = (hits: Hit[]) => hits.map((h) => h.target);
const blend = (phrases: ReturnType<typeof phrase>[], sections: Hit[]) =>
	blendRankings(data, phrases, sections, (p) => p.why);

describe('blendRankings', () => {
	it('puts a target both rankings find before one only the phrases put first', () => {
		const out = blend([phrase(0, 0.6), phrase(1, 0.5)], [section(1, 1), section(0, 0.1)]);
		expect(order(out)).toEqual([1, 0]);
		expect(out[0]!.score).toBeCloseTo(PHRASE_SHARE * 0.5 + (1 - PHRASE_SHARE) * 1);
	});
	it('lets a step the sections find count for the cause whose page hosts it, the cause first', () => {
		const out = blend([phrase(1, 0.4)], [section(4, 1)]);
		expect(order(out)).toEqual([2, 4, 1]);
	});
	it('keeps the cause’s own section score when it is higher than its step’s', () => {
		const out = blend([], [section(2, 1, 'cause'), section(4, 0.5, 'step')]);
		expect(out.find((h) => h.target === 2)?.why()).toMatchObject({ matched: 'cause' });
	});
	it('shows the snippet of the ranking that gives a target more of its score', () => {
		const [a] = blend([phrase(1, 0.9, 'phrase')], [section(1, 0.2, 'words')]);
		const [b] = blend([phrase(1, 0.1, 'phrase')], [section(1, 1, 'words')]);
		expect([a!.why(), b!.why()]).toMatchObject([{ matched: 'phrase' }, { matched: 'words' }]);
	});
	it('puts an error before a cause on a tie', () => {
		expect(order(blend([phrase(1, 0.5), phrase(0, 0.5)], []))).toEqual([0, 1]);
	});
	it('returns nothing for nothing', () => {
		expect(blend([], [])).toEqual([]);
	});
});
