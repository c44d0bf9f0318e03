/**
 * Typed words in the page load only the shards of their words and the phrases their results'
 * snippets show: they must get exactly what the whole sections index gives (same results,
 * scores, snippets).
 */
import { describe, expect, it } from 'vitest';
import { languages } from '../../../src/i18n/languages';
import {
	addShard,
	addSynonyms,
	addText,
	buildWordFiles,
	emptyWordIndex,
	keysFor,
	reachesIn,
	shardKey,
	shardKeysOf,
	shardsOf,
} from '../../../src/search/word-shards';
import { typedWords } from '../../../src/search/typed-words';
import { wordsOfLexicon } from '../../../src/search/typo-lexicon';
import { rankFromFiles } from '../../../src/search/word-files';
import { rankWords } from '../../../src/search/words';
import {
	decodeIndexFile,
	decodeTargetsFile,
	encodeIndexFile,
	encodeTargetsFile,
} from '../../../src/search/index-codec';
import type { SearchTarget } from '../../../src/search/types';
import type { IndexBase } from '../../../src/search/sections';
import { indexes, reachOfWords } from './helpers';

const viaJson = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('typed words over the split sections', () => {
	for (const lang of languages) {
		const site = indexes().prepared[lang];
		const whole = site.sections!;
		const built = buildWordFiles(whole, site, reachOfWords());
		const files = {
			meta: viaJson(built.meta),
			shards: new Map([...built.shards].map(([k, v]) => [k, viaJson(v)])),
			lexicons: new Map([...built.lexicons].map(([k, v]) => [k, viaJson(v)])),
			texts: built.texts.map(viaJson),
		};
		const targetsOnly = decodeTargetsFile(viaJson(encodeTargetsFile(site.data)));
		/** What the page does (rankFromFiles), from the files as they travel. */
		const rankSplit = (terms: string[], base: IndexBase) =>
			rankFromFiles(emptyWordIndex(base, files.meta), terms, {
				shard: (k) => files.shards.get(k),
				synonyms: () => viaJson(built.synonyms),
				lexicon: (l) => files.lexicons.get(l),
				text: (n) => files.texts[n],
			});
		const list = whole.list;
		const queries: string[][] = [
			...list.filter((_, i) => i % 2 === 0).map((w) => [w]),
			...list.filter((_, i) => i % 3 === 0).flatMap((w) => [[w.slice(0, 3)], [w.slice(0, 4)]]),
			// Typos: a letter dropped, two swapped.
			...list
				.filter((w, i) => i % 2 === 0 && w.length >= 5)
				.flatMap((w) => [[w.slice(0, 2) + w.slice(3)], [w[0]! + w[2]! + w[1]! + w.slice(3)]]),
			// Two and three words of the same phrase, and words of two languages' phrases.
			...whole.phrases
				.filter((_, i) => i % 4 === 0)
				.map((p) => p.split(' ').slice(1, 4))
				.filter((t) => t.length > 1),
			...['proxy', 'Logs.Verbose', '8443', 'redémarrer agent', 'servcie', 'instantan', 'zzzz'].map(
				(q) => typedWords(q)!,
			),
			// Words written together (two of a phrase joined) or apart (a site word cut in two).
			...whole.phrases
				.filter((_, i) => i % 5 === 0)
				.map((p) => p.split(' ').slice(0, 4))
				.filter((t) => t.length === 4)
				.map(([a, b, c, d]) => [a! + b!, c! + d!]),
			...list
				.filter((w, i) => i % 5 === 0 && w.length >= 6)
				.map((w) => [w.slice(0, 3), w.slice(3)]),
			// Words that begin with a group's word, another of the group in its place (`azurerm`).
			...list
				.filter((w, i) => i % 3 === 0 && w.startsWith('az') && w.length >= 6)
				.map((w) => [`azurerm${w.slice(2)}`]),
			// Every word of the synonym groups, alone and before a site word (its synonyms' shards).
			...whole.synonyms.flat().flatMap((w) => [[w], [w, list[0]!]]),
			// Words split by three letters (`shardKey`): their two letters alone, three, three and
			// a typo; two-letter words joined to a site word (`rdagent`), before one, and between two.
			...Object.entries(built.meta.keys)
				.flatMap(([head, lasts]) => (head.length === 2 ? [...lasts].map((c) => head + c) : []))
				.flatMap((k) => [[k.slice(0, 2)], [k], [`${k}x`], [`${k}zzz`]]),
			...list
				.filter((w) => w.length === 2)
				.flatMap((w) => [[w + list[1]!], [w, list[1]!], [list[0]! + w + list[1]!]]),
		];
		it(`gives each word the reach the build computed, in the shard that holds it (${lang})`, () => {
			const shards = shardKeysOf(files.meta);
			const reach = reachOfWords();
			const wrong = list.filter(
				(w) => reachesIn(files.shards.get(shardKey(w, shards.split))).get(w)?.reach !== reach(w),
			);
			// The page looks a word up in the shards `shardsOf` names: its own among them.
			expect(
				list.filter((w) => !shardsOf(shards, [w]).includes(shardKey(w, shards.split))),
			).toEqual([]);
			expect(wrong).toEqual([]);
			expect(list.filter((w) => reach(w) > 0).length).toBeGreaterThan(list.length / 10);
		});
		it(`splits the large shards by three letters (${lang})`, () => {
			expect(
				Object.keys(built.meta.keys).filter((head) => head.length === 2).length,
			).toBeGreaterThan(2);
		});
		it(`gives the whole index's results for ${queries.length} queries (${lang})`, () => {
			let withResults = 0;
			for (const terms of queries) {
				const expected = rankWords(whole, terms);
				if (expected.length > 0) withResults++;
				expect(rankSplit(terms, site), terms.join(' ')).toEqual(expected);
				expect(rankSplit(terms, targetsOnly), `${terms.join(' ')} (targets only)`).toEqual(
					expected,
				);
			}
			expect(withResults).toBeGreaterThan(queries.length / 2);
		});
	}
	it('names a step result by its own title, loaded with its snippet, as the whole index does', () => {
		for (const lang of languages) {
			const site = indexes().prepared[lang];
			const built = buildWordFiles(site.sections!, site, reachOfWords());
			const base = decodeTargetsFile(viaJson(encodeTargetsFile(site.data)));
			const index = emptyWordIndex(base, viaJson(built.meta));
			const terms = typedWords('waagent.conf') ?? [];
			const found = rankWords(site.sections!, terms).find((r) => r.kind === 'step')!;
			const step = site.data.targets.findIndex((t) => t.kind === 'step' && t.id === found.id);
			// Before its phrase is loaded, the step has no title of its own.
			expect(base.data.targets[step]!.title).toBeUndefined();
			const results = rankFromFiles(index, terms, {
				shard: (k) => viaJson(built.shards.get(k)),
				synonyms: () => viaJson(built.synonyms),
				lexicon: (l) => viaJson(built.lexicons.get(l)),
				text: (n) => viaJson(built.texts[n]),
			});
			expect(results.some((r) => r.id === found.id)).toBe(true);
			expect(base.data.targets[step]!.title).toBe(site.data.targets[step]!.title);
			expect(base.data.targets[step]!.title).toMatch(/\w{3,}/);
		}
	});
	it('reads the targets file as the first file has them (checks by id: the words file names them)', () => {
		for (const lang of languages) {
			const { data } = indexes().prepared[lang];
			expect(decodeTargetsFile(viaJson(encodeTargetsFile(data))).data.targets).toEqual(
				decodeIndexFile(viaJson(encodeIndexFile(data))).targets,
			);
			// The words file names the checks of the targets file, as the second file does.
			const site = indexes().prepared[lang];
			const meta = viaJson(buildWordFiles(site.sections!, site, reachOfWords()).meta);
			const targets = decodeTargetsFile(viaJson(encodeTargetsFile(data)));
			const titles = (t: readonly SearchTarget[]) =>
				t.filter((x) => x.kind === 'check').map((x) => x.title);
			expect(titles(emptyWordIndex(targets, meta).base.data.targets)).toEqual(titles(data.targets));
			expect(titles(data.targets).length).toBeGreaterThan(4);
			// Titles, not ids.
			expect(titles(data.targets).every((t) => t && !/^[a-z0-9-]+$/.test(t))).toBe(true);
		}
	});
	it("names the shard of a word's beginning replaced by another word of its group", () => {
		const site = indexes().prepared.en;
		const index = emptyWordIndex(
			site,
			viaJson(buildWordFiles(site.sections!, site, reachOfWords()).meta),
		);
		addSynonyms(index, [['zzz', 'pro']]);
		// `zzzxyzw` may stand for `proxyzw`, whose words are in the shard `pr`.
		expect(keysFor(index, ['zzzxyzw'])).toContain('pr');
	});
	it('refuses files of another format', () => {
		const site = indexes().prepared.en;
		expect(() => emptyWordIndex(site, { v: 2 })).toThrow();
		const index = emptyWordIndex(
			site,
			viaJson(buildWordFiles(site.sections!, site, reachOfWords()).meta),
		);
		expect(() => addShard(index, 'pr', null)).toThrow();
		expect(() => addText(index, 0, ['x'])).toThrow();
		expect(() => addText(index, 1e6, 'x')).toThrow();
		expect(() => wordsOfLexicon({ words: [] })).toThrow(/search lexicon/);
	});
	it("reads a typo's letter from its lexicon, and the shards of the words it may be a typo of only", () => {
		const site = indexes().prepared.en;
		const built = buildWordFiles(site.sections!, site, reachOfWords());
		const read: string[] = [];
		const results = rankFromFiles(emptyWordIndex(site, viaJson(built.meta)), ['servcie'], {
			shard: (k) => (read.push(`shard ${k}`), viaJson(built.shards.get(k))),
			synonyms: () => viaJson(built.synonyms),
			lexicon: (l) => (read.push(`lexicon ${l}`), viaJson(built.lexicons.get(l))),
			text: (n) => viaJson(built.texts[n]),
		});
		expect(results.length).toBeGreaterThan(0);
		expect(read).toContain('lexicon s');
		// `service`'s shard: the typo's own, read first, which holds the words it may be a typo of.
		expect(read.filter((r) => r.startsWith('shard'))).toEqual(['shard ser']);
		expect(results[0]!.why.type === 'phrase' && results[0]!.why.query).toBe('service');
		// A word whose first letter begins no site word asks for no lexicon: there is none to read.
		for (const word of ['ωmega', 'éèêë', '日本語です']) {
			const asked: string[] = [];
			rankFromFiles(emptyWordIndex(site, viaJson(built.meta)), typedWords(word) ?? [], {
				shard: (k) => viaJson(built.shards.get(k)),
				synonyms: () => viaJson(built.synonyms),
				lexicon: (l) => (asked.push(l), viaJson(built.lexicons.get(l))),
				text: (n) => viaJson(built.texts[n]),
			});
			expect(
				asked.every((l) => built.lexicons.has(l)),
				word,
			).toBe(true);
		}
	});
});
