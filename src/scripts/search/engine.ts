/**
 * The matcher in the browser: loads the first index file of the site's language on first use;
 * the second file for typed words or a paste with no confident match; the other language's
 * first file only when the site's gives no confident match; Fuse.js and the HTML-entity table
 * only for a query that needs them. Same modules as the CLI and the benchmark (src/search/). Loading has a time limit
 * (index-load.ts); a failure to load is an `IndexLoadError`, anything else thrown here is a
 * failure of the matching itself.
 */
import { otherLang, type Lang } from '../../i18n/languages';
import { normalise, type HtmlDecoder } from '../../search/normalise';
import { prepareIndex, type PreparedIndex } from '../../search/prepare';
import { useFuse } from '../../search/fuzzy';
import { needsCodeLookup, rankIn } from '../../search/rank';
import { attachSections } from '../../search/sections';
import { needsWordLookup } from '../../search/words';
import {
	combine,
	rankPaste,
	readAsWords,
	wantsOtherLanguage,
	wordsOutcome,
	wordsWantOtherLanguage,
} from '../../search/search';
import type { SearchOutcome } from '../../search/types';
import { fetchIndex, fetchSearchFile, IndexLoadError } from './index-load';

const loaded = new Map<Lang, Promise<PreparedIndex>>();
const ready = new Set<Lang>();

export function loadIndex(lang: Lang): Promise<PreparedIndex> {
	let p = loaded.get(lang);
	if (!p) {
		p = fetchIndex(lang).then((data) => {
			try {
				return prepareIndex(data);
			} catch (err) {
				throw new IndexLoadError('format', `search index: ${(err as Error).message}`);
			}
		});
		// A failed load can be retried (Retry, or the next keystroke).
		p.then(
			() => ready.add(lang),
			() => loaded.delete(lang),
		);
		loaded.set(lang, p);
	}
	return p;
}

/** Whether the index of `lang` is loaded (a search then answers without waiting for the network). */
export const indexReady = (lang: Lang): boolean => ready.has(lang);

const sectionsLoaded = new Map<Lang, Promise<PreparedIndex>>();

/** The index of a language with its second file attached (typed words). */
export function loadSections(lang: Lang): Promise<PreparedIndex> {
	let p = sectionsLoaded.get(lang);
	if (!p) {
		p = Promise.all([
			loadIndex(lang),
			fetchSearchFile<unknown>(`/${lang}/search-sections.json`),
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
		// Typed words load the second file anyway: it also tells whether they are another error's message.
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
			const index = await loadIndex(otherLang(lang));
			// Typed words read only the other language's first file: a message, not its steps.
			other = query.typed ? rankIn(index, query) : await rank(index);
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
