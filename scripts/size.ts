/**
 * What each kind of page ships, measured in Chromium from the requests it really makes
 * (scripts/page-weight.ts): the heaviest page of each kind before any interaction, and what the
 * first search pulls (code and index) on an error page. Serves dist/ with `astro preview`.
 *
 *   npm run build && npm run size     a table (KB, raw / gzip)
 *   npm run size -- --json            the same figures as JSON
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { describeChromium, findChromium, launchOptions } from './chromium.ts';
import { pageKind, weigh, type Bytes, type Weight } from './page-weight.ts';
import { startPreview } from './preview-server.ts';

const { values: options } = parseArgs({
	options: {
		json: { type: 'boolean', default: false },
		port: { type: 'string', default: '4338' },
	},
});

const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

const server = await startPreview(Number(options.port));
const choice = await findChromium();
const browser = await chromium.launch(launchOptions(choice));
const heaviest = new Map<string, { path: string; count: number; weight: Weight }>();
let firstSearch: Weight | undefined;
try {
	for (const path of paths) {
		// A new context for each page: an empty cache, as on a first visit.
		const page = await browser.newPage();
		const weight = await weigh(page, () => page.goto(server.url + path));
		await page.context().close();
		const kind = pageKind(path);
		const current = heaviest.get(kind);
		if (!current || weight.total.gzip > current.weight.total.gzip)
			heaviest.set(kind, { path, count: (current?.count ?? 0) + 1, weight });
		else current.count += 1;
	}
	const errorPath = paths.find((p) => pageKind(p) === 'error');
	if (errorPath) {
		const page = await browser.newPage();
		await page.goto(server.url + errorPath);
		await page.waitForLoadState('networkidle');
		firstSearch = await weigh(page, async () => {
			await page.locator('#header-search-input').focus();
			await page.keyboard.type('UserErrorGuestAgentStatusUnavailable');
			await page.waitForTimeout(500);
		});
	}
} finally {
	await browser.close();
	server.stop();
}

const rows = [...heaviest.entries()].map(([kind, v]) => ({ kind, ...v }));
if (options.json) {
	console.log(JSON.stringify({ browser: describeChromium(choice), rows, firstSearch }, null, 2));
} else {
	const kb = (n: number) => (n / 1024).toFixed(1);
	const cell = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)}`;
	const table = [
		['kind', 'pages', 'heaviest page', 'HTML', 'CSS', 'JS', 'fonts', 'total'],
		...rows.map((r) => [
			r.kind,
			String(r.count),
			r.path,
			cell(r.weight.byKind.html),
			cell(r.weight.byKind.css),
			cell(r.weight.byKind.js),
			cell(r.weight.byKind.font),
			cell(r.weight.total),
		]),
	];
	const widths = table[0]!.map((_, i) => table.reduce((w, row) => Math.max(w, row[i]!.length), 0));
	const line = (row: string[]) =>
		row.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	console.log(`${describeChromium(choice)}\n`);
	console.log(`${paths.length} pages; KB raw / gzip of every response before any interaction.\n`);
	console.log(line(table[0]!));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of table.slice(1)) console.log(line(row));
	if (firstSearch)
		console.log(
			`\nFirst search on an error page pulls ${cell(firstSearch.total)} KB: ${firstSearch.paths.join(', ')}`,
		);
}
