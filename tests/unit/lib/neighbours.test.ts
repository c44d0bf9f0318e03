import { describe, expect, it } from 'vitest';
import { neighbours } from '../../../src/lib/neighbours';

describe('neighbours', () => {
	const ids = ['a', 'b', 'c'];
	it('gives the entries on either side', () => {
		expect(neighbours(ids, 'b')).toEqual({ previous: 'a', next: 'c' });
	});
	it('has no previous for the first and no next for the last', () => {
		expect(neighbours(ids, 'a')).toEqual({ next: 'b' });
		expect(neighbours(ids, 'c')).toEqual({ previous: 'b' });
	});
	it('has neither for an entry not in the list, or alone', () => {
		expect(neighbours(ids, 'z')).toEqual({});
		expect(neighbours(['a'], 'a')).toEqual({});
	});
});
