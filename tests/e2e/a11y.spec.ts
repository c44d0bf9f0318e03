/**
 * Accessibility of the states a page reaches after use, and of the root page without
 * JavaScript: axe in both colour schemes on the search page with results open and with the header
 * search open, and `lang` on the French search page's English match. Every page of the sitemap
 * (axe, keyboard, `lang`) is checked in every-page.spec.ts, on its one visit.
 */
import { expect, test } from '../support/site-page';
import { auditBothSchemes } from '../support/axe';

test.describe('axe, light and dark schemes', () => {
	for (const lang of ['en', 'fr']) {
		test(`/${lang}/search/ with results open`, async ({ sitePage }) => {
			const { page } = sitePage;
			await sitePage.visit(`/${lang}/search/?q=UserErrorGuestAgentStatusUnavailable`);
			await page.locator('[data-verdict]').first().waitFor({ state: 'attached', timeout: 10_000 });
			await auditBothSchemes(page);
		});

		test(`/${lang}/ with the header search open`, async ({ sitePage }) => {
			const { page } = sitePage;
			await sitePage.visit(`/${lang}/`);
			await page.locator('#header-search-input').fill('UserErrorGuestAgentStatusUnavailable');
			await page
				.locator('form.header-search .search-panel[data-verdict]')
				.waitFor({ state: 'attached' });
			await auditBothSchemes(page);
		});
	}

	test('root page (as it stays without JavaScript)', async ({ browser }) => {
		// With JavaScript the root leaves at once for /en/ or /fr/, audited above; audit the page
		// a visitor without JavaScript keeps (axe itself needs JavaScript, so strip the page's scripts).
		const context = await browser.newContext({ bypassCSP: true });
		const page = await context.newPage();
		await page.route(/\/$/, async (route) => {
			const res = await route.fetch();
			const html = (await res.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
			await route.fulfill({ response: res, body: html });
		});
		await page.goto('/');
		expect(new URL(page.url()).pathname).toBe('/');
		await auditBothSchemes(page);
		await context.close();
	});
});

test('the French search page marks an English match as English', async ({ sitePage }) => {
	const { page } = sitePage;
	await sitePage.visit(
		'/fr/search/?q=VM%20Agent%20unable%20to%20communicate%20with%20Azure%20Backup',
	);
	await page.locator('[data-verdict]').first().waitFor({ state: 'attached', timeout: 10_000 });
	const unmarked = await page.evaluate(() => {
		const out: string[] = [];
		const walker = document.createTreeWalker(
			document.querySelector('main') ?? document.body,
			NodeFilter.SHOW_TEXT,
		);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const el = node.parentElement;
			if (!el || el.closest('input, textarea, script, style')) continue;
			if (
				(node.textContent ?? '').includes('VM Agent unable to communicate') &&
				!el.closest('[lang^="en"]')
			)
				out.push(el.outerHTML.slice(0, 160));
		}
		return out;
	});
	expect(unmarked, 'English text on the French search page outside a lang="en" element').toEqual(
		[],
	);
});
