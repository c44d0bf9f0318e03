/**
 * The matcher as the page, the CLI and the benchmark call it: normalise the query once, read
 * it as a paste or as typed words, rank it in the site's language and, when that is not
 * confident, in the other language too (an English paste on the French site). Results always
 * name pages of the site's language.
 */
import { otherLang, type Lang } from '../i18n/languages';
import { normalise, type HtmlDecoder, type NormalisedQuery } from './normalise';
import type { PreparedIndex } from './prepare';
import { rankIn, type LangRanking } from './rank';
import type { SectionIndex } from './sections';
import type { SearchOutcome } from './types';
import { rankWords } from './words';

/** Typed words that may be a short message of the other language: three or more. */
const MIN_TYPED_MESSAGE_WORDS = 3;

/**
 * True when the other language's index is worth consulting (or loading) for this query: a
 * paste with no confident match; typed words only when they may be a short message of the
 * other language ("VMSnapshot extension operation failed" on the French site), not one or two
 * words ("proxy", "Logs.Verbose"), which cost no second index.
 */
export function wantsOtherLanguage(ranking: LangRanking, query: NormalisedQuery): boolean {
	return ranking.verdict !== 'match' && mayReadOtherLanguage(query);
}

/** Whether the other language may be consulted for this query at all (whatever the site's ranking). */
export const mayReadOtherLanguage = (query: NormalisedQuery): boolean =>
	query.phrases.length > 0 &&
	(query.typed === undefined || query.typed.length >= MIN_TYPED_MESSAGE_WORDS);

/**
 * Picks the site-language ranking unless the other language matched clearly better, or named
 * another error (one the site does not cover) clearly better than the site's language did: an
 * English message of another error pasted on the French site.
 */
export function combine(
	site: LangRanking,
	other: LangRanking | undefined,
	truncated: boolean,
): SearchOutcome {
	const useOther =
		other !== undefined &&
		!site.byCode &&
		((other.best > site.best + 0.05 && other.verdict !== 'none') ||
			(other.other !== undefined &&
				site.verdict !== 'match' &&
				other.otherScore > site.otherScore + 0.05));
	const chosen = useOther ? other : site;
	return {
		verdict: chosen.verdict,
		mode: 'paste',
		results: chosen.results,
		matchedLang: chosen.lang,
		crossLanguage: useOther,
		foreignCodes: chosen.foreignCodes,
		other: chosen.other,
		truncated,
	};
}

/**
 * Typed words get the sections that hold them, unless they are an error's code (ours, near
 * ours, or another error's), a message matched confidently, or the message of another error
 * the site lists: then they are a paste.
 */
export function readAsWords(pasted: SearchOutcome, query: NormalisedQuery): boolean {
	return (
		query.typed !== undefined &&
		pasted.verdict !== 'match' &&
		pasted.other === undefined &&
		pasted.results[0]?.why.type !== 'near-code' &&
		pasted.foreignCodes.length === 0
	);
}

/** Typed words worth looking up in the other language: whole words, not the first letters of one being typed. */
export const wordsWantOtherLanguage = (terms: readonly string[]) =>
	terms.length > 0 && terms.every((t) => t.length >= 3);

/**
 * The outcome for typed words: the site's sections, or the other language's when the site has
 * none. Each index needs its second file attached (`attachSections`); without it, no sections.
 */
export function wordsOutcome(
	query: NormalisedQuery,
	site: PreparedIndex,
	other?: PreparedIndex,
): SearchOutcome {
	return wordsOutcomeIn(query, site.data.lang, site.sections, other?.sections);
}

/** The same, from the sections indexes themselves (the page assembles them from shards). */
export function wordsOutcomeIn(
	query: NormalisedQuery,
	siteLang: Lang,
	site?: SectionIndex,
	other?: SectionIndex,
): SearchOutcome {
	const terms = query.typed ?? [];
	let results = site ? rankWords(site, terms) : [];
	let matchedLang = siteLang;
	if (results.length === 0 && other && wordsWantOtherLanguage(terms)) {
		results = rankWords(other, terms);
		matchedLang = other.base.data.lang;
	}
	return {
		verdict: results.length > 0 ? 'weak' : 'none',
		mode: 'words',
		results,
		matchedLang,
		crossLanguage: matchedLang !== siteLang,
		foreignCodes: [],
		truncated: false,
	};
}

/**
 * A paste against the first file; when that is not a confident match and the second file is
 * there, against both (a forum post or a doc passage may describe a step in its own words; the
 * messages of other errors are there too).
 */
export function rankPaste(index: PreparedIndex, query: NormalisedQuery): LangRanking {
	const first = rankIn(index, query);
	if (first.verdict === 'match' || !index.sections?.full) return first;
	// Typed words without a confident match go to the sections (words.ts): the second read only
	// tells whether they are another error's whole message. A paste is ranked by its words too.
	if (query.typed) {
		const full = rankIn(index.sections.full, query);
		return full.other ? full : first;
	}
	return rankIn(index.sections.full, query, index.sections);
}

/** Rank an already normalised query (the client normalises once per keystroke batch). */
export function searchNormalised(
	query: NormalisedQuery,
	siteIndex: PreparedIndex,
	otherIndex?: PreparedIndex,
): SearchOutcome {
	const site = rankPaste(siteIndex, query);
	const other =
		otherIndex && wantsOtherLanguage(site, query)
			? // Typed words read only the other language's first file: a message, not its steps.
				query.typed
				? rankIn(otherIndex, query)
				: rankPaste(otherIndex, query)
			: undefined;
	const pasted = combine(site, other, query.truncated);
	return readAsWords(pasted, query) ? wordsOutcome(query, siteIndex, otherIndex) : pasted;
}

/** Everything at once, with both indexes at hand (CLI, benchmark, tests). */
export function searchPaste(
	paste: unknown,
	siteLang: Lang,
	indexes: Record<Lang, PreparedIndex>,
	decodeHtml?: HtmlDecoder,
): SearchOutcome {
	return searchNormalised(
		normalise(paste, decodeHtml),
		indexes[siteLang],
		indexes[otherLang(siteLang)],
	);
}
