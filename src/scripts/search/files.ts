/**
 * The search's files in the page, each fetched once per language and kept: the first index
 * file (every query), the second file (a paste with no confident match), and Fuse.js (a query
 * that needs a fuzzy lookup). A failed load is forgotten, so Retry or the next keystroke tries
 * again.
 */
import type { Lang } from '../../i18n/languages';
import { useFuse, useNearCode } from '../../search/fuzzy';
import { decodeIndexFile } from '../../search/index-codec';
import type { OtherCodes } from '../../search/foreign-codes';
import type { PreparedIndex } from '../../search/prepare';
import type { SearchOutcome } from '../../search/types';
import { fetchIndex, fetchSearchFile, IndexLoadError, indexTimeoutMs } from './index-load';
import type { SearchStrings } from './strings';

const loaded = new Map<Lang, Promise<PreparedIndex>>();
const ready = new Set<Lang>();

export function loadIndex(lang: Lang): Promise<PreparedIndex> {
	let p = loaded.get(lang);
	if (!p) {
		p = Promise.all([fetchIndex(lang), loadPrepare()]).then(([data, { prepareIndex }]) => {
			try {
				return prepareIndex(decodeIndexFile(data));
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

/** Whether the first index file of `lang` is loaded. */
export const indexReady = (lang: Lang): boolean => ready.has(lang);

const wordsReady = new Set<Lang>();

/** Typed words' index of `lang` is loaded (typed.ts): typed words answer without the first file. */
export const markWordsReady = (lang: Lang): void => void wordsReady.add(lang);

/** Whether a search of `lang` can answer without waiting for an index (a loading note is not needed). */
export const searchReady = (lang: Lang): boolean => ready.has(lang) || wordsReady.has(lang);

const sectionsLoaded = new Map<Lang, Promise<PreparedIndex>>();

/** The index of a language with its second file attached (a paste with no confident match). */
export function loadSections(lang: Lang): Promise<PreparedIndex> {
	let p = sectionsLoaded.get(lang);
	if (!p) {
		p = Promise.all([
			loadIndex(lang),
			fetchSearchFile<unknown>(`/${lang}/search-sections.json`),
			// Building the sections is code a typed query does not need: it comes with the file.
			import('../../search/prepare-sections'),
		]).then(([index, more, { attachSectionsFile }]) => {
			if (!index.sections) attachSectionsFile(index, more);
			return index;
		});
		p.catch(() => sectionsLoaded.delete(lang));
		sectionsLoaded.set(lang, p);
	}
	return p;
}

/**
 * A part of the search's code, fetched the first time it is needed; failing to load it is
 * failing to load the search (`code`: Chromium keeps a module that failed to load, so a retry in
 * the same page fails again, and Retry loads the page again, see failure.ts).
 */
function codeLoader<T>(load: () => Promise<T>): () => Promise<T> {
	let loaded: Promise<T> | undefined;
	return () =>
		(loaded ??= load().catch((err: unknown) => {
			loaded = undefined;
			throw new IndexLoadError('code', `search code: ${(err as Error).message}`);
		}));
}

/** The typed words' code (typed.ts), which also ranks a paste's words over the sections. */
export const loadTypedCode = codeLoader(() => import('./typed'));

/** The paste matcher (paste.ts): every query but typed words read alone. */
export const loadPasteCode = codeLoader(() => import('./paste'));
/**
 * What reads the first file (its vocabulary, the phrases' likeness): a paste needs it, and typed
 * words that may be a message; typed words read from their shards alone do not load it.
 */
const loadPrepare = codeLoader(() => import('../../search/prepare'));

/** Fuse.js, fetched the first time a query needs a fuzzy lookup (see src/search/fuzzy.ts). */
export const loadFuse = codeLoader(() => import('fuse.js/basic').then((m) => useFuse(m.default)));
/** Fuse.js and the near-code lookup, for a paste with a code-shaped word not in the index. */
export const loadCodeLookup = codeLoader(() =>
	Promise.all([loadFuse(), import('../../search/near-code')]).then(([, m]) =>
		useNearCode(m.nearCode),
	),
);

let otherCodes: Promise<OtherCodes | undefined> | undefined;
/** The links are a bonus: the answer waits for them this long at most. */
const OTHER_CODES_TIMEOUT_MS = 3_000;

/**
 * The catalogue's codes (`/search-other-codes.json`, one file for both languages), fetched once:
 * the foreign-code note links them, and typed words with a code ask them (typed.ts). Undefined
 * when they did not load, tried again by the next search.
 */
export const loadOtherCodes = (): Promise<OtherCodes | undefined> =>
	(otherCodes ??= fetchSearchFile<OtherCodes>(
		'/search-other-codes.json',
		Math.min(OTHER_CODES_TIMEOUT_MS, indexTimeoutMs()),
	).catch(() => (otherCodes = undefined)));

/**
 * The note naming the codes of errors the site does not cover (foreign-note.ts), with the
 * catalogue's codes to link them to their entries: without the codes (they did not load, tried
 * again by the next search), the note names them unlinked; without its code, no note.
 */
export async function loadForeignNote(
	outcome: Pick<SearchOutcome, 'foreignCodes' | 'other'>,
	lang: Lang,
): Promise<((strings: SearchStrings) => HTMLElement) | undefined> {
	const [note, codes] = await Promise.all([
		import('./foreign-note').catch(() => undefined),
		loadOtherCodes(),
	]);
	return note?.foreignNote(outcome, lang, codes);
}
