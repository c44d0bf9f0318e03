/** One edit apart: a letter replaced, added or dropped, or two neighbours swapped. */
import { describe, expect, it } from 'vitest';
import { oneEditApart } from '../../../src/search/one-edit';
import { search } from './helpers';

describe('one edit apart', () => {
	it.each([
		['servcie', 'service'],
		['service', 'servcie'],
		['sevrice', 'service'],
		['servise', 'service'],
		['servce', 'service'],
		['services', 'service'],
		['xservice', 'service'],
		['ab', 'ba'],
	])('%s and %s are', (a, b) => expect(oneEditApart(a, b)).toBe(true));
	it.each([
		['service', 'service'],
		['srevcie', 'service'],
		['world', 'wording'],
		['servicexx', 'service'],
		['abc', 'cab'],
		['', 'ab'],
	])('%s and %s are not', (a, b) => expect(oneEditApart(a, b)).toBe(false));
});

describe('typed words with two letters swapped', () => {
	it('find the word they meant, which Bitap alone scores past the typo threshold', () => {
		const ids = search('servcie')
			.results.slice(0, 3)
			.map((r) => r.id);
		expect(ids).toContain('check-iaasvmprovider-service--check-service');
	});
	it('in a five-letter word too, where a swap scores 0.4', () => {
		const first = (q: string, lang: 'en' | 'fr') => search(q, lang).results[0];
		expect(first('porxy', 'en')?.id).toMatch(/^route-traffic-through-http-proxy/);
		const agent = first('agnet ne répond pas', 'fr');
		expect(agent?.why.type === 'phrase' && agent.why.query.split(' ')).toContain('agent');
	});
});
