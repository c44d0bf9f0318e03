/**
 * Codes of errors the site does not cover, named beside a result: each linked to its entry on the
 * other-errors page when the catalogue lists it (src/search/foreign-codes.ts).
 */
import { describe, expect, it } from 'vitest';
import {
	foreignCodeEntries,
	namesForeignCodes,
	otherCodesOf,
} from '../../../src/search/foreign-codes';
import { looksLikeErrorCode } from '../../../src/search/error-codes';
import { otherErrors } from '../../support/content';
import { search } from './helpers';

const catalogue = otherCodesOf(otherErrors.en.errors);
// A code the matcher reads as one (`UserError…`, `…Error…`), not a name such as `CopyingVHDs…`.
const isCode = (c: string) => c.length >= 12 && looksLikeErrorCode(c);
const listed = otherErrors.en.errors.find((e) => e.codes.some(isCode))!;
const listedCode = listed.codes.find(isCode)!;

describe('the catalogue of other codes', () => {
	it('lists every code of every entry, lower case, with its id, the same in both languages', () => {
		for (const e of otherErrors.en.errors)
			for (const c of e.codes) expect(catalogue[c.toLowerCase()]).toBe(e.id);
		expect(otherCodesOf(otherErrors.fr.errors)).toEqual(catalogue);
	});

	it('reads no inherited member for a code such as "constructor"', () => {
		expect(foreignCodeEntries({ foreignCodes: ['constructor'] }, catalogue)).toEqual([
			{ code: 'constructor' },
		]);
	});
});

describe('a paste with one of our codes and a listed code of another error', () => {
	const o = search(
		`Backup failed. ErrorCode: UserErrorGuestAgentStatusUnavailable. Earlier job: ${listedCode}. Also: ZzUnknownErrorCodeHere`,
		'en',
	);

	it('matches our error and names the other codes, linking the listed one to its entry', () => {
		expect(o.verdict).toBe('match');
		expect(namesForeignCodes(o)).toBe(true);
		expect(foreignCodeEntries(o, catalogue)).toEqual([
			{ code: listedCode, id: listed.id },
			{ code: 'ZzUnknownErrorCodeHere' },
		]);
		// Before the catalogue arrives, the codes alone.
		expect(foreignCodeEntries(o)).toEqual([
			{ code: listedCode },
			{ code: 'ZzUnknownErrorCodeHere' },
		]);
	});
});

describe('a paste of another error named by its code', () => {
	it('does not name its code twice (the note naming the error has it)', () => {
		const o = search(`Error code: ${listedCode}\nThe backup job failed.`, 'en');
		expect(o.other?.id).toBe(listed.id);
		expect(foreignCodeEntries(o, catalogue)).toEqual([]);
		expect(namesForeignCodes(o)).toBe(false);
	});
});
