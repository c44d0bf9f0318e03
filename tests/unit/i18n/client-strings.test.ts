/** UI strings in the browser: what a component renders is what its widget reads back. */
import { describe, expect, it } from 'vitest';
import { clientStrings } from '../../../src/i18n';
import { plural, readStrings } from '../../../src/scripts/strings';
import {
	pageStringKeys,
	searchStringKeys,
	type SearchStringKey,
} from '../../../src/scripts/search/strings';
import { guidedStringKeys } from '../../../src/scripts/guided/strings';
import { copyLinkStringKeys } from '../../../src/scripts/copy-link-strings';

const element = (strings: string | undefined) =>
	({ dataset: { strings } }) as unknown as HTMLElement;

describe('client strings', () => {
	it('round-trips every widget’s keys in both languages, placeholders left for the browser', () => {
		for (const keys of [pageStringKeys, guidedStringKeys, copyLinkStringKeys]) {
			for (const lang of ['en', 'fr'] as const) {
				const read = readStrings<string>(element(clientStrings(lang, keys)));
				for (const k of keys) expect(read[k], `${lang} ${k}`).not.toBe(k);
			}
		}
		const en = readStrings<SearchStringKey>(element(clientStrings('en', searchStringKeys)));
		expect(en['search:count_other']).toContain('{{count}}');
	});

	it('gives the header box, which fetches its strings, only those both widgets read', () => {
		// What only the search page's full list says stays out of the header's first search.
		const header = new Set<string>(searchStringKeys);
		expect(pageStringKeys.filter((k) => !header.has(k))).toEqual([
			'search:listedBelow',
			'search:verdict.next',
			'search:causes',
		]);
	});

	it('falls back to the keys on a missing or broken attribute', () => {
		for (const attr of [undefined, '{', 'null', '42']) {
			const read = readStrings<SearchStringKey>(element(attr));
			expect(read['search:loading']).toBe('search:loading');
			expect('search:loading' in read).toBe(false);
		}
	});

	it('falls back to the key of a string the attribute lacks, or holds as another type', () => {
		const read = readStrings<'a' | 'b' | 'c'>(element('{"a":"A","b":2}'));
		expect([read.a, read.b, read.c]).toEqual(['A', 'b', 'c']);
		expect(['a', 'b', 'c'].map((k) => k in read)).toEqual([true, false, false]);
	});

	it('counts with the other form when a language has no zero form', () => {
		const read = readStrings<string>(
			element('{"n_one":"{{count}} item","n_other":"{{count}} items"}'),
		);
		expect(plural(read, 'n', 0, 'en')).toBe('0 items');
	});

	it('counts with each language’s plural forms', () => {
		const strings = (lang: 'en' | 'fr') =>
			readStrings<SearchStringKey>(element(clientStrings(lang, searchStringKeys)));
		const count = (lang: 'en' | 'fr', n: number) => plural(strings(lang), 'search:count', n, lang);
		expect([0, 1, 2].map((n) => count('en', n))).toEqual(['No results', '1 result', '2 results']);
		expect([0, 1, 2].map((n) => count('fr', n))).toEqual([
			'Aucun résultat',
			'1 résultat',
			'2 résultats',
		]);
	});
});
