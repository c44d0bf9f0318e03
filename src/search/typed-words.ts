/**
 * Whether a query is typed words (`proxy`, `Logs.Verbose`, `redémarrer l’agent`) or a paste: a
 * few words on one line are typed. Kept apart from words.ts, which ranks them: every query
 * needs this, and the ranking code comes only with the files typed words or pastes load.
 */
import { looksLikeErrorCode } from './error-codes';
import { words as foldWords } from './fold';
import type { NormalisedQuery } from './normalise';
import { stopwords } from './stopwords';

/**
 * Typed queries are short: more words than this, or several lines, is a paste. French words
 * that English does without do not count: an elided article or pronoun (`l'agent`,
 * `d'exploitation`, which folding splits in two) and the articles and prepositions `de`, `du`,
 * `la`, `le`, `au`, `en`, `à` (`mise à jour de l'agent Linux échoue`). `activer la
 * journalisation détaillée de l'agent`, six words as typed, was a paste, and so was `supprimer
 * la collection de points de restauration`, whose seven words then got `none` and the page's
 * "not worded like a message" note instead of the solution that deletes the collection. Tuning
 * split unchanged (7 December). Counting every stop word of two letters out read English
 * messages as typed words too ("The VM is in failed provisioning state"), and all stop words out
 * cost the tuning split foreign `none` (a portal's "Le déploiement de modèle a échoué en raison
 * de la violation de stratégie.", then read as words).
 */
const MAX_TYPED_WORDS = 6;
const MAX_TYPED_CHARS = 80;
/**
 * French elisions (`l'`, `d'`, `qu'`… before a letter, straight or curly apostrophe), articles
 * and prepositions.
 */
const FRENCH_FUNCTION_WORD =
	/(?<!\p{L})(?:(?:qu|[cdjlmnst])['’](?=\p{L})|(?:d[eu]|l[ae]|au|en|à)(?!\p{L}))/giu;

/**
 * A text that ends in an ellipsis was cut (a portal grid's cell, a notification: `Currently Azure
 * Backup does not su...`): a message, not words someone typed.
 */
const CUT = /(?:\.{3}|…)\W*$/;

/** The folded words of a short, one-line query, or undefined when the text is a paste. */
export function typedWords(text: string): string[] | undefined {
	const trimmed = text.trim();
	if (!trimmed || trimmed.length > MAX_TYPED_CHARS || /[\r\n]/.test(trimmed) || CUT.test(trimmed))
		return undefined;
	const all = foldWords(trimmed);
	const uncounted = trimmed.match(FRENCH_FUNCTION_WORD)?.length ?? 0;
	if (all.length === 0 || all.length - uncounted > MAX_TYPED_WORDS) return undefined;
	// A letter or a digit alone (`x`, `1` of `<img src=x …(1)>`) finds everything and nothing.
	const meaningful = all.filter((w) => !stopwords.has(w) && w.length > 1);
	return meaningful.length > 0 ? meaningful : all;
}

/** Typed words that may be a short message of the other language: three or more. */
const MIN_TYPED_MESSAGE_WORDS = 3;

/** Whether the other language may be consulted for this query at all (whatever the site's ranking). */
export const mayReadOtherLanguage = (query: NormalisedQuery): boolean =>
	query.phrases.length > 0 &&
	(query.typed === undefined || query.typed.length >= MIN_TYPED_MESSAGE_WORDS);

/**
 * Typed words that may be read without the first file, before their shards say more: no word
 * shaped like an error code (other-reach.ts, `readsAlone`, decides with the shards).
 */
export const mayReadAlone = (query: NormalisedQuery): boolean =>
	query.typed !== undefined && !query.codes.some(looksLikeErrorCode);

/**
 * The share of another error's message that typed words must hold to name that error: its
 * message in full, or nearly (the last typed word may be cut). A score of `MATCH_MIN` alone let
 * "backup job already in progress" name the file shares' "A backup job is already in progress
 * for this file share" and answer `none`, though the words say nothing of a file share and our
 * error says the same thing. Tuning split: no typed query changes at 0.8 to 0.95. Here, not in
 * rank.ts, because the bound of other-messages.ts reads it too, without the paste matcher.
 */
export const TYPED_OTHER_SHARE = 0.9;
