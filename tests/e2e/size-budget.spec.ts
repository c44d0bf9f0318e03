/**
 * Weight budgets, against the built site. Bytes are deterministic, so these are exact:
 * a content page loads at most 5 KB gzip of JavaScript before any interaction, an error page
 * under 30 KB gzip in total (HTML + CSS + JS), the search index at most 10 KB gzip per language,
 * and content pages load no search code or index until the search is used (seen in Chromium).
 * The figures come from scripts/size.mjs (`npm run size` prints them all).
 */
import { expect, test } from '@playwright/test';
import { kindOf, pageWeight, searchIndexes, siteFiles } from '../../scripts/size.mjs';

const KB = 1024;
const budget = { contentJs: 5 * KB, errorTotal: 30 * KB, index: 10 * KB };

const pages: string[] = siteFiles('dist').filter((p) => p.endsWith('.html'));
const contentKinds = new Set(['home', 'error', 'cause', 'matrix', 'legacy article']);
const fmt = (n: number) => `${(n / KB).toFixed(2)} KB`;

test('content pages load at most 5 KB gzip of JavaScript before any interaction', () => {
	const content = pages.filter((p) => contentKinds.has(kindOf(p)));
	expect(content.length).toBeGreaterThan(0);
	const over = content
		.map((p) => pageWeight(p, 'dist'))
		.filter((w) => w.js.gzip > budget.contentJs)
		.map((w) => `${w.path}: ${fmt(w.js.gzip)} of JS (${w.files.js.join(', ')})`);
	expect(over, `over ${fmt(budget.contentJs)}`).toEqual([]);
});

test('an error page loads under 30 KB gzip in total (HTML + CSS + JS)', () => {
	const errors = pages.filter((p) => kindOf(p) === 'error');
	expect(errors.length).toBeGreaterThan(0);
	const over = errors
		.map((p) => pageWeight(p, 'dist'))
		.filter((w) => w.total.gzip >= budget.errorTotal)
		.map((w) => `${w.path}: ${fmt(w.total.gzip)}`);
	expect(over, `at or over ${fmt(budget.errorTotal)}`).toEqual([]);
});

test('the search index is at most 10 KB gzip per language', () => {
	for (const lang of ['en', 'fr']) {
		const path = `dist/${lang}/search-index.json`;
		const found = searchIndexes('dist').filter((i) => i.path.startsWith(`/${lang}/`));
		expect(found.length, `a search index for ${lang} (expected ${path})`).toBeGreaterThan(0);
		for (const i of found) expect(i.gzip, `${i.path} gzip`).toBeLessThanOrEqual(budget.index);
	}
});

test('content pages load no search code or index until the search is used', async ({ page }) => {
	const path = '/en/errors/guest-agent-status-unavailable/';
	// The search's code: what the page's scripts import only dynamically (scripts/size.mjs). A small
	// loader in the header (the `/` shortcut, focus listener) is allowed and counts in the 5 KB.
	const lazy = new Set(pageWeight(`${path}index.html`, 'dist').lazy);
	expect(lazy.size, 'the header search loads its code with a dynamic import()').toBeGreaterThan(0);
	const requests: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	const atLoad = new Set(requests);
	const early = [...atLoad].filter((p) => lazy.has(p) || /search-index\.json$/.test(p));
	expect(early, 'search code or index loaded with the page').toEqual([]);

	// Use the search: focus the header box, type a code. Its code and index arrive now.
	await page.locator('#header-search-input').focus();
	await page.keyboard.type('UserErrorGuestAgent');
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	const onUse = requests.filter((p) => !atLoad.has(p));
	expect(
		onUse.some((p) => /search-index\.json$/.test(p)),
		`the index arrives on use (got ${onUse.join(', ')})`,
	).toBe(true);
	expect(
		onUse.some((p) => lazy.has(p)),
		`the search code arrives on use (got ${onUse.join(', ')})`,
	).toBe(true);
});
