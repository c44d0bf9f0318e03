/** Every shared dev paste and every project variant gives its expected answer in Node (same code as the page). */
import { describe, expect, it } from 'vitest';
import { acceptedIds, loadEvalSet, type EvalItem } from '../../../bench/search/eval-set';
import { search } from './helpers';

const { dev, variants, hostile } = loadEvalSet();

const check = (item: EvalItem) => {
	const o = search(item.query, item.lang);
	const expected = acceptedIds(item);
	// A paste's answer is an error or a cause (or the sections near it), never a checklist's summary.
	if (o.mode === 'paste')
		expect(
			o.results.filter((r) => r.kind === 'check').map((r) => r.id),
			item.id,
		).toEqual([]);
	if (expected.length === 0)
		expect(o.verdict, `${item.id} must not be a confident match`).not.toBe('match');
	else {
		expect(expected, `${item.id}: top result`).toContain(o.results[0]?.id);
		expect(o.verdict, `${item.id}: verdict`).toBe('match');
	}
};

describe('dev pastes (tests/fixtures/dev-pastes.json, a copy of ../shared/eval/dev-pastes.json)', () => {
	for (const item of dev)
		it(`${item.id} ${item.kind} ${item.lang} → ${item.expected}`, () => check(item));
});
describe('variants (bench/search/variants.json)', () => {
	it.each(variants.map((v) => [v.id, v.kind, v.lang, v] as const))(
		'%s %s %s',
		(_id, _kind, _lang, item) => check(item),
	);
});
describe('hostile pastes (bench/search/hostile.ts)', () => {
	it.each(hostile.map((v) => [v.id, v.kind, v] as const))('%s %s', (_id, _kind, item) =>
		check(item),
	);
});
