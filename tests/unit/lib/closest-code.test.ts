import { describe, expect, it } from 'vitest';
import { closestCode, editDistance } from '../../../src/lib/links/closest-code';
import { canonicalCodes } from '../../../src/lib/links/short-links';
import { kb } from '../../support/content';

const codes = canonicalCodes(kb).map((c) => c.code);

describe('closestCode', () => {
	it('counts edits', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('same', 'same')).toBe(0);
	});
	it('finds the code a typo came from, in any case', () => {
		for (const code of codes) {
			const typo = code.slice(0, 5) + code.slice(6); // one letter dropped
			// That code, or one as near (two real codes differ by a letter: Extention…, Extension…).
			const found = closestCode(typo, codes);
			expect(found).toBeDefined();
			expect(editDistance(typo.toLowerCase(), found!.toLowerCase())).toBeLessThanOrEqual(1);
			expect(closestCode(code.toUpperCase(), codes)).toBe(code);
		}
	});
	it('suggests nothing for a text far from every code', () => {
		expect(closestCode('hello', codes)).toBeUndefined();
		expect(closestCode('', codes)).toBeUndefined();
		expect(closestCode('anything', [])).toBeUndefined();
	});
});
