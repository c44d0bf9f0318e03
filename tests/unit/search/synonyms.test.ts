/** Synonym groups: folding, the map of each word's synonyms, and their use by typed words. */
import { describe, expect, it } from 'vitest';
import { parseSynonyms } from '../../../src/content/synonyms';
import { isSynonymForm, sameStem } from '../../../src/search/stem';
import { foldGroups, synonymMap, synonymsFor } from '../../../src/search/synonyms';
import type { RankedResult } from '../../../src/search/types';
import { documentFrequency } from '../../../src/search/sections';
import { expand, standsForSynonyms } from '../../../src/search/words';
import { indexes, search } from './helpers';

/** The words marked in a result's snippet, in lower case. */
function marked(r: RankedResult | undefined): string[] {
	const why = r?.why;
	return why?.type === 'phrase'
		? why.marks.map(([a, b]) => why.matched.slice(a, b).toLowerCase())
		: [];
}

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
	it('read an English plural in -ies as its word in -y, and keep French endings as they were', () => {
		expect(sameStem('proxies', 'proxy')).toBe(true);
		expect(sameStem('policies', 'policy')).toBe(true);
		expect(sameStem('sorties', 'sortie')).toBe(true);
		expect(sameStem('proxies', 'process')).toBe(false);
	});
	it('read a noun made from a verb (-ation, -ement, -age) with the verb, not a short word', () => {
		expect(sameStem('desactivation', 'desactivees', true)).toBe(true);
		expect(sameStem('redemarrage', 'redemarrer', true)).toBe(true);
		expect(sameStem('configuration', 'configure', true)).toBe(true);
		expect(sameStem('message', 'messenger', true)).toBe(false);
		expect(sameStem('storage', 'store', true)).toBe(false);
		// Not for a synonym's forms: `autorisations` is not `autoriser`.
		expect(sameStem('autorisations', 'autoriser')).toBe(false);
	});
	it('find the synonyms of another form of a listed word', () => {
		const map = synonymMap([['whitelist', 'allow']]);
		expect(synonymsFor(map, 'whitelisted')).toEqual(['allow']);
		expect(synonymsFor(map, 'white')).toEqual([]);
	});
	it('take as a form of a group word only a word that keeps all of it but its last two letters', () => {
		expect(isSynonymForm('timeout', 'timeouts')).toBe(true);
		expect(isSynonymForm('whitelist', 'whitelisted')).toBe(true);
		expect(isSynonymForm('redemarrer', 'redemarrez')).toBe(true);
		// Same stem ("timed" and three letters), not the same word.
		expect(sameStem('timedout', 'timediff')).toBe(true);
		expect(isSynonymForm('timedout', 'timediff')).toBe(false);
		expect(synonymsFor(synonymMap([['timeout', 'timedout']]), 'timediff')).toEqual([]);
		// A group word too short for a stem, and an ending.
		expect(isSynonymForm('hang', 'hanging')).toBe(true);
		expect(isSynonymForm('hang', 'hangar')).toBe(false);
	});
	it('read a form of a group word as that word, not as a typo of another site word', () => {
		const words = (term: string) => {
			const index = indexes().prepared.en.sections!;
			return [...expand(index, term)].map(([id]) => index.list[id]);
		};
		expect(words('rebooting')).toContain('restart');
		expect(words('rebooting')).not.toContain('reporting');
		expect(words('hanging')).toContain('stuck');
	});
});

describe('typed words the site does not use', () => {
	it.each([
		['whitelist', 'en', 'allow'],
		['egress', 'en', 'outbound'],
		['whitelister', 'fr', 'autoris'],
		['proxy exceptions', 'en', 'bypass'],
		['contourner le proxy', 'fr', 'exclu'],
		// Not `directly` (a stem of six letters in common): the folders an antivirus must leave alone.
		['antivirus directories', 'en', 'folder'],
		['répertoires antivirus', 'fr', 'dossier'],
	] as const)('%s (%s) finds the sections that say %s…, marked', (query, lang, word) => {
		const o = search(query, lang);
		expect(o.mode).toBe('words');
		// A form of the synonym (autoriser, autorisées, allows…), marked in the first result.
		expect(marked(o.results[0]).filter((w) => w.startsWith(word))).not.toEqual([]);
	});
	it('count a word the site has in one section only as one it barely uses', () => {
		const sections = indexes().prepared.en.sections!;
		// "unresponsive" is in one section: typed, it also stands for "hang", "stuck"…
		const id = sections.ids.get('unresponsive');
		expect(id === undefined ? -1 : documentFrequency(sections, id)).toBe(1);
		expect(standsForSynonyms(sections, 'unresponsive')).toBe(true);
		expect(standsForSynonyms(sections, 'update')).toBe(false);
		expect(standsForSynonyms(sections, 'zzqxv')).toBe(true);
	});
	it('leave a word the site uses to its own meaning', () => {
		const o = search('update');
		expect(o.results.length).toBeGreaterThan(0);
		// "upgrade" is a site word too (the vault upgrade): it would be marked if "update" stood for it.
		expect(o.results.flatMap(marked)).not.toContain('upgrade');
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
