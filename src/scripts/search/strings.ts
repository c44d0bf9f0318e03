import type { UiKey } from '../../i18n';

/**
 * The UI strings both search widgets need: their components render them into `data-strings`
 * (src/i18n/index.ts `clientStrings`) and the widgets read them back (src/scripts/strings.ts).
 * The header box fetches these alone with its first search (`/{lang}/search-strings.json`).
 */
export const searchStringKeys = [
	'search:loading',
	'search:loadFailed',
	'search:loadTimeout_one',
	'search:loadTimeout_other',
	'search:matchFailed',
	'search:checkConnection',
	'search:retry',
	'search:verdict.match',
	'search:verdict.weak',
	'search:verdict.none',
	'search:verdict.noneNearest',
	'search:count_zero',
	'search:count_one',
	'search:count_other',
	'search:crossLanguage',
	'search:foreignCodes',
	'search:truncated',
	'search:why.code',
	'search:why.phrase',
	'search:verdict.words',
	'search:why.nearCode',
	'search:kind.error',
	'search:kind.cause',
	'search:kind.solution',
	'search:kind.step',
	'search:kind.check',
	'search:stepTitle',
	'search:seeAll',
	'search:other.code',
	'search:other.phrase',
	'search:other.after',
	'search:other.message',
	'search:kind.other',
] as const satisfies readonly UiKey[];

/** The search page's: those, and the ones only its full list says (rendered into the page). */
export const pageStringKeys = [
	...searchStringKeys,
	'search:listedBelow',
	'search:verdict.next',
	'search:causes',
] as const satisfies readonly UiKey[];

export type SearchStringKey = (typeof searchStringKeys)[number];
export type SearchStrings = Record<SearchStringKey, string>;
export type PageStringKey = (typeof pageStringKeys)[number];
export type PageStrings = Record<PageStringKey, string>;
