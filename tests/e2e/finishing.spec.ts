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
