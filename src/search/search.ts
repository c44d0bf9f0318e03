/**
 * The matcher as the page, the CLI and the benchmark call it: normalise the paste once, rank
 * it in the site's language, and, when that is not a confident match, in the other language
 * too (an English paste on the French site). Results always name pages of the site's language.
 */
import { otherLang, type Lang } from '../i18n/languages';
import { normalise, type NormalisedQuery } from './normalise';
import type { PreparedIndex } from './prepare';
import { rankIn, type LangRanking } from './rank';
import type { SearchOutcome } from './types';

/** True when the other language's index is worth consulting (or loading) for this query. */
export function wantsOtherLanguage(ranking: LangRanking, query: NormalisedQuery): boolean {
	return ranking.verdict !== 'match' && query.phrases.length > 0;
}

/** Picks the site-language ranking unless the other language matched clearly better. */
export function combine(
	site: LangRanking,
	other: LangRanking | undefined,
	truncated: boolean,
): SearchOutcome {
	const useOther =
		other !== undefined &&
		!site.byCode &&
		other.best > site.best + 0.05 &&
		other.verdict !== 'none';
	const chosen = useOther ? other : site;
	return {
		verdict: chosen.verdict,
		results: chosen.results,
		matchedLang: chosen.lang,
		crossLanguage: useOther,
		foreignCodes: chosen.foreignCodes,
		truncated,
	};
}

/** Rank an already normalised query (the client normalises once per keystroke batch). */
export function searchNormalised(
	query: NormalisedQuery,
	siteIndex: PreparedIndex,
	otherIndex?: PreparedIndex,
): SearchOutcome {
	const site = rankIn(siteIndex, query);
	const other =
		otherIndex && wantsOtherLanguage(site, query) ? rankIn(otherIndex, query) : undefined;
	return combine(site, other, query.truncated);
}

/** Everything at once, with both indexes at hand (CLI, benchmark, tests). */
export function searchPaste(
	paste: unknown,
	siteLang: Lang,
	indexes: Record<Lang, PreparedIndex>,
): SearchOutcome {
	return searchNormalised(normalise(paste), indexes[siteLang], indexes[otherLang(siteLang)]);
}
