/** Phrase synonyms: an entry of several words ("virtual machine") read for another ("VM") in a paste. */
import { describe, expect, it } from 'vitest';
import { parseSynonyms } from '../../../src/content/synonyms';
import { SearchIndexError } from '../../../src/search/index-error';
import { decodeIndexFile, encodeIndexFile } from '../../../src/search/index-codec';
import { foldPhraseGroups, phraseVariants } from '../../../src/search/phrase-synonyms';
import { normalise } from '../../../src/search/normalise';
import { prepareIndex } from '../../../src/search/prepare';
import { rankIn } from '../../../src/search/rank';
import { indexes, search, top } from './helpers';

const groups = [
	['vm', 'virtual machine'],
	['vms', 'virtual machines'],
];

describe('phrase variants', () => {
	it('replace every occurrence of an entry, whole words, by each other entry of its group', () => {
		expect(
			phraseVariants(
				{ words: ['the', 'virtual', 'machine', 'and', 'the', 'virtual', 'machine'], lines: [] },
				groups,
			),
		).toEqual([{ words: ['the', 'vm', 'and', 'the', 'vm'], lines: [] }]);
		expect(phraseVariants({ words: ['vm', 'agent'], lines: [] }, groups)).toEqual([
			{ words: ['virtual', 'machine', 'agent'], lines: [] },
		]);
		// `vms` is a word of its own, not `vm` followed by something.
		expect(phraseVariants({ words: ['vmsnapshot', 'virtual'], lines: [] }, groups)).toEqual([]);
	});
	it('keep the lines where they start, moved with the words', () => {
		// Lines start at `virtual` (1) and at `agent` (3): after the replacement, at `vm` (1) and `agent` (2).
		expect(
			phraseVariants({ words: ['error', 'virtual', 'machine', 'agent'], lines: [1, 3] }, groups),
		).toEqual([{ words: ['error', 'vm', 'agent'], lines: [1, 2] }]);
	});
	it('are at most `max`', () => {
		const many = [['a', 'b c', 'd e', 'f g']];
		expect(phraseVariants({ words: ['a'], lines: [] }, many)).toHaveLength(2);
		expect(phraseVariants({ words: ['a'], lines: [] }, many, 3)).toHaveLength(3);
	});
	it('come from groups folded as the index folds words', () => {
		expect(foldPhraseGroups([['VM', 'Machine  virtuelle', 'vm'], ['seule']])).toEqual([
			['vm', 'machine virtuelle'],
		]);
	});
});

describe('phrase synonyms in the index', () => {
	it('travel in the first file and come back as they were', () => {
		const data = indexes().data.en.index;
		expect(data.phraseSynonyms).toContainEqual(['vm', 'virtual machine']);
		const file = JSON.parse(JSON.stringify(encodeIndexFile(data))) as Record<string, unknown>;
		expect(decodeIndexFile(file).phraseSynonyms).toEqual(data.phraseSynonyms);
		expect(() => decodeIndexFile({ ...file, p: [['vm', 1]] })).toThrow(SearchIndexError);
	});
	it('in a synonyms file, are checked with the file and field named', () => {
		expect(() =>
			parseSynonyms('en', { about: 'x', groups: [], phrases: [['vm', 'vmagent']] }),
		).toThrow('content/synonyms/en.json: phrases.0: a group of single words belongs in `groups`');
		expect(() =>
			parseSynonyms('en', { about: 'x', groups: [], phrases: [['vm', 'virtual  machine']] }),
		).toThrow('content/synonyms/en.json: phrases.0.1: words of letters and digits');
	});
});

describe('a paste that says it with other words', () => {
	it.each([
		// The message says "VM Agent"; the paste, "virtual machine agent".
		[
			'en',
			'virtual machine agent unable to communicate with Azure Backup',
			'guest-agent-status-unavailable',
		],
		// The French message says "l'agent de machine virtuelle"; the paste, "agent VM".
		[
			'fr',
			'agent VM ne peut pas communiquer avec Sauvegarde Azure',
			'guest-agent-status-unavailable',
		],
	] as const)('is a confident match on %s: %s', (lang, paste, error) => {
		const outcome = search(paste, lang);
		expect(outcome.verdict).toBe('match');
		expect(top(outcome)).toBe(error);
	});
	it('shows the words as pasted, not as read', () => {
		const outcome = search('virtual machine agent unable to communicate with Azure Backup');
		const why = outcome.results[0]?.why;
		expect(why?.type === 'phrase' && why.query).toBe(
			'virtual machine agent unable to communicate with azure backup',
		);
	});
	it('is read so only when pasted: typed words keep to the words they say', () => {
		const { data, prepared } = indexes();
		const without = prepareIndex({ ...data.en.index, phraseSynonyms: undefined });
		const read = (index: typeof without, text: string) => {
			const r = rankIn(index, normalise(text));
			return { verdict: r.verdict, results: r.results.map((x) => [x.id, x.score]) };
		};
		const typed = 'virtual machine agent unable';
		expect(normalise(typed).typed).toBeDefined();
		expect(read(prepared.en, typed)).toEqual(read(without, typed));
		const pasted = 'virtual machine agent unable to communicate with Azure Backup';
		expect(read(prepared.en, pasted)).not.toEqual(read(without, pasted));
	});
});
