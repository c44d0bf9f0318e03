/**
 * UI strings: one i18next instance, created once, with every namespace of both languages.
 * Namespaces are one JSON file each per language (`locales/<lang>/<ns>.json`, flat dotted
 * keys); a unit test proves French and English have the same keys.
 * Content prose never goes here: it lives in `content/`.
 */
import i18next, { type TFunction } from 'i18next';
import type { Lang } from './languages';
import enCommon from './locales/en/common.json';
import frCommon from './locales/fr/common.json';
import enSearch from './locales/en/search.json';
import frSearch from './locales/fr/search.json';
import enLinks from './locales/en/links.json';
import frLinks from './locales/fr/links.json';

export const namespaces = ['common', 'search', 'links'] as const;
export type Namespace = (typeof namespaces)[number];

export const resources = {
	en: { common: enCommon, search: enSearch, links: enLinks },
	fr: { common: frCommon, search: frSearch, links: frLinks },
} as const;

const instance = i18next.createInstance();
void instance.init({
	resources,
	lng: 'en',
	fallbackLng: false,
	ns: namespaces,
	defaultNS: 'common',
	keySeparator: false,
	nsSeparator: ':',
	// Astro escapes on output; escaping here too would double-escape.
	interpolation: { escapeValue: false },
	initAsync: false,
	returnNull: false,
});

/** The translation function of one language (keys are type-checked, see i18next.d.ts). */
export function useTranslations(lang: Lang): TFunction<Namespace[]> {
	return instance.getFixedT(lang, namespaces as unknown as Namespace[]);
}

/** A handful of strings for a client-side widget, to pass through a `data-` attribute as JSON. */
export function pickStrings<K extends string>(
	lang: Lang,
	ns: Namespace,
	keys: readonly K[],
): Record<K, string> {
	const t = instance.getFixedT(lang, ns);
	return Object.fromEntries(keys.map((k) => [k, String(t(k as never))])) as Record<K, string>;
}
