/**
 * Hostile input and bad networks, in Chromium against the built site: a 100 KB paste through the
 * header box (Enter, "See all results", even when the hand-off's code cannot be fetched) and the
 * search page survives a reload without an HTTP 431 and with the same verdict; a slow index says
 * it is loading, a hanging one times out with a Retry; a failure of the matching itself is not
 * reported as a load failure; without JavaScript the search page says matching needs it; guided
 * mode shrugs off malformed fragments.
 */
import { expect, test, type Page, type Response } from '@playwright/test';
import { kb } from '../support/content';
import { watchErrors } from '../support/page-errors';

const errorId = kb.errorIds[0]!;
const message = kb.errors.en.get(errorId)!.message;
const code = kb.errors.en.get(errorId)!.codes[0]!;

/** About 100 KB: the error first, then a long agent log. */
const longPaste = [
	`Backup failed. ${message}`,
	`ErrorCode: ${code}`,
	...Array.from(
		{ length: 1_400 },
		(_, i) =>
			`2026-12-04T05:${String(i % 60).padStart(2, '0')}:00.000Z INFO ExtHandler heartbeat ${i}: goal state unchanged`,
	),
].join('\n');

/** A 100 KB log with no message of ours in it: no confident match. */
const unmatchedPaste = Array.from(
	{ length: 1_400 },
	(_, i) =>
		`2026-12-04T05:${String(i % 60).padStart(2, '0')}:00.000Z INFO ExtHandler heartbeat ${i}: goal state unchanged`,
).join('\n');

const header = (page: Page) => page.locator('#header-search-input');
const panel = (page: Page) => page.locator('form.header-search .search-panel');
const region = (page: Page) => page.locator('#search-results');
const box = (page: Page) => page.locator('#search-page-input');

/** The URL of a navigation stays far below the host's header limits, and the page answered. */
function expectServed(response: Response | null) {
	expect(response, 'a navigation happened').not.toBeNull();
	expect(response!.status(), 'no HTTP 431 (or any error)').toBeLessThan(400);
	expect(response!.url().length, 'the URL carries a capped query').toBeLessThan(3_000);
}

/** Whether the search box holds exactly `text` (compared in the page: no 100 KB diff in reports). */
const boxHolds = (page: Page, text: string) =>
	box(page).evaluate((el, t) => (el as HTMLTextAreaElement).value === t, text);

/** The search page holds the whole paste, shows `verdict`, and still does after a reload. */
async function expectKeptAcrossReload(page: Page, paste: string, verdict: string) {
	await expect(region(page)).toHaveAttribute('data-verdict', verdict);
	expect(await boxHolds(page, paste), 'the search page has the whole paste').toBe(true);
	expectServed(await page.reload());
	await expect(region(page)).toHaveAttribute('data-verdict', verdict);
	expect(await boxHolds(page, paste), 'the paste survives the reload').toBe(true);
	expect(page.url().length).toBeLessThan(3_000);
}

/**
 * Pastes the long text into the header box; returns what the box holds (a one-line box drops the
 * line breaks) and the dropdown's verdict.
 */
async function pasteInHeader(
	page: Page,
	text = longPaste,
): Promise<{ paste: string; verdict: string }> {
	await page.goto('/en/');
	await header(page).focus();
	await header(page).fill(text);
	await expect(panel(page)).toHaveAttribute('data-verdict', /^(match|weak|none)$/);
	const paste = await header(page).inputValue();
	expect(paste.length).toBeGreaterThan(100_000);
	return { paste, verdict: (await panel(page).getAttribute('data-verdict'))! };
}

test.describe('a 100 KB paste', () => {
	test('header box, Enter on a confident match: straight to the error page, no 431', async ({
		page,
	}) => {
		expect(longPaste.length).toBeGreaterThan(100_000);
		const errors = watchErrors(page);
		const { verdict } = await pasteInHeader(page);
		expect(verdict).toBe('match');
		const [response] = await Promise.all([page.waitForNavigation(), header(page).press('Enter')]);
		expectServed(response);
		await expect(page).toHaveURL(/\/en\/errors\/guest-agent-status-unavailable\/$/);
		expect(errors).toEqual([]);
	});

	test('header box, Enter without a confident match: the search page gets it all, and keeps it on reload', async ({
		page,
	}) => {
		const errors = watchErrors(page);
		const { paste, verdict } = await pasteInHeader(page, unmatchedPaste);
		expect(verdict).not.toBe('match');
		const [response] = await Promise.all([page.waitForNavigation(), header(page).press('Enter')]);
		expectServed(response);
		await expect(page).toHaveURL(/\/en\/search\/\?q=/);
		await expectKeptAcrossReload(page, paste, verdict);
		expect(errors).toEqual([]);
	});

	test('header box, "See all results": the same', async ({ page }) => {
		const errors = watchErrors(page);
		const { paste, verdict } = await pasteInHeader(page);
		const [response] = await Promise.all([
			page.waitForNavigation(),
			page.locator('#header-search-listbox .see-all').click(),
		]);
		expectServed(response);
		await expectKeptAcrossReload(page, paste, verdict);
		expect(errors).toEqual([]);
	});

	test('header box, "See all results" when the hand-off code cannot be fetched: the search page, empty', async ({
		page,
	}) => {
		// The long paste's hand-off (paste-store.ts) comes only when the reader goes.
		await pasteInHeader(page, unmatchedPaste);
		await page.route(/\/_astro\/paste-store\.[^/]+\.js$/, (route) => route.abort());
		const [response] = await Promise.all([
			page.waitForNavigation(),
			page.locator('#header-search-listbox .see-all').click(),
		]);
		expectServed(response);
		await expect(page).toHaveURL(/\/en\/search\/$/);
	});

	test('search page: a short URL, and the paste back after a reload', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto('/en/search/');
		await box(page).fill(longPaste);
		await expect(region(page)).toHaveAttribute('data-verdict', 'match');
		await expect(page).toHaveURL(/\?q=/);
		await expectKeptAcrossReload(page, longPaste, 'match');
		expect(errors).toEqual([]);
	});

	test('a short paste still travels whole in the URL', async ({ page }) => {
		await page.goto('/en/search/');
		await box(page).fill(code);
		await expect(region(page)).toHaveAttribute('data-verdict', 'match');
		expect(new URL(page.url()).searchParams.get('q')).toBe(code);
	});
});

test.describe('a slow or broken index', () => {
	test('a slow index: "Loading the search…" within 300 ms, then the answer', async ({ page }) => {
		await page.route('**/en/search-index.json', async (route) => {
			await new Promise((r) => setTimeout(r, 2_000));
			await route.continue();
		});
		// When the search starts (the region turns `loading`) and when the note appears.
		await page.addInitScript(() => {
			const w = window as unknown as { searchStarted?: number; loadingShown?: number };
			new MutationObserver(() => {
				const r = document.getElementById('search-results');
				if (r?.dataset.state === 'loading') w.searchStarted ??= performance.now();
				if (r?.querySelector('.search-loading')) w.loadingShown ??= performance.now();
			}).observe(document, { subtree: true, childList: true, attributes: true });
		});
		await page.goto(`/en/search/?q=${code}`);
		await expect(region(page).locator('.search-loading')).toHaveText('Loading the search…');
		const delay = await page.evaluate(() => {
			const w = window as unknown as { searchStarted?: number; loadingShown?: number };
			return (w.loadingShown ?? Infinity) - (w.searchStarted ?? 0);
		});
		expect(delay).toBeLessThan(300);
		await expect(region(page)).toHaveAttribute('data-verdict', 'match');
		await expect(region(page).locator('.search-loading')).toHaveCount(0);
	});

	test('a hanging index times out with a clear message, and Retry works', async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { kbSearchIndexTimeoutMs: number }).kbSearchIndexTimeoutMs = 2_000;
		});
		await page.route('**/en/search-index.json', () => {
			/* never answers */
		});
		await page.goto(`/en/search/?q=${code}`);
		const failure = region(page).locator('.search-failure');
		await expect(failure).toHaveAttribute('data-failure', 'load');
		await expect(failure).toContainText('did not load within 2 seconds');
		await expect(failure).toContainText('Every error is listed below.');
		await expect(region(page).locator('.all-errors')).toBeVisible();
		await page.unroute('**/en/search-index.json');
		await failure.getByRole('button', { name: 'Retry' }).click();
		await expect(region(page)).toHaveAttribute('data-verdict', 'match');
	});

	// A paste needs the matcher's own chunk (paste.ts), fetched with the first index file. The
	// browser keeps a module that failed to load: Retry loads the page again, query and all.
	test('the paste matcher code that fails to load is a load failure, and Retry works', async ({
		page,
	}) => {
		await page.route('**/_astro/paste.*.js', (route) => route.abort());
		await page.goto(`/en/search/?q=${code}`);
		const failure = region(page).locator('.search-failure');
		await expect(failure).toHaveAttribute('data-failure', 'load');
		await expect(failure).toContainText('could not be loaded');
		await page.unroute('**/_astro/paste.*.js');
		await failure.getByRole('button', { name: 'Retry' }).click();
		await expect(region(page)).toHaveAttribute('data-verdict', 'match');
		await expect(box(page)).toHaveValue(code);
	});

	test('header box: the matcher code that fails to load, then Retry opens the search page with the query', async ({
		page,
	}) => {
		await page.route('**/_astro/paste.*.js', (route) => route.abort());
		await page.goto('/fr/');
		await header(page).focus();
		await header(page).fill(code);
		const failure = panel(page).locator('.search-failure');
		await expect(failure).toHaveAttribute('data-failure', 'load');
		await page.unroute('**/_astro/paste.*.js');
		await failure.getByRole('button').click();
		await expect(page).toHaveURL(/\/fr\/search\/\?q=/);
		await expect(region(page)).toHaveAttribute('data-verdict', 'match');
	});

	for (const lang of ['en', 'fr'] as const) {
		test(`header dropdown (${lang}): a failed load says so, without "listed below"`, async ({
			page,
		}) => {
			await page.route(`**/${lang}/search-index.json`, (route) => route.abort());
			await page.goto(`/${lang}/`);
			await header(page).focus();
			await header(page).fill(code);
			const failure = panel(page).locator('.search-failure');
			await expect(failure).toHaveAttribute('data-failure', 'load');
			await expect(failure).not.toContainText(/listed below|listées ci-dessous/);
			await page.unroute(`**/${lang}/search-index.json`);
			await failure.getByRole('button').click();
			await expect(panel(page)).toHaveAttribute('data-verdict', 'match');
		});
	}

	test('a failure of the matching itself is logged, not called a load failure', async ({
		page,
	}) => {
		const logged: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') logged.push(m.text());
		});
		// The index loads, then the matcher throws (as a paste that overflowed the stack once did):
		// Unicode normalisation, its first step, fails.
		await page.addInitScript(() => {
			String.prototype.normalize = () => {
				throw new RangeError('Maximum call stack size exceeded');
			};
		});
		await page.goto(`/en/search/?q=${code}`);
		const failure = region(page).locator('.search-failure');
		await expect(failure).toHaveAttribute('data-failure', 'match');
		await expect(failure).not.toContainText('could not be loaded');
		await expect(failure).toContainText('failed on this text');
		expect(logged.join('\n')).toMatch(/search: the matching failed/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const lang of ['en', 'fr'] as const) {
		test(`/${lang}/search/?q=… says matching needs JavaScript`, async ({ page }) => {
			await page.goto(`/${lang}/search/?q=${encodeURIComponent(message)}`);
			await expect(page.locator('.no-script')).toBeVisible();
			await expect(page.locator('.no-script')).toContainText('JavaScript');
			await expect(page.locator('.all-errors li')).toHaveCount(kb.errorIds.length);
		});
	}
});

test('with JavaScript, the no-JavaScript note stays hidden', async ({ page }) => {
	await page.goto(`/en/search/?q=${code}`);
	await expect(region(page)).toHaveAttribute('data-verdict', 'match');
	await expect(page.locator('.no-script')).toHaveCount(0);
});

test.describe('guided mode with a malformed fragment', () => {
	for (const hash of ['#%E0%A4%A', '#%', '#%ZZ']) {
		test(`${hash} throws nothing`, async ({ page }) => {
			const errors = watchErrors(page);
			const cause = kb.errors.en.get(errorId)!.causes[0]!;
			await page.goto(`/en/errors/${errorId}/?guide=1&s=${cause}:skip${hash}`);
			await expect(page.locator('[data-guided-tools]')).not.toHaveClass(/pending/);
			await page.evaluate((h) => {
				location.hash = h;
			}, hash.slice(1));
			await page.waitForTimeout(200);
			expect(errors).toEqual([]);
		});
	}

	test('a malformed walk state and fragment together throw nothing', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto(`/en/errors/${errorId}/?guide=1&s=%E0%A4%A:%ZZ,%:skip#%E0%A4%A`);
		await expect(page.locator('[data-guided-tools]')).not.toHaveClass(/pending/);
		await page.waitForTimeout(200);
		expect(errors).toEqual([]);
	});
});
