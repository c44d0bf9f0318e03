/**
 * What a page really costs, measured from the requests Chromium makes: every response body of
 * a page load (or of what an action triggers afterwards), by kind, raw and gzip (level 9, as a
 * host would serve it). Used by `npm run size` and the budget test (tests/e2e/size-budget.spec.ts).
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

export interface Bytes {
	raw: number;
	gzip: number;
}

export type Kind = 'html' | 'css' | 'js' | 'font' | 'data' | 'other';

export interface Weight {
	/** Sum per kind of response. */
	byKind: Record<Kind, Bytes>;
	total: Bytes;
	/** The paths requested, in order. */
	paths: string[];
}

const kinds: Kind[] = ['html', 'css', 'js', 'font', 'data', 'other'];

function kindOf(response: Response): Kind {
	const type = response.request().resourceType();
	const contentType = response.headers()['content-type'] ?? '';
	if (type === 'document') return 'html';
	if (type === 'stylesheet') return 'css';
	if (type === 'script') return 'js';
	if (type === 'font') return 'font';
	if (/json/.test(contentType)) return 'data';
	return 'other';
}

const bytesOf = (body: Buffer): Bytes => ({
	raw: body.length,
	gzip: body.length ? gzipSync(body, { level: 9 }).length : 0,
});

/**
 * The bytes each URL served, fetched and gzipped once per process: the site is static while it is
 * measured, and pages share most of their CSS and JS.
 */
const served = new Map<string, Promise<Bytes>>();
const bytesAt = (url: string): Promise<Bytes> => {
	let bytes = served.get(url);
	if (!bytes) {
		bytes = fetch(url).then(async (res) => bytesOf(Buffer.from(await res.arrayBuffer())));
		served.set(url, bytes);
	}
	return bytes;
};

/**
 * Records the requests `page` makes while `action` runs and until `until`, and
 * weighs what each one served: the bytes are fetched again from the same URL (Chromium does not
 * keep every body it received, and the site is static, so the bytes are the same).
 */
export async function weigh(
	page: Page,
	action: () => Promise<unknown>,
	/** Until when: the page's `load` event, or no request for 500 ms (`networkidle`). */
	until: 'load' | 'networkidle' = 'networkidle',
): Promise<Weight> {
	const seen: { kind: Kind; url: string }[] = [];
	const listener = (response: Response) => {
		if (response.status() < 300 || response.status() >= 400)
			seen.push({ kind: kindOf(response), url: response.url() });
	};
	page.on('response', listener);
	try {
		await action();
		await page.waitForLoadState(until);
	} finally {
		page.off('response', listener);
	}
	const byKind = Object.fromEntries(kinds.map((k) => [k, { raw: 0, gzip: 0 }])) as Record<
		Kind,
		Bytes
	>;
	const total = { raw: 0, gzip: 0 };
	for (const { kind, url } of seen) {
		const bytes = url.startsWith('http') ? await bytesAt(url) : { raw: 0, gzip: 0 };
		byKind[kind].raw += bytes.raw;
		byKind[kind].gzip += bytes.gzip;
		total.raw += bytes.raw;
		total.gzip += bytes.gzip;
	}
	return { byKind, total, paths: seen.map((s) => new URL(s.url).pathname) };
}

/** The kinds of page, by path. The first that matches wins. */
export const pageKinds: [string, RegExp][] = [
	['home', /^\/(en|fr)\/$/],
	['error', /^\/(en|fr)\/errors\/[^/]+\/$/],
	['cause', /^\/(en|fr)\/causes\/[^/]+\/$/],
	['matrix', /^\/(en|fr)\/matrix\/$/],
	['search', /^\/(en|fr)\/search\/$/],
	['legacy article', /^\/(en|fr)\/azure\//],
];

export const pageKind = (path: string): string =>
	pageKinds.find(([, re]) => re.test(path))?.[0] ?? 'other';

/** Content pages: they must load no search code before use. */
export const contentKinds = new Set(['home', 'error', 'cause', 'matrix', 'legacy article']);
