/**
 * The page reads the second file for typed words only when they may name another error
 * (src/search/other-reach.ts), and reads typed words from their shards alone, without the first
 * file, only when they can be no code and no message (src/search/message-reach.ts): every typed
 * query the matcher reads otherwise must be one the checks let through, and the checks must
 * still spare common typed words.
 */
import { describe, expect, it } from 'vitest';
import { languages, otherLang } from '../../../src/i18n/languages';
import { normalise } from '../../../src/search/normalise';
import { MAY_MATCH } from '../../../src/search/message-reach';
import { mayNameOther, otherReach, readsAlone } from '../../../src/search/other-reach';
import { readsAsWords } from '../../../src/search/word-reach';
import { buildWordFiles, reachesIn } from '../../../src/search/word-shards';
import { rankPaste } from '../../../src/search/paste-ranking';
import { searchNormalised } from '../../../src/search/search';
import { blendPastedWords } from '../../../src/search/words';
import { indexes, reachOfWords } from './helpers';
import { otherCodesOf } from '../../../src/search/foreign-codes';
import { otherErrors } from '../../support/content';
import {
	keyWords,
	mayBeOtherCode,
	mayBeOtherMessage,
	messagesOf,
	otherMessages,
	partsToRead,
	splitOtherMessages,
} from '../../../src/search/other-messages';

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
				if (!query.typed || rankPaste(site, query, blendPastedWords).other === undefined) continue;
				named++;
				expect(mayNameOther(query, reach), text).toBe(true);
			}
			expect(named).toBeGreaterThan(0);
		});
		it(`spares typed words that cannot (${lang})`, () => {
			for (const text of ['proxy', 'Logs.Verbose', '8443', 'waagent'])
				expect(mayNameOther(normalise(text), reach), text).toBe(false);
		});
	}
});

describe('typed words read from their shards alone', () => {
	for (const lang of languages) {
		const site = indexes().prepared[lang];
		const other = indexes().prepared[otherLang(lang)];
		const whole = site.sections!;
		const codes = Object.keys(site.data.codes);
		// Each word's reach as its shard gives it (the page knows fewer: those of the query's words).
		const shards = buildWordFiles(whole, site, reachOfWords(), readsAsWords(site, other)).shards;
		const reaches = new Map([...shards.values()].flatMap((shard) => [...reachesIn(shard)]));
		const reach = (word: string) => reaches.get(word);
		const alone = (text: string) => readsAlone(normalise(text), codes, reach);
		it(`reads alone typed words that cannot be a code or a message (${lang})`, () => {
			for (const text of ['proxy', 'USEVSSCOPYBACKUP', 'Remove-AzVMExtension', '8443'])
				expect(alone(text), text).toBe(true);
			for (const text of [
				'UserErrorGuestAgentStatusUnavailable',
				'UserErrorGuestAgentStatus',
				'VMSnapshot extension operation failed',
				'Backup failed with an internal error.\nJob 42',
				'zzqxv proxy',
			])
				expect(alone(text), text).toBe(false);
		});
		// Every window of 1 to 6 words of every phrase of both languages' files (our messages,
		// titles, signatures, steps; other errors' messages), as typed, mistyped and cut; words of
		// the site; codes, cut and mistyped.
		const phrasesOf = (index: typeof site, ours: boolean) => {
			const full = index.sections!.full!;
			return full.phrases
				.filter((_, doc) => !ours || full.data.targets[full.data.docs[doc]![0]]?.kind !== 'other')
				.map((p) => p.split(' ').filter(Boolean));
		};
		const windowsOf = (phrases: string[][]) =>
			phrases.flatMap((p) =>
				[1, 2, 3, 4, 5, 6].flatMap((n) =>
					p.slice(0, Math.max(0, p.length - n + 1)).flatMap((_, i) => {
						const words = p.slice(i, i + n);
						const typo = words.map((w) => (w.length >= 6 ? w.slice(0, 2) + w.slice(3) : w));
						return [words.join(' '), typo.join(' '), words.join(' ').slice(0, -2)];
					}),
				),
			);
		const windows = windowsOf([site, other].flatMap((index) => phrasesOf(index, false)));
		// The windows of this site's own phrases (no other error's message among them).
		const ownWindows = new Set(windowsOf(phrasesOf(site, true)));
		const codeQueries = [site, other]
			.flatMap((index) => index.data.targets.flatMap((t) => t.codes ?? []))
			.flatMap((c) => [c, c.toLowerCase(), c.slice(0, -2), c.slice(0, 3) + c.slice(4), `${c} VM`]);
		// A word whose reach alone may make a message, as it may be typed alone.
		const single = whole.list
			.filter((w) => (reach(w)?.reach ?? 0) >= MAY_MATCH)
			.flatMap((w) => [w, `${w}.`, w.toUpperCase(), `"${w}"`, `${w}?`, `${w}…`, `(${w})`]);
		const all = [...new Set([...whole.list, ...windows, ...codeQueries, ...single])];
		it(`reads alone, of ${all.length} typed queries, only those the whole search reads as words (${lang})`, () => {
			let read = 0;
			let ownRead = 0;
			const wrong: string[] = [];
			for (const text of all) {
				const query = normalise(text);
				if (!readsAlone(query, codes, reach)) continue;
				read++;
				if (ownWindows.has(text)) ownRead++;
				if (searchNormalised(query, site, other).mode !== 'words') wrong.push(text);
			}
			expect(wrong).toEqual([]);
			// Not a bound that refuses everything: a fair share reads alone, of all the queries, and
			// of the windows of the site's own phrases, which the catalogue's growth does not change
			// (the other errors' windows may be their messages: 9.9 % of all read alone in English
			// with 260 other errors; a fifth of the site's own windows, typed, mistyped or cut).
			expect(read).toBeGreaterThan(all.length / 20);
			expect(ownRead).toBeGreaterThan(ownWindows.size / 6);
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
		const { keys, parts } = splitOtherMessages(messages);
		const catalogue = new Set(messages.codes);
		it(`tells a code by the catalogue's codes, which are every other error's code (${lang})`, () => {
			// The page asks `/search-other-codes.json`, the same file in both languages.
			expect(Object.keys(otherCodesOf(otherErrors[lang].errors)).sort()).toEqual(
				[...catalogue].sort(),
			);
		});
		/** What the page tells: by the catalogue's codes, then by the parts the key words lead to. */
		const pageSays = (query: ReturnType<typeof normalise>) =>
			mayBeOtherCode(query, (c) => catalogue.has(c)) ||
			mayBeOtherMessage(
				query,
				messagesOf(
					keys,
					partsToRead(query, keys).map((n) => parts[n]!),
				),
			);
		it(`lets through every one of ${queries.length} typed queries that names another error (${lang})`, () => {
			let named = 0;
			const missed: string[] = [];
			const missedByParts: string[] = [];
			for (const text of queries) {
				const query = normalise(text);
				if (!query.typed || rankPaste(site, query, blendPastedWords).other === undefined) continue;
				named++;
				if (!mayBeOtherMessage(query, messages)) missed.push(text);
				if (!pageSays(query)) missedByParts.push(text);
			}
			expect(named).toBeGreaterThan(100);
			expect(missed).toEqual([]);
			expect(missedByParts).toEqual([]);
			// Every phrase is in one part, and the parts are what the whole file holds.
			expect(parts.flat()).toEqual(messages.phrases);
		});
		it(`names no message by words that stand for none of its key words (${lang})`, () => {
			// The most a query can hold of a phrase without its key words: every other word of it,
			// cut short (the missed words then count half). Such words may still stand for a key
			// word (`operation` for `operations`): then the page reads the phrase's part.
			let checked = 0;
			for (const phrase of messages.phrases) {
				const keyed = new Set(keyWords(phrase));
				const rest = phrase
					.split(' ')
					.filter((_, i) => i % 2 === 0)
					.filter((w) => !keyed.has(w));
				if (rest.length === 0) continue;
				checked++;
				const alone = splitOtherMessages({ ...messages, phrases: [phrase] });
				// Read as words (a long word of the phrase is no code here).
				const read = normalise(rest.join(' '));
				const query = {
					...read,
					codes: [],
					phrases: read.phrases.map((p) => ({ ...p, cut: true })),
				};
				if (mayBeOtherMessage(query, messagesOf(alone.keys, [[phrase]])))
					expect(partsToRead(query, alone.keys), rest.join(' ')).toEqual([0]);
			}
			expect(checked).toBeGreaterThan(messages.phrases.length / 2);
		});
		it(`leads most words of the site's own phrases to no part of the messages (${lang})`, () => {
			// Windows of one to three words of our messages, titles, signatures and steps.
			const own = full.phrases
				.filter((_, doc) => full.data.targets[full.data.docs[doc]![0]]?.kind !== 'other')
				.map((p) => p.split(' ').filter(Boolean))
				.flatMap((p) =>
					[1, 2, 3].flatMap((n) =>
						p.slice(0, Math.max(0, p.length - n + 1)).map((_, i) => p.slice(i, i + n).join(' ')),
					),
				)
				.map((text) => normalise(text))
				.filter((q) => q.typed && q.codes.length === 0);
			const none = own.filter((q) => partsToRead(q, keys).length === 0).length;
			// 86 % in each language on 7 December: a split that read everything would save nothing.
			expect(none).toBeGreaterThan((own.length * 3) / 4);
			for (const text of lang === 'en'
				? ['restart agent', 'proxy settings']
				: ['redémarrer agent', 'pare-feu'])
				expect(partsToRead(normalise(text), keys), text).toEqual([]);
		});
		it(`spares three words that are no message of another error (${lang})`, () => {
			for (const text of ['install guest agent', 'Autoriser le trafic HTTPS sortant'])
				expect(mayBeOtherMessage(normalise(text), messages), text).toBe(false);
		});
		// Most of the file shares' "A backup job is already in progress for this file share", but
		// not nearly all of it, which is what typed words need to name it.
		if (lang === 'en')
			it('spares typed words that hold too little of another error’s message', () => {
				expect(mayBeOtherMessage(normalise('backup job already in progress'), messages)).toBe(
					false,
				);
			});
	}
});
