/**
 * Content-Security-Policy while pages are used: Chromium reports zero `securitypolicyviolation`
 * events and no console error during a search, while copying code and in guided mode. The policy
 * of every page, and the page as it loads, are checked in every-page.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { cspViolationsOf, recordCspViolations } from '../support/site-page';
import { watchErrors as watch } from '../support/page-errors';

const watchErrors = (page: Page) => watch(page, { allowErrorDocument: true });

const violations = cspViolationsOf;
const recordViolations = (page: Page) => page.addInitScript(recordCspViolations);

test.describe('CSP while the page is used', () => {
	test('header search on a content page, then the search page', async ({ page }) => {
		const errors = watchErrors(page);
		await recordViolations(page);
		for (const lang of ['en', 'fr']) {
			await page.goto(`/${lang}/errors/guest-agent-status-unavailable/`);
			await page.keyboard.press('/');
			const box = page.locator('#header-search-input');
			await box.focus();
			await box.pressSequentially('UserErrorGuestAgent', { delay: 20 });
			await page.waitForTimeout(800);
			await page.keyboard.press('ArrowDown');
			expect(await violations(page)).toEqual([]);

			await page.goto(`/${lang}/search/?q=UserErrorGuestAgentStatusUnavailable`);
			await page.locator('[data-verdict]').first().waitFor({ state: 'attached', timeout: 10_000 });
			const input = page
				.locator('main input[type="search"], main input[name="q"], main textarea')
				.first();
			if (await input.count()) {
				await input.fill('VM Agent unable to communicate with Azure Backup');
				await page.waitForTimeout(800);
			}
			expect(await violations(page)).toEqual([]);
		}
		expect(errors).toEqual([]);
	});

	test('copy buttons', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const errors = watchErrors(page);
		await recordViolations(page);
		await page.goto('/en/causes/linux-agent-outdated/');
		const buttons = page.locator('button.copy-code:visible');
		const count = await buttons.count();
		expect(count, 'copy buttons on a cause page').toBeGreaterThan(0);
		for (let i = 0; i < Math.min(count, 5); i++) await buttons.nth(i).click();
		// Copy-link controls, when present, use the same clipboard path.
		const links = page.locator('main button[data-copy-link]:visible, main .copy-link:visible');
		for (let i = 0; i < Math.min(await links.count(), 3); i++) await links.nth(i).click();
		await page.waitForTimeout(300);
		expect(await violations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('guided mode', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const errors = watchErrors(page);
		await recordViolations(page);
		await page.goto('/en/errors/guest-agent-status-unavailable/?guide=1');
		await page.waitForLoadState('networkidle');
		// Press the guided mode's buttons in turn (answers, next, copy for ticket), a dozen at most.
		for (let i = 0; i < 12; i++) {
			const buttons = page.locator('main button:visible:not(.copy-code)');
			const n = await buttons.count();
			if (i >= n) break;
			await buttons
				.nth(i)
				.click({ timeout: 2_000 })
				.catch(() => undefined);
			await page.waitForTimeout(100);
		}
		expect(await violations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});
});
