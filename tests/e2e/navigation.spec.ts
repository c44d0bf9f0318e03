/**
 * Finding one's way on a long page, at 360 and 1280 px: breadcrumb, "On this page", the list of
 * every error and cause, back to top and a reachable header, previous / next, and deep links
 * (short links with a fragment, the original article's anchors, copied step links, guided-mode
 * steps) landing with their context: the target and its "Cause N of M" label below the sticky
 * bars, the error still named on screen, the target briefly highlighted.
 */
import { expect, test, type Page } from '@playwright/test';
import { readingAfterScroll } from '../support/reading';
import { readFileSync } from 'node:fs';
import { kb } from '../support/content';
import { canonicalCodes } from '../../src/lib/links/short-links';
import { articleUrl, causeUrl, correctionsUrl, errorUrl, stepAnchor } from '../../src/lib/urls';
import { neighbours } from '../../src/lib/neighbours';

const widths = [360, 1280] as const;
const errorId = kb.errorIds[0]!;
const error = kb.errors.en.get(errorId)!;
const secondCause = error.causes[1]!;
const code = canonicalCodes(kb).find((c) => c.errorId === errorId)!.code;
/** A step of the error's second cause (a link copied from a step). */
const stepCause = kb.causes.en.get(secondCause)!;
const stepSolution = kb.solutions.en.get(stepCause.solutions[0]!)!;
const stepId = stepAnchor(stepCause.solutions[0]!, stepSolution.steps.at(-1)!.id);
/** An anchor of the original article that leads to a cause within an error (seed facts). */
const seedFacts = JSON.parse(readFileSync('tests/fixtures/seed-facts.json', 'utf8')) as {
	legacyAnchors: { anchor: string; target: string }[];
};
const legacy = seedFacts.legacyAnchors.find((a) => /^errors\/[^#]+#.+/.test(a.target))!;
const [legacyPath, legacyHash] = legacy.target.split('#') as [string, string];

/** The bottom edge of what stays at the top of the screen (sticky header and breadcrumb bar). */
const stickyBottom = (page: Page) =>
	page.evaluate(() =>
		Math.max(
			0,
			...[...document.querySelectorAll<HTMLElement>('.top, .crumb-bar')]
				.filter((el) => getComputedStyle(el).position === 'sticky')
				.map((el) => el.getBoundingClientRect().bottom),
		),
	);

/** Waits until the page stops scrolling (smooth scroll, late layout). */
async function settled(page: Page) {
	let last = -1;
	await expect
		.poll(async () => {
			const y = await page.evaluate(() => scrollY);
			const same = y === last;
			last = y;
			return same;
		})
		.toBe(true);
}

/** The target's context is on screen: the checks shared by every kind of deep link. */
async function expectLandedWithContext(page: Page, id: string, errorCode: string) {
	await settled(page);
	const top = await stickyBottom(page);
	const viewport = page.viewportSize()!;
	const target = page.locator(`[id="${id}"]`);
	const box = (await target.boundingBox())!;
	expect(box.y, 'the target starts below the sticky bars').toBeGreaterThanOrEqual(top - 1);
	expect(box.y, 'the target is on the first screen').toBeLessThan(viewport.height / 2);
	// A cause's heading: its "Cause N of M" label is fully visible too.
	const kicker = page.locator(`section.cause:has(> [id="${id}"]) > .cause-kicker`);
	if (await kicker.count()) {
		const k = (await kicker.boundingBox())!;
		expect(k.y, '"Cause N of M" below the sticky bars').toBeGreaterThanOrEqual(top - 1);
	}
	// The error is still named on screen, in the breadcrumb bar that stays at the top.
	const named = page.locator('.crumb-bar [aria-current="page"]');
	await expect(named).toHaveText(errorCode);
	await expect(named).toBeInViewport();
	// Briefly highlighted: a followed link by :target, a guided step by .flash.
	const highlighted = await target.evaluate(
		(el) =>
			(el.matches(':target') || el.classList.contains('flash')) &&
			getComputedStyle(el).animationName === 'target-flash',
	);
	expect(highlighted, 'the target is highlighted').toBe(true);
}

for (const width of widths) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: width === 360 ? 740 : 800 } });

		test('keyboard focus is never hidden under the sticky bars, forwards or backwards', async ({
			page,
		}) => {
			await page.goto(errorUrl('en', errorId));
			await page.locator('body').press('End');
			await settled(page);
			const hidden: string[] = [];
			for (const key of ['Shift+Tab', 'Tab'] as const) {
				for (let i = 0; i < 60; i++) {
					await page.keyboard.press(key);
					await settled(page);
					const top = await stickyBottom(page);
					const where = await page.evaluate(() => {
						const el = document.activeElement as HTMLElement | null;
						if (!el || el === document.body) return undefined;
						// A control inside the sticky bars themselves is where it belongs.
						if (el.closest('.top, .crumb-bar')) return undefined;
						const r = el.getBoundingClientRect();
						if (r.width === 0 && r.height === 0) return undefined;
						return { top: r.top, name: el.textContent?.trim().slice(0, 40) ?? el.tagName };
					});
					if (where && where.top < top - 1) hidden.push(`${key} → ${where.name} at ${where.top}`);
				}
			}
			expect(hidden).toEqual([]);
		});

		test('a short link with a fragment lands on the cause with its context', async ({ page }) => {
			await page.goto(`/en/go/${code}/#${secondCause}`);
			await expect(page).toHaveURL(new RegExp(`${errorUrl('en', errorId)}#${secondCause}$`));
			await expectLandedWithContext(page, secondCause, error.codes[0]!);
		});

		test('an anchor of the original article lands on the cause with its context', async ({
			page,
		}) => {
			await page.goto(`${articleUrl('fr')}#${legacy.anchor}`);
			await expect(page).toHaveURL(new RegExp(`/fr/${legacyPath}/#${legacyHash}$`));
			const id = legacyPath.split('/')[1]!;
			await expectLandedWithContext(page, legacyHash, kb.errors.fr.get(id)!.codes[0]!);
		});

		test('a link copied from a step lands on the step with its context', async ({ page }) => {
			await page.goto(`${errorUrl('fr', errorId)}#${stepId}`);
			await expectLandedWithContext(page, stepId, error.codes[0]!);
		});

		test('each step of guided mode lands on its cause with its context', async ({ page }) => {
			await page.goto(errorUrl('en', errorId));
			await page.getByRole('button', { name: 'Guide me through the causes' }).click();
			await expect(page.locator(`[id="${error.causes[0]}"]`)).toBeFocused();
			await expectLandedWithContext(page, error.causes[0]!, error.codes[0]!);
			await page
				.locator('section.cause.guided-current')
				.getByRole('button', { name: 'Not this one, next' })
				.click();
			await expect(page.locator(`[id="${secondCause}"]`)).toBeFocused();
			await expectLandedWithContext(page, secondCause, error.codes[0]!);
		});

		test('breadcrumb, list of every error and cause, previous and next', async ({ page }) => {
			for (const lang of ['en', 'fr'] as const) {
				await page.goto(errorUrl(lang, errorId));
				const crumbs = page.locator('.crumbs li');
				await expect(crumbs).toHaveCount(3);
				await expect(crumbs.last()).toHaveAttribute('aria-current', 'page');
				await expect(crumbs.first().locator('a')).toHaveAttribute('href', `/${lang}/`);
				const nav = page.locator('#site-nav');
				await expect(nav.locator('a')).toHaveCount(kb.errorIds.length + kb.causeIds.length + 1);
				await expect(nav.locator('[aria-current="page"]')).toHaveAttribute(
					'href',
					errorUrl(lang, errorId),
				);
				const { previous, next } = neighbours(kb.errorIds, errorId);
				const pager = page.locator('.prev-next a');
				await expect(pager).toHaveCount(Number(!!previous) + Number(!!next));
				if (next)
					await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', errorUrl(lang, next));
			}
			const causeId = kb.causeIds[0]!;
			await page.goto(causeUrl('en', causeId));
			await expect(page.locator('.crumbs [aria-current="page"]')).toHaveText(
				kb.causes.en.get(causeId)!.shortTitle,
			);
			await expect(page.locator('#site-nav [aria-current="page"]')).toHaveAttribute(
				'href',
				causeUrl('en', causeId),
			);
		});

		test('"Skip to content" goes past "On this page" to the page itself', async ({ page }) => {
			for (const url of [errorUrl('en', errorId), causeUrl('fr', secondCause)]) {
				await page.goto(url);
				await page.keyboard.press('Tab');
				await expect(page.locator('.skip-link')).toBeFocused();
				await page.keyboard.press('Enter');
				await page.keyboard.press('Tab');
				const where = await page.evaluate(() => ({
					inMain: document.activeElement?.closest('main') !== null,
					inToc: document.activeElement?.closest('.on-this-page') !== null,
				}));
				expect(where, url).toEqual({ inMain: true, inToc: false });
				// The list is still there for whoever wants it: one Shift+Tab from the skip link's target.
				await expect(page.locator('.on-this-page summary')).toBeVisible();
			}
		});

		test('the site name and the header box’s placeholder are shown whole in both languages', async ({
			page,
		}) => {
			for (const lang of ['en', 'fr'] as const) {
				await page.goto(`/${lang}/`);
				const brand = page.locator('.site-header .brand');
				await expect(brand).toBeVisible();
				const name = await brand.evaluate((el) => {
					const text = document.createRange();
					text.selectNodeContents(el);
					return {
						fits: el.scrollWidth <= el.clientWidth + 1,
						right: text.getBoundingClientRect().right,
					};
				});
				expect(name.fits, `${lang}: the name fits its box`).toBe(true);
				expect(name.right, `${lang}: the name ends inside the window`).toBeLessThanOrEqual(width);
				const room = await page.locator('#header-search-input').evaluate((el) => {
					const input = el as HTMLInputElement;
					const style = getComputedStyle(input);
					const measure = document.createElement('canvas').getContext('2d')!;
					measure.font = `${style.fontSize} ${style.fontFamily}`;
					const inner =
						input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
					return inner - measure.measureText(input.placeholder).width;
				});
				expect(room, `${lang}: the placeholder is not cut`).toBeGreaterThanOrEqual(0);
			}
		});

		test('the header stays reachable and the way back up works', async ({ page }) => {
			await page.goto(errorUrl('en', errorId));
			await page.evaluate(() => scrollTo(0, document.body.scrollHeight / 2));
			await settled(page);
			const toTop = page.getByRole('link', { name: 'Back to top' });
			await expect(toTop).toBeInViewport();
			if (width > 1000) await expect(page.locator('.site-header')).toBeInViewport();
			await toTop.click();
			await settled(page);
			expect(await page.evaluate(() => scrollY)).toBe(0);
			await expect(page.locator('.site-header')).toBeInViewport();
			// The body's anchor, not a bare `#` (nor `#top`, the title's): a link copied afterwards
			// still opens the page at its top, and no script is needed.
			expect(new URL(page.url()).hash).toBe('#page-top');
			// From the keyboard too, after scrolling down again: the next Tab starts from the top.
			await page.evaluate(() => scrollTo(0, document.body.scrollHeight / 2));
			await settled(page);
			await toTop.focus();
			await page.keyboard.press('Enter');
			await settled(page);
			expect(await page.evaluate(() => scrollY)).toBe(0);
			await page.keyboard.press('Tab');
			const atTop = await page.evaluate(
				() => document.activeElement?.closest('.skip-link, .site-header') !== null,
			);
			expect(atTop, 'Tab after "Back to top" goes on from the top of the page').toBe(true);
		});
	});
}

test.describe('at 1280 px', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('"On this page" is a column that stays in view and follows the reader', async ({ page }) => {
		await page.goto(errorUrl('en', errorId));
		const toc = page.locator('details.on-this-page');
		await expect(toc).toHaveAttribute('open', '');
		const main = (await page.locator('main').boundingBox())!;
		const column = (await toc.boundingBox())!;
		expect(column.x, 'right of the content').toBeGreaterThanOrEqual(main.x + main.width);
		const nav = (await page.locator('#site-nav').boundingBox())!;
		expect(nav.x + nav.width, 'the list of errors and causes is left of it').toBeLessThanOrEqual(
			main.x,
		);
		// Every cause in order, each with its solutions.
		const causeLinks = toc.locator('[data-toc-cause] > a');
		await expect(causeLinks).toHaveCount(error.causes.length);
		for (const [i, id] of error.causes.entries())
			await expect(causeLinks.nth(i)).toHaveAttribute('href', `#${id}`);
		// Scroll to the last cause: the list is still on screen and marks it.
		const last = error.causes.at(-1)!;
		await page.locator(`[id="${last}"]`).evaluate((el) => el.scrollIntoView());
		await expect(toc).toBeInViewport();
		await expect(toc.locator(`a[href="#${last}"]`)).toHaveAttribute('data-reading', '');
		await expect(toc.locator('a[data-reading]')).toHaveCount(1);
	});
});

test.describe('long pages at 1280 px', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('without an anchor, the language switch keeps the section being read', async ({ page }) => {
		await page.goto('/en/errors/backup-internal-error/');
		const cause = (await page.locator('section.cause').nth(2).getAttribute('data-cause'))!;
		await page.locator(`[id="${cause}"]`).evaluate((h) => h.scrollIntoView());
		await page.evaluate(() => scrollBy(0, 200));
		// A section is being read, and the URL has no fragment.
		expect(await readingAfterScroll(page)).toBeTruthy();
		expect(new URL(page.url()).hash).toBe('');
		await page.locator('[data-lang-switch]').first().click();
		// The French page opens at the section being read when the switch was clicked.
		await expect(page).toHaveURL(/\/fr\/errors\/backup-internal-error\/#[\w-]+$/);
		const landed = new URL(page.url()).hash.slice(1);
		await expect(page.locator(`[id="${landed}"]`)).toBeInViewport();
	});

	for (const lang of ['en', 'fr'] as const)
		for (const [name, path] of [
			['the one-page article', articleUrl(lang)],
			['the corrections', correctionsUrl(lang)],
		] as const)
			test(`${lang}: ${name} has "On this page", each link to a heading of the page`, async ({
				page,
			}) => {
				await page.goto(path);
				const toc = page.locator('details.on-this-page');
				await expect(toc).toHaveAttribute('open', '');
				const hrefs = await toc
					.locator('a')
					.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
				expect(hrefs.length).toBeGreaterThan(10);
				const missing = await page.evaluate(
					(list) =>
						list.filter((href) => {
							const target = document.getElementById(decodeURIComponent(href.slice(1)));
							return !target || !/^H[2-4]$/.test(target.tagName);
						}),
					hrefs,
				);
				expect(missing).toEqual([]);
				// Halfway down, the marked link is in view in the column, which scrolled alone.
				const middle = hrefs[Math.floor(hrefs.length * 0.6)]!;
				await page.locator(`[id="${middle.slice(1)}"]`).evaluate((el) => el.scrollIntoView());
				const scrolled = await page.evaluate(() => scrollY);
				const marked = toc.locator('a[data-reading]');
				await expect(marked).toHaveCount(1);
				await expect
					.poll(() =>
						marked.evaluate((a) => {
							const link = a.getBoundingClientRect();
							const column = a.closest('.toc')!.getBoundingClientRect();
							return link.top >= column.top - 1 && link.bottom <= column.bottom + 1;
						}),
					)
					.toBe(true);
				expect(await page.evaluate(() => scrollY)).toBe(scrolled);
				// Scrolled to the last section, the column is still in view and marks it.
				const last = hrefs.at(-1)!;
				await page.locator(`[id="${last.slice(1)}"]`).evaluate((el) => el.scrollIntoView());
				await expect(toc).toBeInViewport();
				await expect(toc.locator(`a[href="${last}"]`)).toHaveAttribute('data-reading', '');
			});
});

test.describe('at 360 px', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the header search opens its results over the breadcrumb bar, not under it', async ({
		page,
	}) => {
		await page.goto(errorUrl('fr', errorId));
		await page.locator('#header-search-input').fill('verrou');
		const panel = page.locator('.site-header .search-panel');
		await expect(panel.getByRole('option').first()).toBeVisible();
		const crumbs = (await page.locator('.crumb-bar').boundingBox())!;
		const box = (await panel.boundingBox())!;
		expect(box.y, 'the panel starts above the breadcrumb bar').toBeLessThan(crumbs.y + 1);
		// Where both are, the panel is on top.
		const onTop = await page.evaluate(
			({ x, y }) => document.elementFromPoint(x, y)?.closest('.search-panel') !== null,
			{ x: box.x + box.width / 2, y: crumbs.y + crumbs.height / 2 },
		);
		expect(onTop).toBe(true);
	});

	test('"On this page" is a collapsed list at the top and the content stays above the fold', async ({
		page,
	}) => {
		for (const lang of ['en', 'fr'] as const) {
			await page.goto(errorUrl(lang, errorId));
			const toc = page.locator('details.on-this-page');
			await expect(toc).not.toHaveAttribute('open', '');
			const tocBox = (await toc.boundingBox())!;
			const h1 = (await page.locator('h1').boundingBox())!;
			expect(tocBox.y).toBeLessThan(h1.y);
			expect(h1.y + 40, 'the title is on the first screen').toBeLessThan(740);
			await toc.locator('summary').click();
			await expect(toc.locator(`a[href="#${secondCause}"]`)).toBeVisible();
			// The header: no taller than ~100 px, no "/" hint; its "Menu" leads to the list.
			const header = (await page.locator('.site-header').boundingBox())!;
			expect(header.height).toBeLessThanOrEqual(100);
			await expect(page.locator('.header-search .shortcut')).toBeHidden();
			await page.locator('.menu-link').click();
			await expect(page.locator('#site-nav')).toBeInViewport();
		}
	});
});
