/**
 * Every page of the sitemap, both languages, visited once, with every per-page check on that
 * visit (one page per worker, the site's CSP enforced):
 * - it opens (200) with the right `lang`, one h1, main, the site header, a footer and its
 *   French alternate;
 * - its CSP meta is strict (no 'unsafe-inline' scripts, no 'unsafe-eval', object-src 'none',
 *   base-uri 'self'), and Chromium reports no CSP violation and no console error, from the first
 *   byte to the end of the checks below (axe and the keyboard walk included);
 * - every `lang` value is en or fr, and French pages mark as English the English messages the
 *   English error pages show;
 * - external links open with rel="noopener noreferrer";
 * - the seed's facts and link targets are on the pages it names, its retired advice and links
 *   are not, its historical steps show their era (tests/support/seed-pages.ts), and every error
 *   page links to the health checklist;
 * - no raw Markdown backtick in the page's text;
 * - axe finds nothing in the light and the dark scheme;
 * - keyboard: the first Tab lands on a visible skip link that moves focus to <main>, and Tab
 *   reaches every control, each with a visible focus indicator.
 * Plus the root page (which leaves for a language at once) and the 404 page of each language.
 */
import type { Page } from '@playwright/test';
import { auditBothSchemes } from '../support/axe';
import { pressTab } from '../support/keys';
import { test as siteTest, expect } from '../support/site-page';
import { sitemapPaths } from '../support/sitemap';
import { expectSeedFacts, seedPages } from '../support/seed-pages';

const paths = sitemapPaths();

/** The English error messages as the English pages show them, read once per worker. */
const test = siteTest.extend<object, { englishMessages: string[] }>({
	englishMessages: [
		async ({ browser }, use) => {
			const context = await browser.newContext();
			const page = await context.newPage();
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
			await context.close();
			await use([...english]);
		},
		{ scope: 'worker' },
	],
});

/** Parses a CSP string into directive → sources. */
function parseCsp(csp: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const part of csp.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) map.set(name.toLowerCase(), sources);
	}
	return map;
}

async function expectStrictCsp(page: Page, label: string): Promise<void> {
	const metas = await page
		.locator('meta[http-equiv="content-security-policy" i]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('content') ?? ''));
	expect.soft(metas, `${label}: one CSP meta element`).toHaveLength(1);
	const csp = parseCsp(metas[0] ?? '');
	const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? [];
	expect.soft(scriptSrc, `${label}: script-src is set`).not.toEqual([]);
	expect.soft(scriptSrc, label).not.toContain("'unsafe-inline'");
	expect.soft(metas[0], label).not.toContain("'unsafe-eval'");
	expect.soft(csp.get('object-src'), label).toEqual(["'none'"]);
	expect.soft(csp.get('base-uri'), label).toEqual(["'self'"]);
}

async function expectLandmarks(page: Page, path: string): Promise<void> {
	const lang = path.split('/')[1]!;
	await expect.soft(page.locator('html'), path).toHaveAttribute('lang', lang);
	await expect.soft(page.locator('h1'), path).toHaveCount(1);
	await expect.soft(page.locator('main'), path).toHaveCount(1);
	await expect.soft(page.locator('header.site-header'), path).toHaveCount(1);
	await expect.soft(page.locator('footer'), path).toHaveCount(1);
	// Inline Markdown in a content field is rendered, never shown raw (`/etc/waagent.conf`).
	const shown = await page.locator('main').innerText();
	expect.soft(shown.match(/.{0,40}`.{0,40}/)?.[0], `${path}: a raw backtick`).toBeUndefined();
	await expect
		.soft(page.locator('link[rel="alternate"][hreflang="fr"]'), path)
		.toHaveAttribute('href', new RegExp(`/fr${path.slice(3)}$`));
}

/** `lang` values are en or fr; a French page marks the English messages it quotes. */
async function langProblems(page: Page, path: string, english: string[]): Promise<string[]> {
	const problems: string[] = [];
	const bad = await page.evaluate(() =>
		[...document.querySelectorAll('[lang]')]
			.map((el) => el.getAttribute('lang') ?? '')
			.filter((l) => !/^(en|fr)(-[A-Z]{2})?$/.test(l)),
	);
	if (bad.length) problems.push(`unknown lang values ${bad.join(', ')}`);
	if (!path.startsWith('/fr/')) return problems;
	const unmarked = await page.evaluate((messages) => {
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
	}, english);
	for (const u of unmarked) problems.push(`English text not marked lang="en": ${u}`);
	return problems;
}

/** External links (another origin, http or https) without noopener and noreferrer. */
const unsafeExternalLinks = (page: Page) =>
	page.locator('a[href]').evaluateAll((as) =>
		as
			.filter(
				(a) =>
					(a as HTMLAnchorElement).origin !== location.origin &&
					/^https?:/.test((a as HTMLAnchorElement).href),
			)
			.map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') ?? '' }))
			.filter(({ rel }) => {
				const words = rel.split(/\s+/);
				return !words.includes('noopener') || !words.includes('noreferrer');
			})
			.map(({ href, rel }) => `${href} rel="${rel}"`),
	);

/**
 * From the top of a freshly loaded page: the first Tab lands on the skip link, visible; Tab then
 * reaches every control, each of which looks different when focused (an outline or a shadow);
 * last, the skip link activated with Enter moves focus to <main>.
 */
async function expectKeyboardUsable(page: Page, path: string): Promise<void> {
	// A page that puts the cursor in its box (`autofocus`: the search page) is walked from the top
	// of the document as any other: focus moves to a start point before the skip link.
	await page.evaluate(() => {
		if (!document.querySelector('[autofocus]')) return;
		const start = document.createElement('span');
		start.tabIndex = -1;
		document.body.prepend(start);
		start.focus();
	});
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
		// Kept for the focus walk below, so both record the same properties.
		(window as unknown as { __focusLook: typeof look }).__focusLook = look;
		let i = 0;
		return [...document.querySelectorAll<HTMLElement>(sel)]
			.filter(
				(el) =>
					el.tabIndex >= 0 &&
					!(el as HTMLButtonElement).disabled &&
					el.getClientRects().length > 0 &&
					getComputedStyle(el).visibility !== 'hidden' &&
					// Not inside a closed <details> (its content is skipped, unreachable by design).
					el.checkVisibility(),
			)
			.map((el) => {
				el.dataset.a11yIdx = String(i++);
				// A radio group is one tab stop: the arrow keys move inside it.
				const group =
					el instanceof HTMLInputElement && el.type === 'radio'
						? `radio:${el.name}`
						: el.dataset.a11yIdx;
				return { idx: el.dataset.a11yIdx, group, look: look(el), html: el.outerHTML.slice(0, 120) };
			});
	});

	// What each element looks like as it takes focus, recorded by the page itself: the walk then
	// costs one key press per control instead of a press and a query.
	await page.evaluate(() => {
		const w = window as unknown as {
			__focusWalk: unknown[];
			__focusLook: (el: Element) => string;
		};
		w.__focusWalk = [];
		document.addEventListener('focusin', (e) => {
			const el = e.target as HTMLElement;
			const r = el.getBoundingClientRect();
			w.__focusWalk.push({
				idx: el.dataset.a11yIdx ?? null,
				href: el.getAttribute('href'),
				inView: r.bottom > 0 && r.top < innerHeight && r.width > 1 && r.height > 1,
				// Nothing drawn over its middle (a sticky bar once covered the skip link).
				onTop: el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)),
				look: w.__focusLook(el),
				html: el.outerHTML.slice(0, 120),
			});
		});
	});
	// Past the last control, focus leaves the document, then comes back to the first one.
	await pressTab(page, candidates.length + 2);
	const walk = await page.evaluate(
		() =>
			(
				window as unknown as {
					__focusWalk: {
						idx: string | null;
						href: string | null;
						inView: boolean;
						onTop: boolean;
						look: string;
						html: string;
					}[];
				}
			).__focusWalk,
	);
	// Skip link: first in tab order, visible when focused.
	expect.soft(walk[0]?.href, `${path}: the first Tab lands on the skip link`).toBe('#main');
	expect.soft(walk[0]?.inView, `${path}: the focused skip link is visible`).toBe(true);
	expect.soft(walk[0]?.onTop, `${path}: nothing covers the focused skip link`).toBe(true);
	const reached = new Set<string>();
	const invisible: string[] = [];
	for (const now of walk) {
		if (now.idx === null) continue;
		if (reached.has(now.idx)) break;
		reached.add(now.idx);
		const before = candidates.find((c) => c.idx === now.idx);
		const outline = now.look.split('|');
		const hasOutline = outline[0] !== 'none' && parseFloat(outline[1]!) >= 1;
		const changed = before && before.look !== now.look;
		if (!changed || (!hasOutline && outline[3] === 'none')) invisible.push(now.html);
	}
	const reachedGroups = new Set(candidates.filter((c) => reached.has(c.idx)).map((c) => c.group));
	const unreached = candidates.filter((c) => !reachedGroups.has(c.group)).map((c) => c.html);
	expect.soft(unreached, `${path}: controls the Tab key never reaches`).toEqual([]);
	expect.soft(invisible, `${path}: focused elements without a visible focus indicator`).toEqual([]);

	// The skip link moves focus to <main>.
	await page.locator('a[href="#main"]').first().focus();
	await page.keyboard.press('Enter');
	await expect
		.poll(() => page.evaluate(() => document.activeElement?.tagName), {
			message: `${path}: the skip link moves focus to <main>`,
		})
		.toBe('MAIN');
}

test('every page the seed names is in the sitemap (so its facts are checked below)', () => {
	for (const lang of ['en', 'fr'] as const)
		for (const path of seedPages(lang)) expect(paths, path).toContain(path);
});

test.describe('every page', () => {
	for (const path of paths) {
		test(path, async ({ sitePage, englishMessages }) => {
			const { page } = sitePage;
			const response = await sitePage.visit(path);
			expect(response?.status(), path).toBe(200);
			// A second class attribute is dropped by the parser, and with it the styles it scoped.
			const doubled = (await response!.text()).match(/<[a-z][^<>]*\sclass="[^"]*"[^<>]*\sclass="/g);
			expect.soft(doubled ?? [], `${path}: one class attribute per element`).toEqual([]);
			await expectLandmarks(page, path);
			await expectStrictCsp(page, path);
			expect.soft(await langProblems(page, path, englishMessages), `${path}: lang`).toEqual([]);
			expect.soft(await unsafeExternalLinks(page), `${path}: external links`).toEqual([]);
			await expectSeedFacts(page, path);
			if (/^\/(en|fr)\/errors\//.test(path))
				await expect
					.soft(page.locator('main a[data-checklist-link]'), `${path}: the checklist link`)
					.toHaveAttribute('href', `/${path.split('/')[1]}/checklist/`);
			await auditBothSchemes(page, path);
			await expectKeyboardUsable(page, path);
			// Last: nothing above (scripts, axe, the keyboard walk) met the CSP or logged an error.
			expect.soft(await sitePage.cspViolations(), `${path}: CSP violations`).toEqual([]);
			expect(sitePage.errors, `${path}: console errors`).toEqual([]);
		});
	}
});

test.describe('pages outside the sitemap', () => {
	test('the root page, and the page it sends the visitor to', async ({ sitePage }) => {
		const { page } = sitePage;
		await sitePage.visit('/');
		// The root page leaves for /en/ or /fr/ at once: check the page it lands on too.
		await page.waitForURL(/\/(en|fr)\/$/);
		await page.waitForLoadState('load');
		await expectStrictCsp(page, '/ (landed)');
		expect.soft(await sitePage.cspViolations(), 'CSP violations').toEqual([]);
		expect(sitePage.errors, 'console errors').toEqual([]);
	});

	for (const lang of ['en', 'fr']) {
		test(`the 404 page (/${lang}/)`, async ({ sitePage }) => {
			const { page } = sitePage;
			const response = await sitePage.visit(`/${lang}/no-such-page-for-checks/`);
			expect(response?.status()).toBe(404);
			await expectStrictCsp(page, '404');
			await auditBothSchemes(page, '404');
			expect.soft(await sitePage.cspViolations(), 'CSP violations').toEqual([]);
			expect(sitePage.errors, 'console errors').toEqual([]);
		});
	}
});
