/**
 * `npm run bench:search:bytes`: what the first search pulls (code and index, gzip level 9, as
 * tests/e2e/size-budget.spec.ts weighs it), in Chromium, on a first visit to an error page, for
 * every real text of the corpus (typed queries and pastes, both splits: bytes are no accuracy
 * figure, and no choice was tuned on them); beside it, Pagefind's first search of the same text
 * on a blank page (its client, WebAssembly and index chunks, as a Starlight site loads them).
 * Needs a built site (`npm run build`). `--limit N` measures the first N texts of each kind;
 * `--kind query` (or `paste`) one kind only.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { findChromium, launchOptions } from '../../scripts/chromium.ts';
import { weigh } from '../../scripts/page-weight.ts';
import { startPreview } from '../../scripts/preview-server.ts';
import { typedWords } from '../../src/search/typed-words';
import { pagefindSearch, servePagefind } from './pagefind';
import { loadReal, type RealItem } from './real-corpus';

const { values: options } = parseArgs({
	options: {
		limit: { type: 'string', default: '0' },
		kind: { type: 'string', default: 'query,paste' },
		port: { type: 'string', default: '4347' },
	},
});
const limit = Number(options.limit) || Infinity;
const KB = 1024;
const BUDGET = 25 * KB;

interface Pull {
	bytes: number;
	/** Which of our files it read: the first index file, the second, the other language's. */
	first: boolean;
	second: boolean;
	other: boolean;
}

const items = (['held-out', 'tuning'] as const).flatMap((split) =>
	loadReal(split).map((item) => ({ ...item, split })),
);
const kinds = options.kind.split(',');
const typed = kinds.includes('query')
	? items.filter((i) => i.kind === 'query').slice(0, limit)
	: [];
const pasted = kinds.includes('paste')
	? items.filter((i) => i.kind === 'paste').slice(0, limit)
	: [];

const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const errorPage = (lang: string) =>
	[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
		.map((m) => new URL(m[1]!).pathname)
		.find((p) => p.startsWith(`/${lang}/errors/`))!;

/** Runs `job` on each item, `width` at a time. */
async function eachOf<T, R>(list: readonly T[], width: number, job: (x: T) => Promise<R>) {
	const out: R[] = new Array(list.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: width }, async () => {
			while (next < list.length) {
				const k = next++;
				out[k] = await job(list[k]!);
			}
		}),
	);
	return out;
}

/** Our first search: a fresh visit to an error page, the text typed or pasted in the header box. */
async function ours(browser: Browser, base: string, item: RealItem): Promise<Pull> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(base + errorPage(item.lang));
		await page.waitForLoadState('networkidle');
		const w = await weigh(page, async () => {
			await page.locator('#header-search-input').fill(item.text);
			await page.locator('[data-verdict]').first().waitFor({ state: 'attached' });
		});
		const other = item.lang === 'en' ? 'fr' : 'en';
		return {
			bytes: w.total.gzip,
			first: w.paths.includes(`/${item.lang}/search-index.json`),
			second: w.paths.includes(`/${item.lang}/search-sections.json`),
			other: w.paths.some((p) => p.startsWith(`/${other}/search-`)),
		};
	} finally {
		await context.close();
	}
}

/** Pagefind's first search of the same text: a fresh blank page of the language, its client loaded on use. */
async function pagefind(browser: Browser, base: string, item: RealItem): Promise<number> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${base}/bench-${item.lang}.html`);
		const w = await weigh(page, () => pagefindSearch(page, item.text));
		return w.total.gzip;
	} finally {
		await context.close();
	}
}

const pct = (n: number, of: number) => `${of ? ((100 * n) / of).toFixed(0) : '–'} %`;
const kb = (b: number) => `${(b / KB).toFixed(1)} KB`;
const quantile = (xs: readonly number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};
const summary = (xs: readonly number[]) =>
	`≤ 25 KB ${xs.filter((b) => b <= BUDGET).length}/${xs.length} (${pct(xs.filter((b) => b <= BUDGET).length, xs.length)}), p50 ${kb(quantile(xs, 0.5))}, p95 ${kb(quantile(xs, 0.95))}, max ${kb(Math.max(...xs))}`;

const server = await startPreview(Number(options.port));
const served = await servePagefind('dist');
const browser = await chromium.launch(launchOptions(await findChromium()));
try {
	for (const [label, list] of [
		['typed queries', typed],
		['pastes', pasted],
	] as const) {
		if (list.length === 0) continue;
		const mine = await eachOf(list, 3, (item) => ours(browser, server.url, item));
		const theirs = await eachOf(list, 3, (item) => pagefind(browser, served.base, item));
		console.log(
			`\nFirst search, ${label} of the real corpus (${list.length}; gzip, from an error page):`,
		);
		console.log(`  ours      ${summary(mine.map((m) => m.bytes))}`);
		console.log(`  Pagefind  ${summary(theirs)}`);
		const parts: [string, (m: Pull, i: RealItem) => boolean][] =
			label === 'typed queries'
				? [
						['one or two words', (_, i) => (typedWords(i.text)?.length ?? 99) <= 2],
						['three words or more', (_, i) => (typedWords(i.text)?.length ?? 99) > 2],
					]
				: [];
		parts.push(
			['without the first file', (m) => !m.first],
			['with the first file', (m) => m.first],
			['with the second file', (m) => m.second],
			["with the other language's files", (m) => m.other],
		);
		for (const [name, keep] of parts) {
			const xs = mine.filter((m, k) => keep(m, list[k]!)).map((m) => m.bytes);
			if (xs.length) console.log(`    ${name.padEnd(32)} ${summary(xs)}`);
		}
	}
} finally {
	await browser.close();
	served.close();
	server.stop();
}
