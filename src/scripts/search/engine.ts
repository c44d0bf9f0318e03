/**
 * The matcher in the browser: normalises the query, then loads what it needs. A paste: the
 * paste matcher (paste.ts) and the first index file of the site's language; the second file
 * for a paste with no confident match. Typed words: their own code and only the shards of
 * their words and the texts of their results (typed.ts); the other language's
 * first file only when the site's gives no confident match; Fuse.js and the HTML-entity table
 * only for a query that needs them. Same modules as the CLI and the benchmark (src/search/).
 * Loading has a time limit (index-load.ts); a failure to load is an `IndexLoadError`, anything
 * else thrown here is a failure of the matching itself.
 */
import type { Lang } from '../../i18n/languages';
import { namesForeignCodes } from '../../search/foreign-codes';
import { normalise, type HtmlDecoder } from '../../search/normalise';
import { mayReadAlone } from '../../search/typed-words';
import type { SearchIndexData, SearchOutcome } from '../../search/types';
import { loadForeignNote, loadIndex, loadPasteCode, loadTypedCode } from './files';
import type { SearchStrings } from './strings';

export { searchReady as indexReady } from './files';

export interface PageOutcome extends SearchOutcome {
	/** The index of the site's language (at least its targets): titles, kinds and cause lists of the results. */
	site: { data: SearchIndexData };
	/**
	 * The note naming the codes of errors the site does not cover, each linked to its entry when
	 * the catalogue lists it: made only for an outcome that names one (foreign-note.ts).
	 */
	foreignNote?: ((strings: SearchStrings) => HTMLElement) | undefined;
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

/** A query that may be typed words (`typedWords`): short, one line. Anything else is a paste. */
const mayBeTyped = (text: string) => text.trim().length <= 80 && !/[\r\n]/.test(text.trim());

export async function searchPaste(paste: string, lang: Lang): Promise<PageOutcome> {
	// A paste fetches the first file and the matcher at once; typed words may need neither.
	const pending = mayBeTyped(paste) ? undefined : Promise.all([loadIndex(lang), loadPasteCode()]);
	const query = normalise(paste, await htmlDecoder(paste));
	// Typed words with no code, too few to be another language's message, that cannot be one of
	// our messages or another error's either, are words: their sections, without the first file.
	// (Typed words need their own code, typed.ts, which a paste does not load.)
	if (mayReadAlone(query)) {
		const alone = await (await loadTypedCode()).typedAlone(query, lang);
		if (alone) return alone;
	}
	const [site, code] = await (pending ?? Promise.all([loadIndex(lang), loadPasteCode()]));
	const outcome = await code.pasteOutcome(query, site);
	// A code of another error beside the answer: named, and linked to its entry when listed.
	return namesForeignCodes(outcome)
		? { ...outcome, foreignNote: await loadForeignNote(outcome, lang) }
		: outcome;
}
