import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { camelSegments } from '../../../src/lib/camel-breaks';
import { kb } from '../../support/content';

describe('camelSegments', () => {
	it('breaks at CamelCase boundaries', () => {
		expect(camelSegments('UserErrorGuestAgentStatusUnavailable')).toEqual([
			'User',
			'Error',
			'Guest',
			'Agent',
			'Status',
			'Unavailable',
		]);
		expect(camelSegments('BackUpOperationFailedV2')).toEqual([
			'Back',
			'Up',
			'Operation',
			'Failed',
			'V2',
		]);
	});
	it('never breaks inside a word or a run of capitals', () => {
		expect(camelSegments('UserErrorStandardSSDNotSupported')).toEqual([
			'User',
			'Error',
			'Standard',
			'SSDNot',
			'Supported',
		]);
		expect(camelSegments('lowercase')).toEqual(['lowercase']);
		expect(camelSegments('')).toEqual([]);
	});
	it('gives the code back when joined, for every code of the content and any string', () => {
		for (const id of kb.errorIds)
			for (const code of kb.errors.en.get(id)!.codes)
				expect(camelSegments(code).join('')).toBe(code);
		fc.assert(fc.property(fc.string(), (s) => camelSegments(s).join('') === s));
	});
});
