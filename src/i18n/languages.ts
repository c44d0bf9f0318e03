/** The site's languages. Every page exists in each; French is the seed's language. */
export const languages = ['fr', 'en'] as const;
export type Lang = (typeof languages)[number];

/** Language used when nothing tells us the reader's preference. */
export const defaultLang: Lang = 'en';

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The other language, for the switcher and twin checks. */
export function otherLang(lang: Lang): Lang {
	return lang === 'fr' ? 'en' : 'fr';
}

/** BCP 47 tags for `lang`, `hreflang` and `Intl`. */
export const langTags: Record<Lang, string> = { fr: 'fr', en: 'en' };

/** Picks the best site language from a browser's preference list (navigator.languages / Accept-Language). */
export function pickLang(preferences: readonly string[], fallback: Lang = defaultLang): Lang {
	for (const pref of preferences) {
		const base = pref.trim().toLowerCase().split(/[-_;]/)[0];
		if (isLang(base)) return base;
	}
	return fallback;
}
