import { fill } from '../../lib/fill';

/** The UI strings the search widgets need, rendered by the server into `data-strings` (no i18next in the browser). */
export const searchStringKeys = [
	'loading',
	'loadFailed',
	'empty',
	'verdict.match',
	'verdict.weak',
	'verdict.none',
	'count.zero',
	'count.one',
	'count.other',
	'crossLanguage',
	'foreignCodes',
	'truncated',
	'why.code',
	'why.phrase',
	'kind.error',
	'kind.cause',
	'causes',
	'seeAll',
] as const;

export type SearchStrings = Record<(typeof searchStringKeys)[number], string>;

/** Reads the strings from an element's `data-strings`; missing keys fall back to the key (never throws). */
export function readStrings(el: HTMLElement): SearchStrings {
	let parsed: Record<string, unknown> = {};
	try {
		parsed = JSON.parse(el.dataset.strings ?? '{}') as Record<string, unknown>;
	} catch {
		// A broken attribute must not break the search: fall back to the keys.
	}
	return Object.fromEntries(
		searchStringKeys.map((k) => [k, typeof parsed[k] === 'string' ? parsed[k] : k]),
	) as SearchStrings;
}

export function countText(strings: SearchStrings, n: number): string {
	return fill(
		n === 0 ? strings['count.zero'] : n === 1 ? strings['count.one'] : strings['count.other'],
		{ n },
	);
}
