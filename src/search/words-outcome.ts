/**
 * The outcome for typed words (`proxy`, `Logs.Verbose`): the sections that hold them, as a
 * documentation search ranks them. Apart from paste-ranking.ts, which every paste loads: the
 * ranking code comes only with typed words' own code (typed.ts), or in Node.
 */
import type { Lang } from '../i18n/languages';
import type { NormalisedQuery } from './normalise';
import type { PreparedIndex } from './prepare';
import { wordsStartingWith, type SectionIndex } from './sections';
import type { SearchOutcome } from './types';
import { MAX_WORD_RESULTS, rankWords } from './words';

/** Typed words worth looking up in the other language: whole words, not the first letters of one being typed. */
export const wordsWantOtherLanguage = (terms: readonly string[]) =>
	terms.length > 0 && terms.every((t) => t.length >= 3);

/**
 * The outcome for typed words: the site's sections, or the other language's when the site has
 * none, or when the words the site does not have are the other language's, word for word
 * (`wordsOfOther`). Each index needs its second file attached (`attachSections`); without it, no
 * sections.
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
	const wantsOther = other !== undefined && wordsWantOtherLanguage(terms);
	// Words of the other language come first from there; the site's typos of them, only if it finds nothing.
	const otherFirst = wantsOther && site !== undefined && wordsOfOther(terms, site, other);
	let results = otherFirst ? rankWords(other, terms) : [];
	let matchedLang = results.length > 0 ? other!.base.data.lang : siteLang;
	if (results.length === 0 && site) results = rankWords(site, terms);
	if (results.length === 0 && wantsOther && !otherFirst) {
		// The other language answers only when it finds something: none found is not a cross-language match.
		const found = rankWords(other, terms);
		if (found.length > 0) {
			results = found;
			matchedLang = other.base.data.lang;
		}
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
 * Typed words that name a page confidently (a message, a title, a signature): that page first,
 * then the sections that hold the words, as a documentation search lists them. `extension with
 * failed provisioning state` names the failed-provisioning error, then lists the cause and the
 * step that deals with a failed extension; read as a paste alone, it listed that error, the cause
 * and another error. Tuning split (6 December, evening): typed top 3 225 → 226 of 237, first and
 * pastes unchanged.
 */
export function namedThenSections(named: SearchOutcome, words: SearchOutcome): SearchOutcome {
	const [first] = named.results;
	// With no section to add, the paste's own list stands (the named page and its neighbours).
	if (!first || words.results.length === 0) return named;
	const rest = words.results.filter((r) => r.id !== first.id || r.kind !== first.kind);
	return { ...named, results: [first, ...rest].slice(0, MAX_WORD_RESULTS) };
}

/**
 * Typed words the site does not have but the other language does, word for word (`pare-feu` on
 * the English site): they are the other language's words, not typos of the site's.
 */
export const wordsOfOther = (terms: readonly string[], site: SectionIndex, other: SectionIndex) => {
	const foreign = notSiteWords(terms, site);
	return foreign.length > 0 && foreign.every((t) => other.ids.has(t));
};

/**
 * The typed words the site does not have, but for a last word that begins some of its words:
 * that one is being typed (`prox` for `proxy`), not a word of the other language, and the page
 * fetches nothing of the other language for it.
 */
export const notSiteWords = (terms: readonly string[], site: SectionIndex): string[] =>
	terms.filter(
		(t, i) =>
			!site.ids.has(t) && !(i === terms.length - 1 && !wordsStartingWith(site, t).next().done),
	);
