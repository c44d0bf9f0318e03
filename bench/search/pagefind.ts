/**
 * The Pagefind baseline: Pagefind (the npm package ships its binary) indexes the built error
 * and cause pages (their `<main>`, as Starlight indexes its content), then each item is searched
 * with Pagefind's own client, in Chromium, as a Starlight site would. A result's place is its
 * best sub-result (the heading with the most hits), mapped to our keys by its URL.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import * as pagefind from 'pagefind';
import { chromium, type Page } from 'playwright-core';
import { findChromium, launchOptions } from '../../scripts/chromium.ts';
import type { Answer, RealItem } from './real-corpus';

const types: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.css': 'text/css',
};

/** `/fr/causes/x/#sol--step` → `step:sol--step`; `#sol` → `solution:sol`; no hash → the page. */
export function keyOfUrl(url: string, solutionIds: ReadonlySet<string>): string | undefined {
	const m = /^\/(?:en|fr)\/(errors|causes)\/([^/]+)\/(?:#(.+))?$/.exec(url);
	if (!m) return undefined;
	const [, collection, id, hash] = m;
	if (hash?.includes('--') && solutionIds.has(hash.split('--')[0]!)) return `step:${hash}`;
	if (hash && solutionIds.has(hash)) return `solution:${hash}`;
	return `${collection === 'errors' ? 'error' : 'cause'}:${id}`;
}

/** Pagefind's index of the built pages, served beside a blank page per language (`/bench-{lang}.html`). */
export interface PagefindSite {
	base: string;
	close(): void;
}

/** Indexes the built error and cause pages with Pagefind and serves the result on 127.0.0.1. */
export async function servePagefind(site: string): Promise<PagefindSite> {
	const out = mkdtempSync(join(tmpdir(), 'pagefind-'));
	try {
		const { index } = await pagefind.createIndex({ rootSelector: 'main' });
		if (!index) throw new Error('pagefind: no index');
		await index.addDirectory({ path: site, glob: '{en,fr}/{errors,causes}/**/*.html' });
		await index.writeFiles({ outputPath: join(out, 'pagefind') });
		await pagefind.close();
	} catch (err) {
		rmSync(out, { recursive: true, force: true });
		throw err;
	}
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
		const lang = /^\/bench-(en|fr)\.html$/.exec(path)?.[1];
		if (lang) {
			res.writeHead(200, { 'Content-Type': 'text/html' });
			res.end(`<!doctype html><html lang="${lang}"><title>pagefind bench</title></html>`);
			return;
		}
		const file = normalize(join(out, path));
		if (!file.startsWith(out) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
		res.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => {
			server.close();
			rmSync(out, { recursive: true, force: true });
		},
	};
}

/** In a page at `/bench-{lang}.html`: Pagefind's client searches `text`; the URLs of its first 5 results' best sub-results. */
export const pagefindSearch = (page: Page, text: string): Promise<string[]> =>
	page.evaluate(async (text) => {
		type Sub = { url: string; locations: number[] };
		type Pagefind = {
			init(): Promise<void>;
			search(q: string): Promise<{
				results: { data(): Promise<{ url: string; sub_results: Sub[] }> }[];
			} | null>;
		};
		const g = globalThis as unknown as { pf?: Pagefind };
		if (!g.pf) {
			g.pf = (await import('/pagefind/pagefind.js' as string)) as Pagefind;
			await g.pf.init();
		}
		const found = await g.pf.search(text);
		const pages = await Promise.all((found?.results ?? []).slice(0, 5).map((r) => r.data()));
		return pages.map((d) => {
			const best = [...d.sub_results].sort((a, b) => b.locations.length - a.locations.length)[0];
			return best?.url ?? d.url;
		});
	}, text);

export async function pagefindAnswers(
	site: string,
	items: readonly RealItem[],
	solutionIds: ReadonlySet<string>,
): Promise<{ answers: Map<string, Answer>; indexBytes: number }> {
	const served = await servePagefind(site);
	const browser = await chromium.launch(launchOptions(await findChromium()));
	const answers = new Map<string, Answer>();
	let indexBytes = 0;
	try {
		for (const lang of ['en', 'fr'] as const) {
			const page = await browser.newPage();
			page.on('response', (r) => {
				if (r.url().includes('/pagefind/'))
					void r
						.body()
						.then((b) => (indexBytes += lang === 'en' ? b.length : 0))
						.catch(() => undefined);
			});
			await page.goto(`${served.base}/bench-${lang}.html`);
			for (const item of items.filter((i) => i.lang === lang)) {
				const urls = await pagefindSearch(page, item.text);
				const keys = urls.flatMap((u) => keyOfUrl(u, solutionIds) ?? []);
				answers.set(item.id, { keys, verdict: keys.length > 0 ? 'weak' : 'none' });
			}
			await page.close();
		}
	} finally {
		await browser.close();
		served.close();
	}
	return { answers, indexBytes };
}
