/**
 * The matcher in the browser: loads the prebuilt index of the site's language on first use,
 * and the other language's only when a paste does not match confidently in the first.
 * Same modules as the CLI and the benchmark (src/search/).
 */
import { otherLang, type Lang } from '../../i18n/languages';
import { normalise, type HtmlDecoder } from '../../search/normalise';
import { prepareIndex, type PreparedIndex } from '../../search/prepare';
import { useFuse } from '../../search/fuzzy';
import { needsCodeLookup } from '../../search/rank';
import { attachSections } from '../../search/sections';
import { needsWordLookup } from '../../search/words';
import { rankIn } from '../../search/rank';
import {
	combine,
	rankPaste,
	readAsWords,
	wantsOtherLanguage,
	wordsOutcome,
	wordsWantOtherLanguage,
} from '../../search/search';
import type { SearchIndexData, SearchOutcome } from '../../search/types';

const loaded = new Map<Lang, Promise<PreparedIndex>>();

export function loadIndex(lang: Lang): Promise<PreparedIndex> {
	let p = loaded.get(lang);
	if (!p) {
		p = fetch(`/${lang}/search-index.json`, { credentials: 'same-origin' })
			.then((r) => {
				if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
				return r.json() as Promise<SearchIndexData>;
			})
			.then((data) => prepareIndex(data));
		// A failed load can be retried on the next keystroke.
		p.catch(() => loaded.delete(lang));
		loaded.set(lang, p);
	}
	return p;
}

const sectionsLoaded = new Map<Lang, Promise<PreparedIndex>>();

/** The index of a language with its second file attached (typed words). */
export function loadSections(lang: Lang): Promise<PreparedIndex> {
	let p = sectionsLoaded.get(lang);
	if (!p) {
		p = Promise.all([
			loadIndex(lang),
			fetch(`/${lang}/search-sections.json`, { credentials: 'same-origin' }).then((r) => {
				if (!r.ok) throw new Error(`search sections: HTTP ${r.status}`);
				return r.json() as Promise<unknown>;
			}),
		]).then(([index, more]) => {
			if (!index.sections) attachSections(index, more);
			return index;
		});
		p.catch(() => sectionsLoaded.delete(lang));
		sectionsLoaded.set(lang, p);
	}
	return p;
}

export interface PageOutcome extends SearchOutcome {
	/** The index of the site's language: titles, kinds and cause lists of the results. */
	site: PreparedIndex;
}

/** Named HTML entities beyond the common ones: the full table (about 20 KB) loads only for such a paste. */
async function htmlDecoder(paste: string): Promise<HtmlDecoder | undefined> {
	if (!/&[A-Za-z][A-Za-z0-9]{1,31};/.test(paste)) return undefined;
	try {
		return (await import('entities/decode')).decodeHTML;
	} catch {
		return undefined;
	}
}

/** Fuse.js, fetched the first time a query needs a fuzzy lookup (see src/search/fuzzy.ts). */
let fuseLoaded: Promise<void> | undefined;
function loadFuse(): Promise<void> {
	fuseLoaded ??= import('fuse.js/basic').then((m) => useFuse(m.default));
	fuseLoaded.catch(() => (fuseLoaded = undefined));
	return fuseLoaded;
}

export async function searchPaste(paste: string, lang: Lang): Promise<PageOutcome> {
	const pending = loadIndex(lang);
	const query = normalise(paste, await htmlDecoder(paste));
	// Typed words will need the second file: fetch it with the first.
	if (query.typed) loadSections(lang).catch(() => undefined);
	const site = await pending;
	if (needsCodeLookup(site, query.codes)) await loadFuse();
	// The same steps as searchNormalised (src/search/search.ts), except that the second file and
	// the other language's index are only fetched when they are needed.
	const rank = async (index: PreparedIndex) => {
		const first = rankIn(index, query);
		if (first.verdict === 'match') return first;
		try {
			await loadSections(index.data.lang);
		} catch {
			return first;
		}
		return rankPaste(index, query);
	};
	const first = await rank(site);
	let other;
	if (wantsOtherLanguage(first, query)) {
		try {
			other = await rank(await loadIndex(otherLang(lang)));
		} catch {
			// The other language is a bonus: without it, the site's answer stands.
		}
	}
	const pasted = combine(first, other, query.truncated);
	if (!readAsWords(pasted, query)) return { ...pasted, site };
	await loadSections(lang);
	if (site.sections && needsWordLookup(site.sections, query.typed ?? [])) await loadFuse();
	const words = wordsOutcome(query, site);
	if (words.results.length > 0 || !wordsWantOtherLanguage(query.typed ?? []))
		return { ...words, site };
	// Typed words the site's language does not have: the other language's sections, if any.
	try {
		const other = await loadSections(otherLang(lang));
		if (other.sections && needsWordLookup(other.sections, query.typed ?? [])) await loadFuse();
		return { ...wordsOutcome(query, site, other), site };
	} catch {
		return { ...words, site };
	}
}
