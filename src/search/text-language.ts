/**
 * Whether a query reads as one language alone, from its function words: a paste in the site's
 * language is matched against the site's files only (the other language's index holds the same
 * errors, causes and steps, in words such a paste does not use). The other language is read
 * whenever the text holds some of its function words, or none of either language's: a log line,
 * a bare code, a French ticket quoting an English message. Only bytes are at stake in that
 * direction; a text judged wrongly as the site's language alone would lose its cross-language
 * match, so each list holds only words that are no word of the other language.
 */
import { otherLang, type Lang } from '../i18n/languages';
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

/** Whether the query holds a function word of `lang`. */
const holdsWordsOf = (query: NormalisedQuery, lang: Lang): boolean =>
	query.phrases.some((phrase) => phrase.words.some((word) => functionWords[lang].has(word)));

/** True when the query holds function words of `lang` and none of the other language's. */
export const readsAsOnly = (query: NormalisedQuery, lang: Lang): boolean =>
	holdsWordsOf(query, lang) && !holdsWordsOf(query, otherLang(lang));
