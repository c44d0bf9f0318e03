/**
 * Which language an exact wording is in, for the `lang` attribute of a quoted message: on a
 * French page, a wording that the English twin shows (its message or a variant) is English.
 */
import type { Lang } from '../i18n/languages';

export function wordingLang(
	text: string,
	pageLang: Lang,
	englishTwin: { message: string; variants: readonly string[] } | undefined,
): Lang {
	if (pageLang === 'en' || !englishTwin) return pageLang;
	return englishTwin.message === text || englishTwin.variants.includes(text) ? 'en' : pageLang;
}
