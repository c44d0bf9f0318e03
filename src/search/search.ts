/**
 * The matcher with every file at hand, as the CLI, the benchmark and the tests call it:
 * normalise the query once, read it as a paste or as typed words, rank it in the site's
 * language and, when that is not confident, in the other language too (an English paste on the
 * French site). Results always name pages of the site's language. The page takes the same steps
 * (paste-ranking.ts, words-outcome.ts), fetching each file when it needs it.
 */
import { otherLang, type Lang } from '../i18n/languages';
import { normalise, type HtmlDecoder, type NormalisedQuery } from './normalise';
import {
	combine,
	namesPageAsWords,
	rankPaste,
	readAsWords,
	typedInOther,
	wantsOtherLanguage,
} from './paste-ranking';
import type { PreparedIndex } from './prepare';
import { rankIn } from './rank';
import { readsAsOnly } from './text-language';
import type { SearchOutcome } from './types';
import { blendPastedWords } from './words';
import { namedThenSections, wordsOutcome } from './words-outcome';

/**
 * The other language's ranking: a paste against its files; typed words against its messages, not
 * its steps, unless they name another error there.
 */
function rankOther(index: PreparedIndex, query: NormalisedQuery) {
	const messages = rankIn(index, query);
	const ranked = rankPaste(index, query, blendPastedWords, messages);
	return query.typed ? typedInOther(messages, ranked) : ranked;
}

/** Rank an already normalised query (the client normalises once per keystroke batch). */
export function searchNormalised(
	query: NormalisedQuery,
	siteIndex: PreparedIndex,
	otherIndex?: PreparedIndex,
): SearchOutcome {
	const site = rankPaste(siteIndex, query, blendPastedWords);
	const other =
		otherIndex && wantsOtherLanguage(site, query, readsAsOnly)
			? rankOther(otherIndex, query)
			: undefined;
	const pasted = combine(site, other, query.truncated);
	if (readAsWords(pasted, query)) return wordsOutcome(query, siteIndex, otherIndex);
	return namesPageAsWords(pasted, query)
		? namedThenSections(pasted, wordsOutcome(query, siteIndex, otherIndex))
		: pasted;
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
