import { describe, expect, it } from 'vitest';
import { addedByEdition, editionDate } from '../../../src/lib/editions';

const jan2018 = {
	repo: 'MicrosoftDocs/azure-docs',
	path: 'articles/backup/a.md',
	date: '2018-01-09',
};

describe('edition names', () => {
	it('writes the edition date the way each language writes dates, without shifting a day', () => {
		expect(editionDate(jan2018, 'en')).toBe('January 9, 2018');
		expect(editionDate(jan2018, 'fr')).toBe('9 janvier 2018');
		expect(editionDate({ date: '2019-12-31' }, 'en')).toBe('December 31, 2019');
	});

	it('finds the edition that appended a cause, and none for a cause of the seed', () => {
		const later = [{ cause: 'restore-point-group-locked', addedBy: jan2018 }];
		expect(addedByEdition(later, 'restore-point-group-locked')).toEqual(jan2018);
		expect(addedByEdition(later, 'no-internet-access')).toBeUndefined();
	});
});
