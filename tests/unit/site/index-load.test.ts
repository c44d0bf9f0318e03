/**
 * Loading the search index in the browser, with `fetch` stubbed: a hanging server times out with
 * an `IndexLoadError` (no endless wait), each way of failing is named, and a failure of the
 * matching is told apart from a failure to load.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	fetchIndex,
	IndexLoadError,
	INDEX_TIMEOUT_MS,
} from '../../../src/scripts/search/index-load';
import { describeFailure } from '../../../src/scripts/search/failure';
import { searchStringKeys, type SearchStrings } from '../../../src/scripts/search/strings';
import { clientStrings } from '../../../src/i18n';

const strings = JSON.parse(clientStrings('en', searchStringKeys)) as SearchStrings;

/** A fetch that never answers, but gives up when its signal aborts (as a browser's does). */
const hangingFetch = (_url: string, init?: RequestInit) =>
	new Promise<Response>((_, reject) => {
		init?.signal?.addEventListener('abort', () =>
			reject(new DOMException('aborted', 'AbortError')),
		);
	});

afterEach(() => vi.unstubAllGlobals());

describe('fetchIndex', () => {
	it('gives up on a hanging server after its time limit', async () => {
		vi.stubGlobal('fetch', hangingFetch);
		const start = performance.now();
		const error = await fetchIndex('en', 200).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(IndexLoadError);
		expect((error as IndexLoadError).reason).toBe('timeout');
		expect(performance.now() - start).toBeLessThan(2_000);
		expect(INDEX_TIMEOUT_MS).toBe(10_000);
	});

	it('names an HTTP error, a network error and a bad body', async () => {
		vi.stubGlobal('fetch', async () => new Response('nope', { status: 503 }));
		await expect(fetchIndex('en', 1_000)).rejects.toMatchObject({ reason: 'http' });
		vi.stubGlobal('fetch', async () => {
			throw new TypeError('Failed to fetch');
		});
		await expect(fetchIndex('en', 1_000)).rejects.toMatchObject({ reason: 'network' });
		vi.stubGlobal('fetch', async () => new Response('{', { status: 200 }));
		await expect(fetchIndex('en', 1_000)).rejects.toMatchObject({ reason: 'format' });
	});
});

describe('describeFailure', () => {
	it('a timeout says how long it waited, and never that every error is listed', () => {
		const f = describeFailure(new IndexLoadError('timeout', 'x', 10_000), strings, 'en');
		expect(f).toMatchObject({ loading: true });
		expect(f.text).toMatch(/did not load within 10 seconds/);
		expect(f.text).not.toMatch(/listed below/);
		const one = describeFailure(new IndexLoadError('timeout', 'x', 1_000), strings, 'en');
		expect(one.text).toMatch(/within 1 second\./);
	});

	it('a part of the code that did not load asks for the page to load again; a file does not', () => {
		const code = describeFailure(new IndexLoadError('code', 'x'), strings, 'en');
		expect(code).toMatchObject({ loading: true, reload: true });
		expect(code.text).toMatch(/could not be loaded/);
		expect(describeFailure(new IndexLoadError('network', 'x'), strings, 'en').reload).toBe(false);
	});

	it('a matching failure is logged and not called a load failure', () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const f = describeFailure(new RangeError('Maximum call stack size exceeded'), strings, 'en');
		expect(f.loading).toBe(false);
		expect(f.text).not.toMatch(/could not be loaded/);
		expect(log).toHaveBeenCalledOnce();
		log.mockRestore();
	});
});
