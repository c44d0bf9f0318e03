/** The index files as they travel: decoding gives back exactly what the builder made, in both languages. */
import { describe, expect, it } from 'vitest';
import { decodeIndexFile, encodeIndexFile } from '../../../src/search/index-codec';
import { decodeSectionsFile, encodeSectionsFile } from '../../../src/search/sections-codec';
import { SearchIndexError } from '../../../src/search/index-error';
import { nameChecks } from '../../../src/search/sections';
import { indexes } from './helpers';

const viaJson = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('index files', () => {
	for (const [lang, { index, sections }] of Object.entries(indexes().data)) {
		it(`decode to what was built (${lang})`, () => {
			const first = decodeIndexFile(viaJson(encodeIndexFile(index)));
			const second = decodeSectionsFile(
				viaJson(encodeSectionsFile(sections, index.targets.length)),
			);
			expect(second).toEqual(viaJson(sections));
			// The first file only counts the checks; the second names them.
			const checks = first.targets.filter((t) => t.kind === 'check');
			expect(checks.length).toBeGreaterThan(0);
			expect(checks.every((t) => t.id === '' && t.title === undefined)).toBe(true);
			nameChecks(first.targets, second.checks);
			const built = viaJson(index) as typeof index;
			nameChecks(built.targets, sections.checks);
			expect(first).toEqual(built);
			expect(checks.map((t) => t.id)).toContain('collect-for-ticket--windows-logs');
		});
		it(`are smaller than the data they carry (${lang})`, () => {
			const encoded = JSON.stringify(encodeIndexFile(index)).length;
			expect(encoded).toBeLessThan(JSON.stringify(index).length);
		});
	}
	it('refuses a file of another format', () => {
		const { index } = indexes().data.en;
		for (const file of [null, index, { ...encodeIndexFile(index), v: 2 }, 'x'])
			expect(() => decodeIndexFile(file)).toThrow(SearchIndexError);
		expect(() => decodeSectionsFile(indexes().data.en.sections)).toThrow(SearchIndexError);
	});
});
