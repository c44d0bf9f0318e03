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
import enGuided from './locales/en/guided.json';
import frGuided from './locales/fr/guided.json';
import enOs from './locales/en/os.json';
import frOs from './locales/fr/os.json';
import enTicket from './locales/en/ticket.json';
import frTicket from './locales/fr/ticket.json';
import enNotFound from './locales/en/not-found.json';
import frNotFound from './locales/fr/not-found.json';

/**
 * One namespace per part of the interface: `common` (layout, pages), `search` (the search
 * widgets), `links` (copy-link controls, redirect pages, the article view), `guided` (the guided
 * walk), `os` (the guest filter), `ticket` ("Copy for ticket"), `notFound` (the 404 page).
 */
export const namespaces = [
	'common',
	'search',
	'links',
	'guided',
	'os',
	'ticket',
	'notFound',
] as const;
export type Namespace = (typeof namespaces)[number];

export const resources = {
	en: {
		common: enCommon,
		search: enSearch,
		links: enLinks,
		guided: enGuided,
		os: enOs,
		ticket: enTicket,
		notFound: enNotFound,
	},
	fr: {
		common: frCommon,
		search: frSearch,
		links: frLinks,
		guided: frGuided,
		os: frOs,
		ticket: frTicket,
		notFound: frNotFound,
	},
} as const;

type Resources = (typeof resources)['en'];
/** A UI string's full key, `namespace:key`, as the English resources define it. */
export type UiKey = {
	[NS in Namespace]: `${NS}:${Extract<keyof Resources[NS], string>}`;
}[Namespace];

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

/**
 * The strings a client-side widget needs, as the JSON of its `data-strings` attribute: the one
 * way UI strings reach the browser (no i18next there). The widget reads them back with
 * `readStrings` (src/scripts/strings.ts) from the same list of keys.
 */
export function clientStrings(lang: Lang, keys: readonly UiKey[]): string {
	// The raw resources: placeholders (`{{n}}`) are filled in the browser.
	const entries = keys.map((key) => {
		const [ns, name] = key.split(':') as [Namespace, string];
		const value: unknown = instance.getResource(lang, ns, name);
		if (typeof value !== 'string') throw new Error(`No UI string "${key}" in ${lang}.`);
		return [key, value];
	});
	return JSON.stringify(Object.fromEntries(entries));
}
