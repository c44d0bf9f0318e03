/**
 * Tables keyed by content names (legacy anchors, error codes) keep every key, even one named like
 * a member of every JavaScript object, and answer nothing for a name they do not hold.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/content/graph';
import { legacyAnchorMap } from '../../../src/lib/links/legacy-anchors';
import { codeMap, errorForCode } from '../../../src/lib/links/short-links';
import { kb } from '../../support/content';

const errorId = kb.errorIds[0]!;

/** The real knowledge base with extra aliases and codes (the build refuses these names). */
function withNames(names: string[]): KnowledgeBase {
	return {
		...kb,
		aliases: new Map([
			...kb.aliases,
			...names.map(
				(n) =>
					[
						n,
						{ collection: 'errors' as const, id: errorId, kind: 'legacyAnchor' as const },
					] as const,
			),
		]),
		codes: new Map([...kb.codes, ...names.map((n) => [n.toLowerCase(), errorId] as const)]),
	};
}

const reserved = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

describe('id-keyed tables', () => {
	it('the legacy anchor map keeps an anchor named __proto__ (and survives JSON)', () => {
		const map = legacyAnchorMap(withNames(reserved), 'en');
		for (const name of reserved) {
			expect(Object.hasOwn(map, name), name).toBe(true);
			expect(map[name]).toMatch(/^\/en\/errors\//);
		}
		const shipped = JSON.parse(JSON.stringify(map)) as Record<string, string>;
		expect(Object.hasOwn(shipped, '__proto__')).toBe(true);
	});

	it('the legacy anchor map inherits nothing', () => {
		const map = legacyAnchorMap(kb, 'en');
		expect(Object.getPrototypeOf(map)).toBeNull();
		expect(map['constructor']).toBeUndefined();
	});

	it('the code map keeps every code and inherits nothing', () => {
		const map = codeMap(withNames(reserved));
		expect(Object.getPrototypeOf(map)).toBeNull();
		for (const name of reserved) expect(errorForCode(map, name), name).toBe(errorId);
		expect(codeMap(kb)['toString']).toBeUndefined();
	});
});
