/**
 * Whether typed words may be another error's message (one the site does not cover), told from
 * those messages alone instead of the whole second file (36–41 KB gzip) that holds them: the few
 * parts of them the words may name (`/{lang}/search-others/{n}.json`, about 0.7 KB gzip each),
 * found through their key words (`/{lang}/search-other-keys.json`, 1.6–1.9 KB); a word with a
 * code, by the catalogue's codes (`/search-other-codes.json`). The matcher names another error
 * for typed words when one of its messages' phrases matches at `MATCH_MIN` (support adds up to
 * 0.09), the harmonic mean of how much of the phrase the words cover and how much of the words it
 * explains (similarity.ts), and the words cover nearly all of that phrase (`TYPED_OTHER_SHARE`).
 * Here both shares are bounded from above, word by word, with the weights the whole index gives
 * (rounded to hundredths): the check is sound, not exact (tests/unit/search/other-reach.test.ts
 * checks it against the matcher).
 */
import { looksLikeErrorCode } from './error-codes';
import type { OtherCodes } from './foreign-codes';
import type { NormalisedQuery } from './normalise';
import type { PreparedIndex } from './prepare';
import { standsFor } from './same-word';
import { weighsNothing as silent } from './stopwords';
import { DocRole } from './types';
import { TYPED_OTHER_SHARE } from './typed-words';

/** The messages of the other errors, as the whole index weighs their words. */
export interface OtherMessages {
	/** Weight of a word the index does not have, in hundredths. */
	unknown: number;
	/** The least weight of a word that weighs something, in hundredths. */
	least: number;
	/** Each naming phrase: its words and their weights, `word weight word weight …`. */
	phrases: string[];
	/** The other errors' codes, lower case. */
	codes: string[];
}

/** A confidence below this cannot name another error, with a margin (`MATCH_MIN` 0.8 − support 0.09 = 0.71). */
const CAN_NAME = 0.65;
/**
 * Nor a share of the phrase below this: typed words name another error only with nearly all of
 * its message (`TYPED_OTHER_SHARE`), less a margin for the weights rounded to hundredths.
 */
const CAN_HOLD = TYPED_OTHER_SHARE - 0.05;
/** Roles of another error's phrases that can name it (its messages' first phrases). */
const naming: ReadonlySet<DocRole> = new Set([DocRole.Message, DocRole.Shared]);

const hundredths = (w: number) => Math.round(w * 100);

/** The other errors' naming phrases of an index over both files (`full`), with their words' weights. */
export function otherMessages(full: PreparedIndex): OtherMessages {
	let least = Infinity;
	const phrases: string[] = [];
	full.data.docs.forEach(([target, role], doc) => {
		for (const id of full.words[doc]!) {
			const w = full.vocab.weightOf(id);
			if (w > 0) least = Math.min(least, w);
		}
		if (full.data.targets[target]?.kind !== 'other' || !naming.has(role)) return;
		const words = full.phrases[doc]!.split(' ').filter(Boolean);
		const ids = full.words[doc]!;
		phrases.push(words.map((w, i) => `${w} ${hundredths(full.vocab.weightOf(ids[i]!))}`).join(' '));
	});
	return {
		unknown: Math.ceil(full.vocab.unknown * 100),
		least: Number.isFinite(least) ? Math.floor(least * 100) : 0,
		phrases,
		codes: Object.keys(full.data.codes).filter(
			(c) => full.data.targets[full.data.codes[c]!]?.kind === 'other',
		),
	};
}

const weighedPhrases = new Map<string, { word: string; weight: number }[]>();
/** A naming phrase's words and their weights (read once: the check runs at every keystroke). */
function weighed(phrase: string): { word: string; weight: number }[] {
	let words = weighedPhrases.get(phrase);
	if (!words) {
		const parts = phrase.split(' ');
		words = [];
		for (let i = 0; i + 1 < parts.length; i += 2)
			words.push({ word: parts[i]!, weight: Number(parts[i + 1]) });
		weighedPhrases.set(phrase, words);
	}
	return words;
}

/**
 * The most a typed phrase can reach against one naming phrase: the share of it the words may
 * hold, and the confidence of the match.
 */
function bound(
	words: readonly string[],
	cut: boolean,
	phrase: string,
	m: OtherMessages,
): { held: number; confidence: number } {
	const indexed = weighed(phrase);
	let explained = 0;
	let unexplained = 0;
	const marked = new Set<number>();
	words.forEach((w, i) => {
		const last = cut && i === words.length - 1;
		let stands = false;
		if (!silent(w))
			indexed.forEach((x, j) => {
				if (standsFor(w, x.word, last)) {
					marked.add(j);
					stands = true;
				}
			});
		if (stands) {
			// Its own weight: the indexed word's when it is that word, at most the heaviest otherwise.
			const same = indexed.find((x) => x.word === w);
			explained += same ? same.weight : m.unknown;
		} else if (!silent(w) && !(last && w.length <= 3)) unexplained += m.least;
	});
	let found = 0;
	let missed = 0;
	indexed.forEach((x, j) => (marked.has(j) ? (found += x.weight) : (missed += x.weight)));
	const covered = found > 0 ? found / (found + (cut ? missed / 2 : missed)) : 0;
	const explains = explained > 0 ? explained / (explained + unexplained) : 0;
	const confidence = covered + explains > 0 ? (2 * covered * explains) / (covered + explains) : 0;
	return { held: covered, confidence };
}

/** Whether typed words may name another error by this naming phrase. */
function mayName(words: readonly string[], cut: boolean, phrase: string, m: OtherMessages) {
	const { held, confidence } = bound(words, cut, phrase, m);
	return held >= CAN_HOLD && confidence >= CAN_NAME;
}

/**
 * Whether these typed words may name another error: by its code (one of theirs, or a word shaped
 * like an error code, which may be close to one), or by its message.
 */
export function mayBeOtherMessage(query: NormalisedQuery, m: OtherMessages): boolean {
	return (
		mayBeOtherCode(query, (code) => m.codes.includes(code)) ||
		query.phrases.some(({ words, cut }) =>
			m.phrases.some((phrase) => mayName(words, cut, phrase, m)),
		)
	);
}

/**
 * Whether these typed words may name another error by its code: a word shaped like an error
 * code (it may be close to one), or one of theirs (`isOther`, asked in lower case).
 */
export const mayBeOtherCode = (query: NormalisedQuery, isOther: (code: string) => boolean) =>
	query.codes.some((c) => looksLikeErrorCode(c) || isOther(c.toLowerCase()));

/**
 * The share of a phrase's weight typed words may miss and still hold `CAN_HOLD` of it: a cut
 * phrase's missed words count half (`bound`), so found / (found + missed / 2) ≥ h allows
 * missed ≤ 2 (1 − h) / (2 − h) of the whole (0.26).
 */
const MAY_MISS = (2 * (1 - CAN_HOLD)) / (2 - CAN_HOLD);

/**
 * A phrase's key words: its heaviest words, enough of them to weigh more than `MAY_MISS` of it.
 * Typed words that stand for none of them miss more than that, so cannot name it by this phrase.
 */
export function keyWords(phrase: string): string[] {
	const words = [...weighed(phrase)];
	const total = words.reduce((sum, w) => sum + w.weight, 0);
	// A hundredth more than that share: the bound's divisions round, these sums do not.
	const enough = MAY_MISS * total * 1.01;
	const keys: string[] = [];
	let held = 0;
	for (const { word, weight } of words.sort((a, b) => b.weight - a.weight)) {
		if (held > enough || weight === 0) break;
		keys.push(word);
		held += weight;
	}
	// A phrase whose weighed words all together weigh nothing names nothing: it has no key.
	return held > 0 ? keys : [];
}

/** Files the other errors' messages are split into for typed words, in file order. */
export const OTHER_PARTS = 16;

/** The key words of the other errors' messages, and which parts hold the phrases they open. */
export interface OtherKeys {
	unknown: number;
	least: number;
	/** Per key word, the parts holding a phrase it is a key word of: `word part part …`. */
	keys: string[];
}

/**
 * The other errors' messages split for typed words: `OTHER_PARTS` parts of their phrases, in
 * order (an error's wordings, side by side, mostly in one part), and their key words.
 */
export function splitOtherMessages(m: OtherMessages): { keys: OtherKeys; parts: string[][] } {
	const size = Math.ceil(m.phrases.length / OTHER_PARTS);
	const parts = Array.from({ length: OTHER_PARTS }, (_, n) =>
		m.phrases.slice(n * size, (n + 1) * size),
	);
	const partsOf = new Map<string, Set<number>>();
	m.phrases.forEach((phrase, i) => {
		for (const word of keyWords(phrase)) {
			const set = partsOf.get(word) ?? new Set<number>();
			set.add(Math.floor(i / size));
			partsOf.set(word, set);
		}
	});
	const keys = [...partsOf]
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([word, set]) => [word, ...set].join(' '));
	return { keys: { unknown: m.unknown, least: m.least, keys }, parts };
}

/**
 * The parts of the other errors' messages these typed words may name one of by its message,
 * through the key words they may stand for (a code is `mayBeOtherCode`'s).
 */
export function partsToRead(query: NormalisedQuery, k: OtherKeys): number[] {
	const parts = new Set<number>();
	const keys = keysOf(k);
	for (const { words, cut } of query.phrases)
		words.forEach((w, i) => {
			if (silent(w)) return;
			const last = cut && i === words.length - 1;
			for (const [key, where] of keys)
				if (standsFor(w, key, last)) for (const n of where) parts.add(n);
		});
	return [...parts].sort((a, b) => a - b);
}

const parsed = new WeakMap<OtherKeys, [string, number[]][]>();
/** The key words with their parts, read once per file. */
function keysOf(k: OtherKeys): [string, number[]][] {
	let keys = parsed.get(k);
	if (!keys) {
		keys = k.keys.map((entry) => {
			const [key, ...where] = entry.split(' ');
			return [key!, where.map(Number)];
		});
		parsed.set(k, keys);
	}
	return keys;
}

/**
 * The other errors' messages of some parts, with their weights' bounds, as `mayBeOtherMessage`
 * reads them.
 */
export const messagesOf = (k: OtherKeys, parts: readonly (readonly string[])[]): OtherMessages => ({
	unknown: k.unknown,
	least: k.least,
	phrases: parts.flat(),
	codes: [],
});

/** The key words as the page fetched them; a file it cannot read is refused. */
export function readOtherKeys(file: unknown): OtherKeys {
	const k = file as Partial<OtherKeys> | null;
	if (
		typeof k?.unknown !== 'number' ||
		typeof k.least !== 'number' ||
		!Array.isArray(k.keys) ||
		!k.keys.every((e) => typeof e === 'string')
	)
		throw new Error('search other keys: unknown format; rebuild the site');
	return k as OtherKeys;
}

/**
 * The catalogue's codes as the page fetched them (foreign-codes.ts); a file it cannot read is
 * refused.
 */
export function readOtherCodes(file: unknown): OtherCodes {
	if (
		typeof file !== 'object' ||
		file === null ||
		Array.isArray(file) ||
		!Object.values(file).every((id) => typeof id === 'string')
	)
		throw new Error('search other codes: unknown format; rebuild the site');
	return file as OtherCodes;
}

/**
 * A part of the other errors' messages as the page fetched it; a file it cannot read is refused.
 */
export function readOtherPart(file: unknown): string[] {
	if (!Array.isArray(file) || !file.every((p) => typeof p === 'string'))
		throw new Error('search others: unknown format; rebuild the site');
	return file as string[];
}
