/**
 * The matcher in the browser: loads the first index file of the site's language on first use;
 * the second file for a paste with no confident match; for typed words, only the shards of
 * their words and the texts of their results (typed.ts); the other language's
 * first file only when the site's gives no confident match; Fuse.js and the HTML-entity table
 * only for a query that needs them. Same modules as the CLI and the benchmark (src/search/).
 * Loading has a time limit (index-load.ts); a failure to load is an `IndexLoadError`, anything
 * else thrown here is a failure of the matching itself.
 */
import { otherLang, type Lang } from '../../i18n/languages';
import { normalise, type HtmlDecoder } from '../../search/normalise';
import type { PreparedIndex } from '../../search/prepare';
import { needsCodeLookup, rankIn } from '../../search/rank';
import { mayReadAlone } from '../../search/other-reach';
import { combine, rankPaste, readAsWords, wantsOtherLanguage } from '../../search/search';
import type { SearchIndexData, SearchOutcome } from '../../search/types';
import { loadFuse, loadIndex, loadSections } from './files';
import { IndexLoadError } from './index-load';

export { searchReady as indexReady } from './files';

export interface PageOutcome extends SearchOutcome {
	/** The index of the site's language (at least its targets): titles, kinds and cause lists of the results. */
	site: { data: SearchIndexData };
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

/** The typed words' code, fetched the first time typed words need it; failing to load it is failing to load the search. */
let typedCode: Promise<typeof import('./typed')> | undefined;
const loadTypedCode = () => {
	typedCode ??= import('./typed').catch((err: unknown) => {
		typedCode = undefined;
		throw new IndexLoadError('network', `search code: ${(err as Error).message}`);
	});
	return typedCode;
};

/** A query that may be typed words (`typedWords`): short, one line. Anything else is a paste. */
const mayBeTyped = (text: string) => text.trim().length <= 80 && !/[\r\n]/.test(text.trim());

export async function searchPaste(paste: string, lang: Lang): Promise<PageOutcome> {
	// A paste fetches the first file at once; typed words may not need it.
	const pending = mayBeTyped(paste) ? undefined : loadIndex(lang);
	const query = normalise(paste, await htmlDecoder(paste));
	// Typed words with no code, too few to be another language's message, that cannot be one of
	// our messages or another error's either, are words: their sections, without the first file.
	// (Typed words need their own code, typed.ts, which a paste does not load.)
	if (mayReadAlone(query)) {
		const alone = await (await loadTypedCode()).typedAlone(query, lang);
		if (alone) return alone;
	}
	const site = await (pending ?? loadIndex(lang));
	if (needsCodeLookup(site, query.codes)) await loadFuse();
	// The same steps as searchNormalised (src/search/search.ts), except that the second file and
	// the other language's index are only fetched when they are needed.
	const rank = async (index: PreparedIndex) => {
		const first = rankIn(index, query);
		if (first.verdict === 'match') return first;
		// Typed words read the second file only when they may be another error's message.
		if (query.typed && !(await (await loadTypedCode()).typedMayNameOther(index.data.lang, query)))
			return first;
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
	return { ...(await (await loadTypedCode()).typedOutcome(query, lang)), site };
}
