/**
 * Whether typed words may be another error's message (one the site does not cover), told from
 * those messages alone (`/{lang}/search-others.json`, about 6–7 KB gzip) instead of the whole
 * second file (30–34 KB) that holds them. The matcher names another error for typed words when
 * one of its messages' phrases matches at `MATCH_MIN` (support adds up to 0.09), the harmonic
 * mean of how much of the phrase the words cover and how much of the words it explains
 * (similarity.ts), and the words cover nearly all of that phrase (`TYPED_OTHER_SHARE`). Here both
 * shares are bounded from above, word by word, with the weights the whole index gives (rounded to
 * hundredths): the check is sound, not exact (tests/unit/search/other-reach.test.ts checks it
 * against the matcher).
 */
import { looksLikeErrorCode } from './error-codes';
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
	const parts = phrase.split(' ');
	const indexed: { word: string; weight: number }[] = [];
	for (let i = 0; i + 1 < parts.length; i += 2)
		indexed.push({ word: parts[i]!, weight: Number(parts[i + 1]) });
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
		query.codes.some((c) => looksLikeErrorCode(c) || m.codes.includes(c.toLowerCase())) ||
		query.phrases.some(({ words, cut }) =>
			m.phrases.some((phrase) => mayName(words, cut, phrase, m)),
		)
	);
}

/** The other errors' messages as the page fetched them; a file it cannot read is refused. */
export function readOtherMessages(file: unknown): OtherMessages {
	const m = file as Partial<OtherMessages> | null;
	if (
		typeof m?.unknown !== 'number' ||
		typeof m.least !== 'number' ||
		!Array.isArray(m.phrases) ||
		!m.phrases.every((p) => typeof p === 'string') ||
		!Array.isArray(m.codes) ||
		!m.codes.every((c) => typeof c === 'string')
	)
		throw new Error('search others: unknown format; rebuild the site');
	return m as OtherMessages;
}
