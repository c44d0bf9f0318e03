/**
 * Fetching a language's search index with a time limit: the fetch is aborted after
 * `indexTimeoutMs()` (10 s; tests lower it through `window.kbSearchIndexTimeoutMs`), and every
 * way loading can fail is an `IndexLoadError` saying which (timeout, HTTP status, network, format),
 * so that the page can tell a load failure from a failure of the matching itself.
 */
import type { Lang } from '../../i18n/languages';

/** How long the index may take to arrive before the search gives up (retry is offered). */
export const INDEX_TIMEOUT_MS = 10_000;

declare global {
	interface Window {
		/** Test hook: a shorter index timeout (end-to-end tests of a hanging index). */
		kbSearchIndexTimeoutMs?: number;
	}
}

export function indexTimeoutMs(): number {
	const override = typeof window === 'undefined' ? undefined : window.kbSearchIndexTimeoutMs;
	return typeof override === 'number' && override > 0 ? override : INDEX_TIMEOUT_MS;
}

/**
 * Why the search did not load: its index file took too long, was refused, did not arrive, or
 * could not be read; or a part of its code did not arrive (`code`: the browser then keeps the
 * failure, and only loading the page again fetches that part).
 */
export type IndexFailure = 'timeout' | 'http' | 'network' | 'format' | 'code';

export class IndexLoadError extends Error {
	constructor(
		readonly reason: IndexFailure,
		message: string,
		/** The time limit, for `timeout`. */
		readonly timeoutMs = 0,
	) {
		super(message);
		this.name = 'IndexLoadError';
	}
}

/** The index of `lang`, or an `IndexLoadError`; never waits longer than `timeoutMs`. */
export function fetchIndex(lang: Lang, timeoutMs = indexTimeoutMs()): Promise<unknown> {
	return fetchSearchFile<unknown>(`/${lang}/search-index.json`, timeoutMs);
}

/** One of the search's JSON files, or an `IndexLoadError`; never waits longer than `timeoutMs`. */
export async function fetchSearchFile<T>(url: string, timeoutMs = indexTimeoutMs()): Promise<T> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		let response: Response;
		try {
			response = await fetch(url, { credentials: 'same-origin', signal: controller.signal });
		} catch (err) {
			if (controller.signal.aborted)
				throw new IndexLoadError('timeout', `${url}: no answer in ${timeoutMs} ms`, timeoutMs);
			throw new IndexLoadError('network', `${url}: ${(err as Error).message}`);
		}
		if (!response.ok) throw new IndexLoadError('http', `${url}: HTTP ${response.status}`);
		try {
			return (await response.json()) as T;
		} catch (err) {
			if (controller.signal.aborted)
				throw new IndexLoadError('timeout', `${url}: no answer in ${timeoutMs} ms`, timeoutMs);
			throw new IndexLoadError('format', `${url}: ${(err as Error).message}`);
		}
	} finally {
		clearTimeout(timer);
	}
}
