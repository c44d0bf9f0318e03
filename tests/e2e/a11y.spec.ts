/**
 * Accessibility: axe-core on every page of the sitemap in both languages and both
 * colour schemes, on the search page with results open, the root page and the 404 page; then
 * keyboard checks (skip link, a visible focus indicator on every focusable element) and `lang`.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from '../support/page-errors';
import { sitemapPaths } from '../support/sitemap';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const schemes = ['light', 'dark'] as const;
/** The axe rules whose outcome depends on colours. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Rules switched off, each with its reason. Keep this empty unless a rule is wrong for this
 * site, and cite the upstream issue when it is a known false positive.
 */
const disabledRules: string[] = [];

/** A readable summary of axe's violations: rule, impact, help and the first few targets. */
function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
	return violations
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help}\n${v.nodes
					.slice(0, 5)
					.map(
						(n) => `    ${n.target.join(' ')}  ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
					)
					.join('\n')}`,
		)
		.join('\n');
}

/**
 * One browser context per worker for the axe runs: axe only reads the page, so the pages can
 * share it. CSP is its own suite (csp.spec.ts); axe is injected with evaluate, which the CSP must
 * not block.
 */
const axeTest = test.extend<object, { axePage: Page }>({
	axePage: [
		async ({ browser }, use) => {
			const context = await browser.newContext({ bypassCSP: true });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
});

/**
 * axe on the page as it is: every rule in the light scheme, then the colour rules again in the
 * dark scheme (one load; the scheme changes colours only, so the other rules would repeat).
 */
async function audit(page: Page): Promise<void> {
	// Wait for transitions (skip link, target flash) to settle so colours are final.
	await page.waitForLoadState('load');
	for (const scheme of schemes) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.waitForTimeout(100);
		const axe = new AxeBuilder({ page }).withTags(tags).disableRules(disabledRules);
		if (scheme === 'dark') axe.withRules(colourRules);
		const results = await axe.analyze();
		expect(results.violations, `${scheme} scheme:\n${describe(results.violations)}`).toEqual([]);
	}
	await page.emulateMedia({ colorScheme: null });
}

const paths = sitemapPaths();

axeTest.describe('axe, light and dark schemes', () => {
	for (const path of paths) {
		axeTest(`${path}`, async ({ axePage: page }) => {
			await page.goto(path);
			await audit(page);
		});
	}

	for (const lang of ['en', 'fr']) {
		axeTest(`/${lang}/search/ with results open`, async ({ axePage: page }) => {
			await page.goto(`/${lang}/search/?q=UserErrorGuestAgentStatusUnavailable`);
			await page.locator('[data-verdict]').first().waitFor({ state: 'attached', timeout: 10_000 });
			await audit(page);
		});

		axeTest(`/${lang}/ with the header search open`, async ({ axePage: page }) => {
			await page.goto(`/${lang}/`);
			await page.locator('#header-search-input').fill('UserErrorGuestAgentStatusUnavailable');
			await page.waitForTimeout(800);
			await audit(page);
		});

		axeTest(`404 page (/${lang}/)`, async ({ axePage: page }) => {
			const res = await page.goto(`/${lang}/no-such-page-for-axe/`);
			expect(res?.status()).toBe(404);
			await audit(page);
		});
	}

	axeTest('root page (as it stays without JavaScript)', async ({ browser }) => {
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
		await audit(page);
		await context.close();
	});
});

/**
 * A page that puts the cursor in its box (`autofocus`: the search page) is walked from the top
 * of the document as any other: focus moves to a start point before the skip link.
 */
async function enterFromTheTop(page: Page) {
	await page.evaluate(() => {
		if (!document.querySelector('[autofocus]')) return;
		const start = document.createElement('span');
		start.tabIndex = -1;
		document.body.prepend(start);
		start.focus();
	});
}

test.describe('keyboard', () => {
	for (const path of paths) {
		test(`skip link first, focus visible on every control: ${path}`, async ({ page }) => {
			const errors = watchErrors(page);
			await page.goto(path, { waitUntil: 'load' });
			await enterFromTheTop(page);

			// Skip link: first in tab order, visible when focused, moves focus to <main>.
			await page.keyboard.press('Tab');
			const first = await page.evaluate(() => {
				const el = document.activeElement as HTMLAnchorElement | null;
				const r = el?.getBoundingClientRect();
				return {
					href: el?.getAttribute('href'),
					inView: !!r && r.bottom > 0 && r.top < innerHeight && r.width > 1 && r.height > 1,
				};
			});
			expect(first.href, 'the first Tab lands on the skip link').toBe('#main');
			expect(first.inView, 'the focused skip link is visible').toBe(true);
			await page.keyboard.press('Enter');
			await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');

			// Walk the page with Tab from the top: every control is reached and looks different when focused.
			await page.goto(path, { waitUntil: 'load' });
			await enterFromTheTop(page);
			// Every element that can take focus from the keyboard, with its unfocused look.
			const candidates = await page.evaluate(() => {
				const sel =
					'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
				const look = (el: Element) => {
					const s = getComputedStyle(el);
					return [
						s.outlineStyle,
						s.outlineWidth,
						s.outlineColor,
						s.boxShadow,
						s.borderColor,
						s.backgroundColor,
						s.textDecorationLine,
					].join('|');
				};
				let i = 0;
				return [...document.querySelectorAll<HTMLElement>(sel)]
					.filter(
						(el) =>
							el.tabIndex >= 0 &&
							!(el as HTMLButtonElement).disabled &&
							el.getClientRects().length > 0 &&
							// Not inside a closed <details> (its summary is the control that opens it).
							el.checkVisibility() &&
							getComputedStyle(el).visibility !== 'hidden',
					)
					.map((el) => {
						el.dataset.a11yIdx = String(i++);
						// A radio group is one tab stop: the arrow keys move inside it.
						const group =
							el instanceof HTMLInputElement && el.type === 'radio'
								? `radio:${el.name}`
								: el.dataset.a11yIdx;
						return {
							idx: el.dataset.a11yIdx,
							group,
							look: look(el),
							html: el.outerHTML.slice(0, 120),
						};
					});
			});

			const reached = new Set<string>();
			const invisible: string[] = [];
			for (let n = 0; n < candidates.length + 5; n++) {
				await page.keyboard.press('Tab');
				const now = await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					if (!el || el === document.body) return null;
					const s = getComputedStyle(el);
					return {
						idx: el.dataset.a11yIdx ?? null,
						look: [
							s.outlineStyle,
							s.outlineWidth,
							s.outlineColor,
							s.boxShadow,
							s.borderColor,
							s.backgroundColor,
							s.textDecorationLine,
						].join('|'),
						html: el.outerHTML.slice(0, 120),
					};
				});
				if (!now) break;
				if (now.idx === null) continue;
				if (reached.has(now.idx)) break;
				reached.add(now.idx);
				const before = candidates.find((c) => c.idx === now.idx);
				const outline = now.look.split('|');
				const hasOutline = outline[0] !== 'none' && parseFloat(outline[1]!) >= 1;
				const changed = before && before.look !== now.look;
				if (!changed || (!hasOutline && outline[3] === 'none')) invisible.push(now.html);
			}
			const reachedGroups = new Set(
				candidates.filter((c) => reached.has(c.idx)).map((c) => c.group),
			);
			const unreached = candidates.filter((c) => !reachedGroups.has(c.group)).map((c) => c.html);
			expect(unreached, 'controls the Tab key never reaches').toEqual([]);
			expect(invisible, 'focused elements without a visible focus indicator').toEqual([]);
			expect(errors).toEqual([]);
		});
	}
});

test.describe('lang attributes', () => {
	test('each page declares its language; French pages mark the English strings they quote', async ({
		page,
	}) => {
		test.setTimeout(120_000);
		// The English error messages, as the English pages show them.
		const english = new Set<string>();
		for (const path of paths.filter((p) => /^\/en\/errors\//.test(p))) {
			await page.goto(path);
			for (const text of await page.locator('[data-message]').allTextContents())
				english.add(text.trim());
			// …and the English sentences the explanation quotes (other wordings, related messages).
			for (const text of await page
				.locator('section[aria-labelledby="when"] code')
				.allTextContents()) {
				if (text.trim().split(/\s+/).length >= 3) english.add(text.trim());
			}
		}
		expect(english.size, 'English error messages found on the English error pages').toBeGreaterThan(
			0,
		);

		const problems: string[] = [];
		for (const path of paths) {
			await page.goto(path);
			const lang = path.split('/')[1];
			const htmlLang = await page.locator('html').getAttribute('lang');
			if (htmlLang !== lang)
				problems.push(`${path}: <html lang="${htmlLang}">, expected "${lang}"`);
			const bad = await page.evaluate(() =>
				[...document.querySelectorAll('[lang]')]
					.map((el) => el.getAttribute('lang') ?? '')
					.filter((l) => !/^(en|fr)(-[A-Z]{2})?$/.test(l)),
			);
			if (bad.length) problems.push(`${path}: unknown lang values ${bad.join(', ')}`);
			if (lang !== 'fr') continue;
			const unmarked = await page.evaluate(
				(messages) => {
					const out: string[] = [];
					const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const text = node.textContent ?? '';
						const hit = messages.find((m) => text.includes(m));
						if (!hit) continue;
						const marked = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
						if (!marked.startsWith('en'))
							out.push(
								`"${hit}" in <${node.parentElement?.tagName.toLowerCase()}> (lang=${marked || 'inherited'})`,
							);
					}
					return out;
				},
				[...english],
			);
			for (const u of unmarked) problems.push(`${path}: English text not marked lang="en": ${u}`);
		}
		expect(problems).toEqual([]);
	});

	test('the French search page marks an English match as English', async ({ page }) => {
		await page.goto('/fr/search/?q=VM%20Agent%20unable%20to%20communicate%20with%20Azure%20Backup');
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
});
