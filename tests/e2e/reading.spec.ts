/**
 * Reading, copying, printing: error codes break only at their CamelCase boundaries; the message
 * and code rows copy; the header at 360 px; the French placeholder at 1280 px; the matrix says it
 * scrolls; the printed page; the report link; the light / dark / system switch (remembered,
 * applied before the first paint, within the CSP).
 */
import { expect, test } from '@playwright/test';
import { kb } from '../support/content';
import { camelSegments } from '../../src/lib/camel-breaks';
import { errorUrl, matrixUrl, searchUrl } from '../../src/lib/urls';
import { watchErrors } from '../support/page-errors';

const errorId = kb.errorIds[0]!;
const error = kb.errors.en.get(errorId)!;
/** The longest code of the content: the one most likely to overflow. */
const longest = kb.errorIds
	.flatMap((id) => kb.errors.en.get(id)!.codes.map((code) => ({ id, code })))
	.sort((a, b) => b.code.length - a.code.length)[0]!;

test('at 360 px an error code breaks only between its words', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(errorUrl('en', longest.id));
	const code = page.locator('[data-code]', { hasText: longest.code }).first();
	// Each line of the rendered code ends at a CamelCase boundary, and nothing overflows.
	const lines = await code.evaluate((el) => {
		const range = document.createRange();
		const text = el.textContent ?? '';
		const tops: { top: number; chars: string }[] = [];
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode())
			for (let i = 0; i < (node.textContent ?? '').length; i++) {
				range.setStart(node, i);
				range.setEnd(node, i + 1);
				const top = Math.round(range.getBoundingClientRect().top);
				const last = tops.at(-1);
				if (last && Math.abs(last.top - top) < 3) last.chars += node.textContent![i];
				else tops.push({ top, chars: node.textContent![i]! });
			}
		return { lines: tops.map((t) => t.chars), text };
	});
	expect(lines.lines.join('')).toBe(longest.code);
	expect(lines.lines.length, 'the code is too long for one line at 360 px').toBeGreaterThan(1);
	// Every line ends where a word of the code ends.
	const wordEnds = new Set<number>();
	camelSegments(longest.code).reduce((end, s) => (wordEnds.add(end + s.length), end + s.length), 0);
	let end = 0;
	for (const line of lines.lines) {
		end += line.length;
		expect(wordEnds.has(end), `the line "${line}" ends inside a word`).toBe(true);
	}
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('the message and code rows have copy buttons that copy them', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(errorUrl('en', errorId));
	await page.getByRole('button', { name: 'Copy the error message' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(error.message);
	await page.getByRole('button', { name: `Copy the code ${error.codes[0]}` }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(error.codes[0]);
});

test('the French placeholder of the header box is not cut at 1280 px', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(errorUrl('fr', errorId));
	const fits = await page.locator('#header-search-input').evaluate((el) => {
		const input = el as HTMLInputElement;
		const s = getComputedStyle(input);
		const canvas = document.createElement('canvas').getContext('2d')!;
		canvas.font = `${s.fontSize} ${s.fontFamily}`;
		const text = canvas.measureText(input.placeholder).width;
		const room = input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
		return text <= room;
	});
	expect(fits).toBe(true);
});

test('the matrix says that it scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(matrixUrl('fr'));
	const wrap = page.locator('.matrix-wrap');
	await expect(page.locator(`#${await wrap.getAttribute('aria-describedby')}`)).toBeVisible();
	// The right edge fades while there is more to the right, not once at the end.
	expect(await wrap.evaluate((el) => getComputedStyle(el).maskImage)).not.toBe('none');
	await wrap.evaluate((el) => (el.scrollLeft = el.scrollWidth));
	await expect.poll(() => wrap.evaluate((el) => getComputedStyle(el).maskImage)).toBe('none');
});

test('printed, an error page keeps the error, its causes and steps, and writes its links out', async ({
	page,
}) => {
	await page.goto(errorUrl('en', errorId));
	await page.emulateMedia({ media: 'print' });
	for (const hidden of [
		'.site-header',
		'.crumb-bar',
		'#site-nav',
		'.on-this-page',
		'.guided-tools',
	])
		await expect(page.locator(hidden).first()).toBeHidden();
	expect(await page.locator('main button:visible, form:visible').count()).toBe(0);
	await expect(page.locator('h1')).toBeVisible();
	for (const cause of error.causes) await expect(page.locator(`[id="${cause}"]`)).toBeVisible();
	await expect(page.locator('li.step').first()).toBeVisible();
	const link = page.locator('.cause-meta a').first();
	const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain(await link.getAttribute('href'));
});

test('"Not solved?" opens a report with the page, the language and, from the search, the paste', async ({
	page,
}) => {
	await page.goto(errorUrl('fr', errorId));
	const href = await page.locator('.report a').getAttribute('href');
	const body = new URL(href!).searchParams.get('body')!;
	expect(body).toContain(`/fr/errors/${errorId}/`);
	expect(body).toMatch(/: fr$/m);
	await page.goto(searchUrl('en'));
	await page.locator('#search-page-input').fill('ErrorThatDoesNotExist 42');
	const withPaste = new URL((await page.locator('.report a').getAttribute('href'))!);
	expect(withPaste.searchParams.get('body')).toContain('ErrorThatDoesNotExist 42');
	expect(withPaste.searchParams.get('body')).toContain('/en/search/');
});

test('light, dark or system: remembered, applied before the first paint, within the CSP', async ({
	page,
}) => {
	const errors = watchErrors(page);
	const violations: string[] = [];
	await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
				`${e.violatedDirective} ${e.blockedURI}`,
			),
		);
		// The theme as <body> starts: what the first paint shows.
		new MutationObserver((_, observer) => {
			if (!document.body) return;
			(window as unknown as { __firstTheme: string }).__firstTheme =
				document.documentElement.dataset.theme ?? 'system';
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(errorUrl('en', errorId));
	const select = page.getByRole('combobox', { name: 'Theme' });
	await expect(select).toHaveValue('system');
	await select.selectOption('dark');
	const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(await bg()).toBe('rgb(15, 20, 25)');
	// Another page: dark from the first paint, and the switch shows the choice.
	await page.goto(errorUrl('fr', errorId));
	expect(
		await page.evaluate(() => (window as unknown as { __firstTheme: string }).__firstTheme),
	).toBe('dark');
	await expect(page.getByRole('combobox', { name: 'Thème' })).toHaveValue('dark');
	// Back to the system's scheme.
	await page.getByRole('combobox', { name: 'Thème' }).selectOption('system');
	await page.reload();
	expect(await bg()).toBe('rgb(255, 255, 255)');
	expect(violations).toEqual([]);
	expect(errors).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 800 } });

	test('the theme switch is in the footer, labelled, and sets the same choice', async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(errorUrl('en', errorId));
		const switches = page.getByRole('combobox', { name: 'Theme' });
		await expect(switches).toHaveCount(1);
		await expect(page.locator('.site-header').getByRole('combobox')).toHaveCount(0);
		const footer = page.locator('footer').getByRole('combobox', { name: 'Theme' });
		await expect(footer).toHaveValue('system');
		await expect(page.locator('footer').getByText('Theme', { exact: true })).toBeVisible();
		await footer.selectOption('dark');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.setViewportSize({ width: 1280, height: 800 });
		await expect(page.locator('.site-header').getByRole('combobox', { name: 'Theme' })).toHaveValue(
			'dark',
		);
	});
});
