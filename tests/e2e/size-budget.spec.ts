/**
 * Weight budgets, measured in Chromium from the requests each page really makes
 * (scripts/page-weight.ts; `npm run size` prints the figures). Bytes are deterministic, so
 * these are exact: the first search pulls its code and index only on use, at most 25 KB gzip;
 * a content page loads at most 5 KB gzip of JavaScript before any interaction, and none of what
 * the search pulls on use; an error page loads under 38 KB gzip in total.
 */
import { expect, test, type Browser } from '@playwright/test';
import { contentKinds, pageKind, weigh } from '../../scripts/page-weight';
import { sitemapPaths } from '../support/sitemap';

const KB = 1024;
/**
 * What the first search pulls (code and index): 25 KB. A paste reads the first index file.
 * Typed words that cannot be a message or a code (`proxy`, `Remove-AzVMExtension`) read the targets alone, their own
 * code, the shards of their words and the phrases their results show; never the whole second
 * file (docs/search.md, "Bytes").
 */
/**
 * An error page carries every step of every cause inline: the heaviest (French
 * backup-internal-error, its causes' solutions with their commands) weighed 30.4 KB once the
 * proxy and agent-install commands were added, and 32.1 KB once the lock, job and VMSnapshot
 * steps got the commands Microsoft's pages give (December 2026), and 35.1 KB once the steps
 * named the portal's labels and states and gave the Azure CLI and PowerShell equivalents
 * (6 December 2026), and 36.1 KB once every step had a title (the same day), and 37.1 KB once the
 * Windows agent's reinstall steps followed the 2025 support article and the French pages listed
 * the 2025 English messages (the same day); 38 KB leaves room for a few more, not for a page that
 * loads something it should not.
 */
const budget = {
	contentJs: 5 * KB,
	errorTotal: 38 * KB,
	firstPaste: 25 * KB,
	firstWords: 25 * KB,
};
const fmt = (n: number) => `${(n / KB).toFixed(2)} KB`;
const contentPages = sitemapPaths().filter((p) => contentKinds.has(pageKind(p)));

/** A page in a new context: an empty cache, as on a first visit. */
const firstVisit = async (browser: Browser) => (await browser.newContext()).newPage();

for (const lang of ['en', 'fr']) {
	test(`the search loads on first use only, and every content page stays within budget (${lang})`, async ({
		browser,
	}) => {
		// What the first search pulls, from an error page: a pasted message, then typed words on
		// a fresh visit.
		const searchPaths = new Set<string>();
		const firstSearches = [
			['paste', 'Could not communicate with the VM agent for snapshot status', budget.firstPaste],
			['words', 'proxy', budget.firstWords],
			// One word of short cause titles: no confident match alone, so no first file either.
			['words', 'agent', budget.firstWords],
			// A long word is no code unless it is one or is shaped like one: a setting, a cmdlet.
			['words', 'Remove-AzVMExtension', budget.firstWords],
		] as const;
		const path = contentPages.find((p) => p.startsWith(`/${lang}/errors/`))!;
		for (const [kind, text, limit] of firstSearches) {
			const first = await firstVisit(browser);
			const atLoad = await weigh(first, () => first.goto(path));
			const onUse = await weigh(first, async () => {
				await first.locator('#header-search-input').fill(text);
				await first.locator('[data-verdict]').first().waitFor({ state: 'attached' });
			});
			// A paste reads the first index file; the typed words here cannot be a message: the targets alone.
			expect(onUse.paths, 'the index arrives on use').toContain(
				`/${lang}/search-${kind === 'paste' ? 'index' : 'targets'}.json`,
			);
			expect(onUse.paths, kind).not.toContain(`/${lang}/search-sections.json`);
			expect(onUse.paths.includes(`/${lang}/search-words.json`), kind).toBe(kind === 'words');
			// Which other error one or two typed words may name is asked only of words that may be a message.
			expect(onUse.paths, kind).not.toContain(`/${lang}/search-other-reach.json`);
			expect(onUse.paths.some((p) => p.startsWith(`/${lang === 'en' ? 'fr' : 'en'}/`))).toBe(false);
			expect(onUse.byKind.js.gzip, 'the search code arrives on use').toBeGreaterThan(0);
			expect(
				onUse.total.gzip,
				`first search (${kind}): ${fmt(onUse.total.gzip)}`,
			).toBeLessThanOrEqual(limit);
			expect(onUse.paths.filter((p) => atLoad.paths.includes(p))).toEqual([]);
			onUse.paths.forEach((p) => searchPaths.add(p));
			await first.context().close();
		}

		const pages = contentPages.filter((p) => p.startsWith(`/${lang}/`));
		expect(pages.filter((p) => pageKind(p) === 'error').length).toBeGreaterThan(0);
		const over: string[] = [];
		// One page with Chromium's cache switched off (DevTools' "Disable cache"): every load then
		// requests everything, as a first visit does, without a new context per page.
		const page = await browser.newPage();
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		for (const path of pages) {
			const w = await weigh(page, () => page.goto(path), 'load');
			if (w.byKind.js.gzip > budget.contentJs)
				over.push(`${path}: ${fmt(w.byKind.js.gzip)} of JS (over ${fmt(budget.contentJs)})`);
			if (pageKind(path) === 'error' && w.total.gzip >= budget.errorTotal)
				over.push(`${path}: ${fmt(w.total.gzip)} in total (at or over ${fmt(budget.errorTotal)})`);
			// What this language's first searches pull, and either language's index files.
			const early = w.paths.filter(
				(p) =>
					searchPaths.has(p) ||
					/\/search-(index|sections|targets|words|texts|others|other-reach|synonyms)\b/.test(p),
			);
			if (early.length) over.push(`${path}: loads search code or index: ${early.join(', ')}`);
		}
		await page.context().close();
		expect(over).toEqual([]);
	});
}
