/**
 * The full paste behind a capped search URL: a long paste travels to the search page in
 * sessionStorage (this tab only, gone when it closes), keyed by the capped `q` the URL carries
 * (src/lib/search-url-query.ts), so a reload or "See all results" finds the whole text again.
 * Storage refused or full: the capped query stands in for the paste.
 */
import type { Lang } from '../../i18n/languages';
import { urlQuery } from '../../lib/search-url-query';
import { searchUrl } from '../../lib/urls';

const storageKey = 'kb-search:paste';
/** Longest paste kept (the matcher reads at most 64,000 characters of it anyway). */
const maxStored = 1_000_000;

interface Stored {
	q: string;
	paste: string;
}

/** Keeps `paste` for the search page and returns the search URL that finds it again. */
export function handOff(lang: Lang, paste: string): string {
	const q = urlQuery(paste);
	if (!q) return searchUrl(lang);
	if (q !== paste.trim()) {
		try {
			const stored: Stored = { q, paste: paste.slice(0, maxStored) };
			sessionStorage.setItem(storageKey, JSON.stringify(stored));
		} catch {
			/* storage refused: the URL's capped query is searched instead */
		}
	}
	return searchUrl(lang, q);
}

/** The paste a search URL's `q` stands for: the stored full paste when it is this one's. */
export function pasteFor(q: string): string {
	try {
		const stored = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as Stored | null;
		if (stored && stored.q === q && typeof stored.paste === 'string') return stored.paste;
	} catch {
		/* nothing stored, or storage refused */
	}
	return q;
}
