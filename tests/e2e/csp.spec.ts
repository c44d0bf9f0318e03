/**
 * Content-Security-Policy: the policy Astro writes into every page is strict
 * (no 'unsafe-inline' for scripts, no 'unsafe-eval'), and Chromium reports zero
 * `securitypolicyviolation` events and no console error on every page of the sitemap, during a
 * search, while copying code and in guided mode. External links open with noopener noreferrer.
 */
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from '../support/sitemap';
import { watchErrors as watch } from '../support/page-errors';

const watchErrors = (page: Page) => watch(page, { allowErrorDocument: true });

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

/** Records every CSP violation of the page (and its frames) on window.__cspViolations. */
async function recordViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			window.__cspViolations!.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} sample=${e.sample}`,
			);
		});
	});
}

const violations = (page: Page) =>
	page.evaluate(() => window.__cspViolations ?? ['(recorder missing)']);

/** Parses a CSP string into directive → sources. */
function parseCsp(csp: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const part of csp.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) map.set(name.toLowerCase(), sources);
	}
	return map;
}

const paths = sitemapPaths();

test.describe('CSP on every page', () => {
	for (const path of [...paths, '/', '/en/no-such-page-for-csp/']) {
		test(`${path}`, async ({ page }) => {
			const errors = watchErrors(page);
			await recordViolations(page);
			await page.goto(path, { waitUntil: 'load' });
			// The root page leaves for /en/ or /fr/ at once: check the page it lands on too.
			await page.waitForLoadState('networkidle');

			const metas = await page
				.locator('meta[http-equiv="content-security-policy" i]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('content') ?? ''));
			expect(metas, 'one CSP meta element').toHaveLength(1);
			const csp = parseCsp(metas[0]!);
			const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? [];
			expect(scriptSrc, 'script-src is set').not.toEqual([]);
			expect(scriptSrc).not.toContain("'unsafe-inline'");
			expect(metas[0]).not.toContain("'unsafe-eval'");
			expect(csp.get('object-src')).toEqual(["'none'"]);
			expect(csp.get('base-uri')).toEqual(["'self'"]);

			expect(await violations(page)).toEqual([]);
			expect(errors).toEqual([]);
		});
	}
});

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

test('external links open with rel="noopener noreferrer"', async ({ page }) => {
	test.setTimeout(120_000);
	const bad: string[] = [];
	for (const path of paths) {
		await page.goto(path);
		const external = await page
			.locator('a[href]')
			.evaluateAll((as) =>
				as
					.filter(
						(a) =>
							(a as HTMLAnchorElement).origin !== location.origin &&
							/^https?:/.test((a as HTMLAnchorElement).href),
					)
					.map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') ?? '' })),
			);
		for (const a of external) {
			const rel = a.rel.split(/\s+/);
			if (!rel.includes('noopener') || !rel.includes('noreferrer'))
				bad.push(`${path}: ${a.href} rel="${a.rel}"`);
		}
	}
	expect(bad).toEqual([]);
});
