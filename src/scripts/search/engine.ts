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
import { combine, rankPaste, readAsWords, wantsOtherLanguage } from '../../search/search';
import type { SearchOutcome } from '../../search/types';
import { loadFuse, loadIndex, loadSections } from './files';
import { IndexLoadError } from './index-load';

export { indexReady } from './files';

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

/** The typed words' code; failing to load it is failing to load the search. */
const loadTypedCode = () =>
	import('./typed').catch((err: unknown) => {
		throw new IndexLoadError('network', `search code: ${(err as Error).message}`);
	});

export async function searchPaste(paste: string, lang: Lang): Promise<PageOutcome> {
	const pending = loadIndex(lang);
	const query = normalise(paste, await htmlDecoder(paste));
	// Typed words need their own code (typed.ts, which a paste does not load) and their shards:
	// fetch them with the first file.
	const typed = query.typed ? loadTypedCode() : undefined;
	if (query.typed) typed?.then((m) => m.prefetchWords(lang, query.typed!)).catch(() => undefined);
	const site = await pending;
	if (needsCodeLookup(site, query.codes)) await loadFuse();
	// The same steps as searchNormalised (src/search/search.ts), except that the second file and
	// the other language's index are only fetched when they are needed.
	const rank = async (index: PreparedIndex) => {
		const first = rankIn(index, query);
		if (first.verdict === 'match') return first;
		// Typed words read the second file only when they may be another error's message.
		if (typed && !(await (await typed).typedMayNameOther(index.data.lang, query))) return first;
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
	return { ...(await (await (typed ?? loadTypedCode())).typedOutcome(query, lang)), site };
}
