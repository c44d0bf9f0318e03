/**
 * The corrections page (both languages, stable anchors, footer link, language switch), the 404
 * page's site header, and printed links written out as full URLs.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '../support/page-errors';

const langs = ['en', 'fr'] as const;
const footerLabel = {
	en: 'Corrections made to the 2017 article',
	fr: 'Corrections apportées à l’article de 2017',
};
/** The numbers of the corrections in the English file (the French one must match). */
const correctionNumbers = [
	...readFileSync('content/CORRECTIONS.md', 'utf8').matchAll(/^### (\d+)\. /gm),
].map((m) => Number(m[1]));

test.describe('corrections page', () => {
	for (const lang of langs) {
		test(`${lang}: every numbered correction has its anchor, reached from the footer`, async ({
			page,
			pageErrors,
		}) => {
			await page.goto(`/${lang}/checklist/`);
			await page.getByRole('contentinfo').getByRole('link', { name: footerLabel[lang] }).click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/corrections/$`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang === 'fr' ? 'fr' : 'en');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(footerLabel[lang]);
			const ids = await page
				.locator('main h3[id^="correction-"]')
				.evaluateAll((hs) => hs.map((h) => h.id));
			expect(ids).toEqual(correctionNumbers.map((n) => `correction-${n}`));
			expect(pageErrors).toEqual([]);
		});
	}

	test('the language switch keeps the page and the correction', async ({ page, pageErrors }) => {
		await page.goto('/en/corrections/#correction-12');
		await expect(page.locator('#correction-12')).toBeInViewport();
		await page.locator('[data-lang-switch]').first().click();
		await expect(page).toHaveURL(/\/fr\/corrections\/(#correction-12)?$/);
		await expect(page.locator('#correction-12')).toContainText('Paramètres');
		await page.locator('[data-lang-switch]').first().click();
		await expect(page).toHaveURL(/\/en\/corrections\//);
		expect(pageErrors).toEqual([]);
	});

	test('the French page is French, its English quotes marked as such', async ({ page }) => {
		await page.goto('/fr/corrections/');
		await expect(page.locator('#correction-4')).toContainText('Journalisation détaillée');
		// Quotes of English sources carry lang="en"; the rest of the article is French.
		const english = page.locator('main article [lang="en"]');
		expect(await english.count()).toBeGreaterThan(0);
		await expect(page.locator('main article h2').first()).toHaveText('Erreurs dans les procédures');
	});
});

test.describe('404 page: the site header in the page’s language', () => {
	const cases = [
		{ lang: 'fr', path: '/fr/nope/', title: 'Page introuvable', switchTo: '/en/nope/' },
		{ lang: 'en', path: '/en/nope/', title: 'Page not found', switchTo: '/fr/nope/' },
	] as const;
	for (const { lang, path, title, switchTo } of cases) {
		test(`${lang}: header with search box and language switch`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			const header = page.getByRole('banner');
			await expect(header).toHaveCount(1);
			await expect(page.locator('[data-site-top]')).toHaveAttribute('lang', lang);
			await expect(header.locator('#header-search-input')).toBeVisible();
			await expect(
				header.getByRole('link', {
					name: lang === 'fr' ? 'Dépannage de Sauvegarde Azure' : 'Azure Backup troubleshooting',
				}),
			).toHaveAttribute('href', `/${lang}/`);
			await header.locator('[data-lang-switch]').click();
			await expect(page).toHaveURL(new RegExp(`${switchTo}$`));
			// Both languages show until the script picks the path's: wait for one.
			await expect(page.locator('h1:visible')).toHaveCount(1);
			await expect(page.locator('h1:visible')).toHaveText(
				lang === 'fr' ? 'Page not found' : 'Page introuvable',
			);
		});
	}

	test('fr: the "/" shortcut focuses the French header’s search box', async ({
		page,
		pageErrors,
	}) => {
		await page.goto('/fr/nope/');
		await expect(page.locator('[data-site-top]')).toHaveAttribute('lang', 'fr');
		await page.keyboard.press('/');
		await expect(page.locator('#header-search-input')).toBeFocused();
		expect(pageErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
	});

	test('the header search works on the 404 page', async ({ page }) => {
		await page.goto('/fr/nope/');
		const input = page.locator('#header-search-input');
		await input.fill('UserErrorGuestAgentStatusUnavailable');
		await input.press('Enter');
		await expect(page).toHaveURL(/\/fr\/(search|errors)\//);
	});

	test('a mistyped short link still gets its "did you mean", under the header', async ({
		page,
	}) => {
		await page.goto('/fr/go/UserErrorGuestAgentStatusUnavailabl/');
		await expect(page.locator('[data-site-top]')).toHaveAttribute('lang', 'fr');
		await expect(page.locator('section:not([hidden]) [data-did-you-mean] a')).toContainText(
			'UserErrorGuestAgentStatusUnavailable',
		);
	});

	test('without JavaScript: the English header, both languages, every error by code', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/fr/nope/');
		await expect(page.getByRole('banner')).toHaveCount(1);
		await expect(page.locator('[data-site-top]')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(2);
		await expect(page.locator('section[lang="fr"] .by-code li').first()).toBeVisible();
		await context.close();
	});
});

test.describe('printed links', () => {
	for (const lang of langs) {
		test(`${lang}: site links are written out as full URLs, other links as they are`, async ({
			page,
		}) => {
			await page.goto(`/${lang}/checklist/`);
			// The origin the build knows (astro.config.mjs `site`), as the canonical URL shows it.
			const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!)
				.origin;
			await page.emulateMedia({ media: 'print' });
			const printed = (a: HTMLAnchorElement) => getComputedStyle(a, '::after').content;
			const site = page.locator(`main a[href^="/${lang}/"]`).first();
			const href = (await site.getAttribute('href'))!;
			expect(await site.evaluate(printed)).toContain(`${origin}${href}`);
			const external = page.locator('main a[href^="https://"]').first();
			const externalHref = (await external.getAttribute('href'))!;
			const externalPrinted = await external.evaluate(printed);
			expect(externalPrinted).toContain(externalHref);
			expect(externalPrinted).not.toContain(`${origin}https://`);
			// On screen, nothing is added.
			await page.emulateMedia({ media: 'screen' });
			expect(await site.evaluate(printed)).toBe('none');
		});
	}
});
