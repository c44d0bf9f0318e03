/**
 * The steps of a search that the page takes one at a time, fetching each file only when it is
 * needed (src/scripts/search/engine.ts), and search.ts takes at once: read a paste against one
 * language's files, decide whether the other language is worth reading, pick a language's
 * ranking, and tell typed words from a paste. Nothing here ranks typed words (words-outcome.ts):
 * a paste's first search does not load that code.
 */
import type { NormalisedQuery } from './normalise';
import { mayReadOtherLanguage } from './typed-words';
import type { PreparedIndex } from './prepare';
import type { BlendPasted } from './blend';
import type { SectionIndex } from './sections';
import { rankIn, type LangRanking } from './rank';
import type { SearchOutcome } from './types';
import type { Lang } from '../i18n/languages';

/**
 * Whether a query reads as one language alone (`readsAsOnly` of text-language.ts). Passed in,
 * not imported: the page fetches it with the typed words' code, which a paste with no confident
 * match loads anyway, and a paste matched confidently never needs it.
 */
export type ReadsAsOnly = (query: NormalisedQuery, lang: Lang) => boolean;

/**
 * True when the other language's index may be worth consulting (or loading) for this query: a
 * paste with no confident match; typed words only when they may be a short message of the
 * other language ("VMSnapshot extension operation failed" on the French site), not one or two
 * words ("proxy", "Logs.Verbose"), which cost no second index.
 */
export const mayWantOtherLanguage = (ranking: LangRanking, query: NormalisedQuery): boolean =>
	ranking.verdict !== 'match' && mayReadOtherLanguage(query);

/**
 * True when the other language's index is worth consulting: it may be (above), and the text
 * does not read as the site's language alone (text-language.ts). The other language's files
 * hold the same entries in words such a text does not use, and what they found for it was
 * chance (a phrase sharing "VM" alone). Tuning split: 270 of 285 pastes and 83 of 201 typed
 * queries read one index instead of two; one answer changed, that chance match.
 */
export const wantsOtherLanguage = (
	ranking: LangRanking,
	query: NormalisedQuery,
	readsAsOnly: ReadsAsOnly,
): boolean => mayWantOtherLanguage(ranking, query) && !readsAsOnly(query, ranking.lang);

/**
 * Typed words in the other language: its messages (its first file, `first`), not its steps; but
 * when its ranking with the second file (`withSections`) names another error, that naming
 * (`Unsupported disk type` on the French site is another error's message).
 */
export const typedInOther = (first: LangRanking, withSections: LangRanking): LangRanking =>
	withSections.other !== undefined ? withSections : first;

/**
 * Picks the site-language ranking unless the other language matched clearly better, or matched
 * confidently where the site's did not, or named another error (one the site does not cover)
 * clearly better than the site's language did: an English message of another error pasted on the
 * French site.
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
			// As sure of its page where the site is not: a near code with the other language's
			// message (both rank the near code first, at the same score).
			(other.verdict === 'match' && site.verdict !== 'match') ||
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

/**
 * Typed words matched confidently by a phrase (not a code) in the site's language: the page they
 * name comes first, followed by the sections that hold them (`namedThenSections`, words-outcome.ts).
 */
export const namesPageAsWords = (pasted: SearchOutcome, query: NormalisedQuery): boolean =>
	query.typed !== undefined &&
	pasted.verdict === 'match' &&
	!pasted.crossLanguage &&
	pasted.results[0]?.why.type === 'phrase';

/**
 * Blends a paste's phrase ranking with its words' ranking over these sections
 * (`blendPastedWords` of words.ts). Passed in, not imported: the page fetches that code (with
 * typed.ts) only once it needs the second file, not with a paste's first search.
 */
export type BlendPastedWords = (sections: SectionIndex) => BlendPasted;

/**
 * A paste against the first file; when that is not a confident match and the second file is
 * there, against both (a forum post or a doc passage may describe a step in its own words; the
 * messages of other errors are there too). `first`: the first file's ranking, when the caller
 * already has it (the page ranks it before it fetches the second file).
 */
export function rankPaste(
	index: PreparedIndex,
	query: NormalisedQuery,
	blendPasted: BlendPastedWords,
	first: LangRanking = rankIn(index, query),
): LangRanking {
	const sections = index.sections;
	if (first.verdict === 'match' || !sections?.full) return first;
	// Typed words without a confident match go to the sections (words.ts): the second read only
	// tells whether they are another error's whole message. A paste is ranked by its words too.
	if (query.typed) {
		const full = rankIn(sections.full, query);
		return full.other ? full : first;
	}
	return rankIn(sections.full, query, blendPasted(sections));
}
