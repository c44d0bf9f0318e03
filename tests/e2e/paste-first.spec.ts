/**
 * The paste comes first: the home page opens with a real paste box, the search page puts the
 * cursor in its box, and Enter in the header box opens the error of an exact code or a confident
 * match directly (anything less goes to the search page).
 */
import { expect, test, type Page } from '@playwright/test';
import { kb } from '../support/content';
import { errorUrl, searchUrl } from '../../src/lib/urls';

const errorId = kb.errorIds[0]!;
const error = kb.errors.en.get(errorId)!;
const header = (page: Page) => page.locator('#header-search-input');

for (const lang of ['en', 'fr'] as const) {
	test(`the ${lang} home page opens with a labelled paste box that submits to the search`, async ({
		page,
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`/${lang}/`);
		const box = page.locator('main textarea');
		await expect(box).toHaveCount(1);
		// Labelled, described by one line that says what to paste and that the list is below.
		const label = await box.evaluate((el) => (el as HTMLTextAreaElement).labels?.[0]?.textContent);
		expect(label?.trim().length).toBeGreaterThan(0);
		await expect(box).toHaveAccessibleName(label!.trim());
		const hint = page.locator(`#${await box.getAttribute('aria-describedby')}`);
		await expect(hint).toBeVisible();
		// On the first screen, above the list of errors.
		await expect(box).toBeInViewport();
		const boxTop = (await box.boundingBox())!.y;
		const listTop = (await page.locator('#errors').boundingBox())!.y;
		expect(boxTop).toBeLessThan(listTop);
		// Focusable, and a paste goes to the search page with it.
		await box.focus();
		await expect(box).toBeFocused();
		await box.fill(error.codes[0]!);
		await page.locator('form.paste-box button[type="submit"]').click();
		await expect(page).toHaveURL(new RegExp(`${searchUrl(lang)}\\?q=${error.codes[0]}$`));
		await expect(page.locator('#search-results')).toHaveAttribute('data-verdict', 'match');
	});

	test(`Enter in the ${lang} home page's box searches; Shift+Enter adds a line`, async ({
		page,
	}) => {
		await page.goto(`/${lang}/`);
		const box = page.locator('form.paste-box textarea');
		await box.fill(error.codes[0]!);
		await box.press('Shift+Enter');
		await expect(box).toHaveValue(`${error.codes[0]!}\n`);
		await box.press('Enter');
		await expect(page).toHaveURL(
			new RegExp(`${searchUrl(lang)}\\?q=${error.codes[0]}(%0D)?(%0A)?$`),
		);
		await expect(page.locator('#search-results')).toHaveAttribute('data-verdict', 'match');
	});
}

test('the search page puts the cursor in its box', async ({ page }) => {
	await page.goto(searchUrl('fr'));
	await expect(page.locator('#search-page-input')).toBeFocused();
});

test.describe('Enter in the header box', () => {
	test('on an exact code opens that error directly', async ({ page }) => {
		await page.goto('/en/');
		await header(page).fill(error.codes[0]!);
		await expect(page.locator('form.header-search')).toHaveAttribute('data-search', 'done');
		await expect(page.locator('form.header-search .search-panel')).toHaveAttribute(
			'data-verdict',
			'match',
		);
		await header(page).press('Enter');
		await expect(page).toHaveURL(new RegExp(`${errorUrl('en', errorId)}$`));
	});

	test('on a confident match of the message opens that error directly', async ({ page }) => {
		await page.goto('/fr/');
		await header(page).fill(kb.errors.fr.get(errorId)!.message);
		await expect(page.locator('form.header-search')).toHaveAttribute('data-search', 'done');
		await expect(page.locator('form.header-search .search-panel')).toHaveAttribute(
			'data-verdict',
			'match',
		);
		await header(page).press('Enter');
		await expect(page).toHaveURL(new RegExp(`${errorUrl('fr', errorId)}$`));
	});

	test('on a paste without a confident match goes to the search page', async ({ page }) => {
		await page.goto('/en/');
		await header(page).fill('my backup is slow on tuesdays');
		await expect(page.locator('form.header-search')).toHaveAttribute('data-search', 'done');
		await expect(page.locator('form.header-search .search-panel')).toHaveAttribute(
			'data-verdict',
			/^(weak|none)$/,
		);
		await header(page).press('Enter');
		await expect(page).toHaveURL(/\/en\/search\/\?q=/);
	});
});

test.describe('404 page', () => {
	test('lists the errors by code with JavaScript, and a mistyped short link gets "did you mean"', async ({
		page,
	}) => {
		const code = error.codes[0]!;
		const typo = code.slice(0, 6) + code.slice(7); // one letter dropped
		await page.goto(`/fr/go/${typo}/#${error.causes[0]}`);
		const block = page.locator('section[data-lang-block="fr"]');
		await expect(block.locator('.by-code')).toBeVisible();
		await expect(block.locator('.by-code a')).toHaveCount(kb.errorIds.length);
		const suggestion = block.locator('[data-did-you-mean] a');
		await expect(suggestion).toContainText(code);
		await suggestion.click();
		await expect(page).toHaveURL(new RegExp(`${errorUrl('fr', errorId)}#${error.causes[0]}$`));
	});
});
