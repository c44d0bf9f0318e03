/**
 * The language a wording reads as, from its function words (src/search/text-language.ts): an
 * entry whose message the French article never translated may still list a French wording among
 * its variants, and each line is marked up in its own language.
 */
import { languages, type Lang } from '../i18n/languages';
import { normalise } from '../search/normalise';
import { readsAsOnly } from '../search/text-language';

/** The one language `text` reads as, or undefined (no function word, or some of both). */
export function wordingLanguage(text: string): Lang | undefined {
	const query = normalise(text);
	return languages.find((lang) => readsAsOnly(query, lang));
}

/**
 * The `lang` attribute a variant needs inside a block in `blockLang`: its own language when it
 * reads as another one, else none (it inherits the block's).
 */
export const variantLang = (text: string, blockLang: Lang): Lang | undefined => {
	const own = wordingLanguage(text);
	return own !== undefined && own !== blockLang ? own : undefined;
};
