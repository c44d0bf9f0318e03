/** Synonym groups: folding, the map of each word's synonyms, and their use by typed words. */
import { describe, expect, it } from 'vitest';
import { parseSynonyms } from '../../../src/content/synonyms';
import { foldGroups, synonymMap, synonymsFor } from '../../../src/search/synonyms';
import { search } from './helpers';

const mark = (o: ReturnType<typeof search>) => {
	const why = o.results[0]?.why;
	return why?.type === 'phrase' ? why.marks.map(([a, b]) => why.matched.slice(a, b)) : [];
};

describe('synonym groups', () => {
	it('are folded as the index folds words, each word once, and a group of one is dropped', () => {
		expect(
			foldGroups([
				['Redémarrer', 'redemarrer', 'Relancer'],
				['seul', 'SEUL'],
			]),
		).toEqual([['redemarrer', 'relancer']]);
	});
	it('give each word the other words of every group it is in', () => {
		const map = synonymMap([
			['remove', 'uninstall'],
			['remove', 'delete'],
		]);
		expect(map.get('remove')).toEqual(['uninstall', 'delete']);
		expect(map.get('delete')).toEqual(['remove']);
	});
	it('find the synonyms of another form of a listed word', () => {
		const map = synonymMap([['whitelist', 'allow']]);
		expect(synonymsFor(map, 'whitelisted')).toEqual(['allow']);
		expect(synonymsFor(map, 'white')).toEqual([]);
	});
});

describe('typed words the site does not use', () => {
	it.each([
		['whitelist', 'en', 'allows'],
		['egress', 'en', 'outbound'],
		['whitelister', 'fr', 'autorisées'],
	] as const)('%s (%s) finds the sections that say %s, marked', (query, lang, word) => {
		const o = search(query, lang);
		expect(o.mode).toBe('words');
		expect(mark(o).map((w) => w.toLowerCase())).toContain(word);
	});
	it('leave a word the site uses to its own meaning', () => {
		// "update" is a site word: its group's "upgrade" is not marked as if it had been typed.
		const o = search('update');
		expect(o.results.length).toBeGreaterThan(0);
		for (const r of o.results)
			if (r.why.type === 'phrase')
				expect(
					r.why.marks.map(
						([a, b]) => r.why.type === 'phrase' && r.why.matched.slice(a, b).toLowerCase(),
					),
				).not.toContain('upgrade');
	});
});

describe('a synonyms file', () => {
	it.each([
		[
			{ about: 'x', groups: [['two words', 'b']] },
			'content/synonyms/en.json: groups.0.0: one word per entry',
		],
		[
			{ about: 'x', groups: [['alone']] },
			'content/synonyms/en.json: groups.0: a group needs at least two words',
		],
		[{ about: 'x', group: [] }, 'content/synonyms/en.json: '],
	])('that is wrong fails with its file and field (%j)', (json, message) => {
		expect(() => parseSynonyms('en', json)).toThrow(message);
	});
});
