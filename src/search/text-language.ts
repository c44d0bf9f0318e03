/**
 * Whether a query reads as one language alone, from its function words: a paste in the site's
 * language is matched against the site's files only (the other language's index holds the same
 * errors, causes and steps, in words such a paste does not use). The other language is read
 * whenever the text holds some of its function words, or none of either language's: a log line,
 * a bare code, a French ticket quoting an English message. Only bytes are at stake in that
 * direction; a text judged wrongly as the site's language alone would lose its cross-language
 * match, so each list holds only words that are no word of the other language.
 */
import type { Lang } from '../i18n/languages';
import type { NormalisedQuery } from './normalise';

/** Frequent function words of each language (folded), none of them a word of the other. */
const functionWords: Record<Lang, ReadonlySet<string>> = {
	en: new Set(
		(
			'the and is are was were to of with for not this that be been has have could cannot ' +
			'your you please it in from by will would should which when there their what does did'
		).split(' '),
	),
	fr: new Set(
		(
			'le la les des du de est une un pas pour avec dans sur que qui au aux votre vous peut ne ' +
			'cette ce sont ete etre et il elle nous leur ses mais'
		).split(' '),
	),
};

/** How many function words of `lang` the query holds, counting up to `enough`. */
function countOf(query: NormalisedQuery, lang: Lang, enough: number): number {
	const words = functionWords[lang];
	let n = 0;
	for (const phrase of query.phrases)
		for (const word of phrase.words) if (words.has(word) && ++n >= enough) return n;
	return n;
}

/** True when the query holds function words of `lang` and none of the other language's. */
export function readsAsOnly(query: NormalisedQuery, lang: Lang): boolean {
	const other: Lang = lang === 'en' ? 'fr' : 'en';
	return countOf(query, lang, 1) > 0 && countOf(query, other, 1) === 0;
}
