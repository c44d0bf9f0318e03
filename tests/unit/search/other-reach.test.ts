/**
 * The page reads the second file for typed words only when they may name another error
 * (src/search/other-reach.ts): every typed query the matcher reads as another error's must be
 * one the check lets through, and the check must still spare common typed words.
 */
import { describe, expect, it } from 'vitest';
import { languages, otherLang } from '../../../src/i18n/languages';
import { normalise } from '../../../src/search/normalise';
import {
	mayNameOther,
	mayReach,
	otherReach,
	oursReach,
	readsAlone,
} from '../../../src/search/other-reach';
import { rankIn } from '../../../src/search/rank';
import { rankPaste } from '../../../src/search/paste-ranking';
import { matchesAlone, searchNormalised } from '../../../src/search/search';
import { rankPastedWords } from '../../../src/search/words';
import { indexes } from './helpers';
import { mayBeOtherMessage, otherMessages } from '../../../src/search/other-messages';

describe('typed words that may name another error', () => {
	for (const lang of languages) {
		const site = indexes().prepared[lang];
		const full = site.sections!.full!;
		const reach = otherReach(full);
		const otherPhrases = full.data.docs.flatMap(([t], doc) =>
			full.data.targets[t]?.kind === 'other' ? [full.phrases[doc]!.split(' ')] : [],
		);
		const words = full.vocab ? [...new Set(full.phrases.flatMap((p) => p.split(' ')))] : [];
		const queries = [
			...words,
			...words.filter((w) => w.length >= 6).map((w) => w.slice(0, 4)),
			...words.filter((w) => w.length >= 6).map((w) => w.slice(0, 2) + w.slice(3)),
			...otherPhrases.flatMap((p) => p.slice(0, -1).map((w, i) => `${w} ${p[i + 1]}`)),
			...otherPhrases.map((p) => p.join(' ')),
			...otherPhrases.map((p) => p.slice(0, 3).join(' ')),
		];
		it(`lets through every one of ${queries.length} typed queries that names another error (${lang})`, () => {
			let named = 0;
			for (const text of queries) {
				const query = normalise(text);
				if (!query.typed || rankPaste(site, query, rankPastedWords).other === undefined) continue;
				named++;
				expect(mayNameOther(query, reach), text).toBe(true);
			}
			expect(named).toBeGreaterThan(0);
		});
		const ours = oursReach(site, matchesAlone(site));
		const ourPhrases = site.data.docs.map((_, doc) => site.phrases[doc]!.split(' '));
		const ourQueries = [
			...words,
			...words.filter((w) => w.length >= 6).map((w) => w.slice(0, 4)),
			...words.filter((w) => w.length >= 6).map((w) => w.slice(0, 2) + w.slice(3)),
			...ourPhrases.flatMap((p) => p.slice(0, -1).map((w, i) => `${w} ${p[i + 1]}`)),
			...ourPhrases.map((p) => p.slice(0, 2).join(' ')),
		];
		it(`lets through every one of ${ourQueries.length} typed queries that match a message of ours (${lang})`, () => {
			let matched = 0;
			for (const text of ourQueries) {
				const query = normalise(text);
				if (!query.typed || rankIn(site, query).verdict !== 'match') continue;
				matched++;
				expect(mayReach(query, ours), text).toBe(true);
			}
			expect(matched).toBeGreaterThan(0);
		});
		it(`spares typed words that cannot (${lang})`, () => {
			expect(mayReach(normalise('proxy'), ours)).toBe(false);
			// One word of a short cause title ("Agent Linux obsolète") is no confident match alone.
			expect(mayReach(normalise('agent'), ours)).toBe(false);
			for (const text of ['proxy', 'Logs.Verbose', '8443', 'waagent'])
				expect(mayNameOther(normalise(text), reach), text).toBe(false);
		});
		const reaches = { ours, others: reach, codes: Object.keys(site.data.codes) };
		it(`reads alone only typed words with no code, too few for a message of either kind (${lang})`, () => {
			// Long words that are no code: words, like any other.
			for (const text of ['proxy', 'USEVSSCOPYBACKUP', 'Remove-AzVMExtension'])
				expect(readsAlone(normalise(text), reaches), text).toBe(true);
			for (const text of [
				'UserErrorGuestAgentStatusUnavailable',
				'UserErrorGuestAgentStatus',
				'VMSnapshot extension operation failed',
				'Backup failed with an internal error.\nJob 42',
			])
				expect(readsAlone(normalise(text), reaches), text).toBe(false);
		});
		const other = indexes().prepared[otherLang(lang)];
		const codeQueries = site.data.targets
			.flatMap((t) => t.codes ?? [])
			.flatMap((c) => [c, c.toLowerCase(), c.slice(0, -2), c.slice(0, 3) + c.slice(4), `${c} VM`]);
		const all = [...queries, ...ourQueries, ...codeQueries];
		it(`reads alone, of ${all.length} typed queries, only those the whole search reads as words (${lang})`, () => {
			let alone = 0;
			const wrong: string[] = [];
			for (const text of all) {
				const query = normalise(text);
				if (!readsAlone(query, reaches)) continue;
				alone++;
				if (searchNormalised(query, site, other).mode !== 'words') wrong.push(text);
			}
			expect(wrong).toEqual([]);
			expect(alone).toBeGreaterThan(100);
		});
	}
});

describe('typed words of three words or more that may be another error’s message', () => {
	for (const lang of languages) {
		const site = indexes().prepared[lang];
		const full = site.sections!.full!;
		const messages = otherMessages(full);
		const phrases = full.data.docs.flatMap(([t], doc) =>
			full.data.targets[t]?.kind === 'other' ? [full.phrases[doc]!.split(' ')] : [],
		);
		// Each other error's code, cut and mistyped; every window of 1 to 6 words of each of its
		// phrases, as typed, mistyped and cut.
		const codes = full.data.targets
			.filter((t) => t.kind === 'other')
			.flatMap((t) => t.codes ?? [])
			.flatMap((c) => [c, c.slice(0, -2), c.slice(0, 3) + c.slice(4), `${c} error`]);
		const queries = [
			...codes,
			...phrases.flatMap((p) =>
				[1, 2, 3, 4, 5, 6].flatMap((n) =>
					p.slice(0, p.length - n + 1).flatMap((_, i) => {
						const words = p.slice(i, i + n);
						const typo = words.map((w) => (w.length >= 6 ? w.slice(0, 2) + w.slice(3) : w));
						return [words.join(' '), typo.join(' '), words.join(' ').slice(0, -2)];
					}),
				),
			),
		];
		it(`lets through every one of ${queries.length} typed queries that names another error (${lang})`, () => {
			let named = 0;
			const missed: string[] = [];
			for (const text of queries) {
				const query = normalise(text);
				if (!query.typed || rankPaste(site, query, rankPastedWords).other === undefined) continue;
				named++;
				if (!mayBeOtherMessage(query, messages)) missed.push(text);
			}
			expect(named).toBeGreaterThan(100);
			expect(missed).toEqual([]);
		});
		it(`spares three words that are no message of another error (${lang})`, () => {
			for (const text of ['install guest agent', 'Autoriser le trafic HTTPS sortant'])
				expect(mayBeOtherMessage(normalise(text), messages), text).toBe(false);
		});
	}
});
