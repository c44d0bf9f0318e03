/**
 * The matcher in the browser: loads the prebuilt index of the site's language on first use,
 * and the other language's only when a paste does not match confidently in the first.
 * Same modules as the CLI and the benchmark (src/search/). Loading has a time limit
 * (index-load.ts); a failure to load is an `IndexLoadError`, anything else thrown here is a
 * failure of the matching itself.
 */
import { otherLang, type Lang } from '../../i18n/languages';
import { normalise } from '../../search/normalise';
import { prepareIndex, type PreparedIndex } from '../../search/prepare';
import { rankIn } from '../../search/rank';
import { combine, wantsOtherLanguage } from '../../search/search';
import type { SearchOutcome } from '../../search/types';
import { fetchIndex, IndexLoadError } from './index-load';

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

export interface PageOutcome extends SearchOutcome {
	/** The index of the site's language: titles, kinds and cause lists of the results. */
	site: PreparedIndex;
}

export async function searchPaste(paste: string, lang: Lang): Promise<PageOutcome> {
	const site = await loadIndex(lang);
	const query = normalise(paste);
	const first = rankIn(site, query);
	let other;
	// The same steps as searchNormalised (src/search/search.ts), except that the other language's
	// index is only fetched when it is needed.
	if (wantsOtherLanguage(first, query)) {
		try {
			other = rankIn(await loadIndex(otherLang(lang)), query);
		} catch {
			// The other language is a bonus: without it, the site's answer stands.
		}
	}
	return { ...combine(first, other, query.truncated), site };
}
