/**
 * Links that tickets can trust, in Chromium against the built site: short links by
 * error code (any case, query and fragment carried, no-JS fallback), every legacy anchor of the
 * original article, the copy-link control, the language switch from a deep anchor, the 404.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { kb } from '../support/content';
import {
	articleOwnAnchors,
	legacyAnchorMap,
	legacyTarget,
	repeatedSolutionAnchor,
} from '../../src/lib/links/legacy-anchors';
import { canonicalCodes } from '../../src/lib/links/short-links';
import { articleUrl, errorUrl, stepAnchor } from '../../src/lib/urls';

const codes = canonicalCodes(kb);
/** Every `<a name>` of the seed article (tests/fixtures/seed-facts.json: entry anchors + page-level ones). */
const seedFacts = JSON.parse(readFileSync('tests/fixtures/seed-facts.json', 'utf8')) as {
	legacyAnchors: { anchor: string; target: string }[];
	pageAnchors: string[];
};
/** Where each seed anchor must land (written from the seed, not computed by the code under test). */
const expectedTarget = new Map(seedFacts.legacyAnchors.map((a) => [a.anchor, a.target]));
const seedAnchors = [...seedFacts.legacyAnchors.map((a) => a.anchor), ...seedFacts.pageAnchors];

/** Path + query + hash of the page, once every script-driven redirect has settled. */
async function landed(page: Page): Promise<string> {
	await page.waitForLoadState('load');
	const u = new URL(page.url());
	return `${u.pathname}${u.search}${u.hash}`;
}
/**
 * `astro preview` answers a path without its trailing slash with its own notice, where a static
 * host (and `astro preview` for any other unknown path) serves our 404 page: do what a host does.
 */
async function serveNotFoundWithoutSlash(page: Page) {
	const body = readFileSync(`${process.env.KB_OUT_DIR ?? 'dist'}/404.html`, 'utf8');
	await page.route(/^[^?#]*[^/?#]([?#].*)?$/, (route) => {
		const { pathname } = new URL(route.request().url());
		if (route.request().resourceType() !== 'document' || /\.[a-z0-9]+$/i.test(pathname))
			return route.fallback();
		return route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body });
	});
}
async function expectAnchor(page: Page, hash: string) {
	const id = decodeURIComponent(hash.replace(/^#/, ''));
	if (id) await expect(page.locator(`[id="${id}"]`).first()).toBeAttached();
}

test.describe('short links by error code', () => {
	test('every code opens its error page, in the browser language, with query and fragment', async ({
		page,
	}) => {
		for (const { code, errorId } of codes) {
			const cause = kb.errors.en.get(errorId)!.causes[0]!;
			await page.goto(`/go/${code}/?from=ticket#${cause}`);
			await page.waitForURL(`**${errorUrl('en', errorId)}?from=ticket#${cause}`);
			await expectAnchor(page, `#${cause}`);
		}
	});

	test('any letter case resolves (generated lower case, the 404 page for the rest)', async ({
		page,
	}) => {
		const { code, errorId } = codes[0]!;
		await serveNotFoundWithoutSlash(page);
		for (const variant of [
			code.toLowerCase(),
			code.toUpperCase(),
			`${code.slice(0, 4).toUpperCase()}${code.slice(4).toLowerCase()}`,
		]) {
			for (const path of [
				`/go/${variant}/`,
				`/go/${variant}`,
				`/fr/go/${variant}/`,
				`/fr/go/${variant}`,
			]) {
				await page.goto(`${path}?q=1#x`);
				const lang = path.startsWith('/fr/') ? 'fr' : 'en';
				await page.waitForURL(`**${errorUrl(lang, errorId)}?q=1#x`);
			}
		}
	});

	test('the language the reader chose last wins over the browser language', async ({ page }) => {
		const { code, errorId } = codes[0]!;
		await page.goto('/en/');
		await page.evaluate(() => localStorage.setItem('kb-lang', 'fr'));
		await page.goto(`/go/${code}/`);
		await page.waitForURL(`**${errorUrl('fr', errorId)}`);
	});

	test('a browser in French gets French', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'fr-FR' });
		const page = await context.newPage();
		const { code, errorId } = codes[0]!;
		await page.goto(`/go/${code}/`);
		await page.waitForURL(`**${errorUrl('fr', errorId)}`);
		await context.close();
	});

	test('without JavaScript: a plain link and a meta refresh lead there', async ({
		browser,
		request,
	}) => {
		const { code, errorId } = codes[0]!;
		for (const [path, lang] of [
			[`/go/${code}/`, 'en'],
			[`/fr/go/${code}/`, 'fr'],
		] as const) {
			const html = await (await request.get(path)).text();
			expect(html).toContain(`<a href="${errorUrl(lang, errorId)}"`);
			expect(html).toMatch(
				new RegExp(
					`<noscript><meta http-equiv="refresh" content="0; url=${errorUrl(lang, errorId)}"`,
				),
			);
		}
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`/fr/go/${code}/`);
		await page.waitForURL(`**${errorUrl('fr', errorId)}`);
		await context.close();
	});
});

test.describe('legacy anchors of the original article', () => {
	test('the seed has the anchors we expect', () => {
		expect(seedAnchors.length).toBeGreaterThanOrEqual(25);
		expect(seedAnchors).toContain('the-vm-has-no-internet-access');
	});

	for (const lang of ['fr', 'en'] as const) {
		test(`the article page sends every seed anchor where the seed had it (${lang})`, async ({
			page,
			request,
		}) => {
			// The map the page's script follows, as the page ships it: every seed anchor that
			// leaves the article is in it, with the target the seed gives (an oracle written from
			// the seed, not computed by the code under test), and the map is `legacyAnchorMap`'s
			// (whose every entry the unit tests check: tests/unit/lib/links.test.ts).
			await page.goto(articleUrl(lang));
			const shipped = JSON.parse(
				(await page.locator('[data-legacy-article]').getAttribute('data-legacy-map')) ?? '{}',
			) as Record<string, string>;
			expect(shipped).toEqual(legacyAnchorMap(kb, lang));
			const own = Object.values(articleOwnAnchors) as string[];
			for (const anchor of seedAnchors) {
				const expected = expectedTarget.get(anchor);
				if (own.includes(anchor)) expect(shipped[anchor], anchor).toBeUndefined();
				else expect(shipped[anchor], anchor).toBeDefined();
				if (expected) {
					const [expectedPage = '', expectedHash] = expected.split('#');
					expect(shipped[anchor], anchor).toBe(
						`/${lang}/${expectedPage}/${expectedHash ? `#${expectedHash}` : ''}`,
					);
				}
			}
			// Every target opens, and its #anchor names an element there (the served HTML; the
			// redirect itself is followed in a browser once per kind of anchor, below).
			const html = new Map<string, string>();
			for (const target of new Set(Object.values(shipped))) {
				const [path = '', hash] = target.split('#');
				if (!html.has(path)) {
					const res = await request.get(path);
					expect(res.status(), path).toBe(200);
					html.set(path, await res.text());
				}
				if (hash) expect(html.get(path), target).toContain(`id="${hash}"`);
			}
		});

		test(`one seed anchor of each kind lands on its new page and anchor, query kept (${lang})`, async ({
			page,
		}) => {
			// One anchor per kind of target: an error page, a cause on an error page, a cause
			// page, a solution on its cause page, the repeated #solution, and the article's own.
			const kinds = new Map<string, string>();
			for (const anchor of seedAnchors) {
				const target = legacyTarget(kb, lang, anchor);
				const kind =
					anchor === repeatedSolutionAnchor
						? 'repeated solution'
						: !target
							? `own: ${anchor}`
							: `${target.split('/')[2]}${target.includes('#') ? '#' : ''}`;
				if (!kinds.has(kind)) kinds.set(kind, anchor);
			}
			expect([...kinds.keys()].sort()).toEqual(
				[
					'causes',
					'causes#',
					'errors',
					'errors#',
					'repeated solution',
					...Object.values(articleOwnAnchors).map((a) => `own: ${a}`),
				].sort(),
			);
			for (const anchor of kinds.values()) {
				const target = legacyTarget(kb, lang, anchor);
				await page.goto(`${articleUrl(lang)}?from=ticket#${anchor}`);
				if (target) {
					const [path, hash = ''] = target.split('#');
					await page.waitForURL(`**${path}?from=ticket${hash ? `#${hash}` : ''}`);
					await expectAnchor(page, hash);
				} else {
					// The article's own anchors (its title, "causes and solutions") stay on the single page.
					expect(await landed(page)).toBe(`${articleUrl(lang)}?from=ticket#${anchor}`);
					await expectAnchor(page, anchor);
				}
			}
		});
	}

	test('examples from the issue go where a reader expects', async ({ page }) => {
		await page.goto(`${articleUrl('en')}#the-vm-has-no-internet-access`);
		await page.waitForURL('**/en/causes/no-internet-access/');
		await page.goto(
			`${articleUrl('fr')}#cause-3-the-agent-installed-in-the-vm-is-out-of-date-for-linux-vmsthe-agent-installed-in-the-vm-is-out-of-date-for-linux-vms`,
		);
		await page.waitForURL('**/fr/errors/guest-agent-status-unavailable/#linux-agent-outdated');
		await page.goto(`${articleUrl('en')}#vmsnapshot-extension-operation-failed`);
		await page.waitForURL('**/en/errors/vmsnapshot-extension-failed/');
	});

	test('without JavaScript every old anchor is an element of the single-page article', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const lang of ['fr', 'en'] as const) {
			await page.goto(articleUrl(lang));
			for (const anchor of seedAnchors)
				await expect(page.locator(`[id="${anchor}"]`), anchor).toHaveCount(1);
			// And the whole article is there: every error and every cause, in reading order.
			for (const id of [...kb.errorIds, ...kb.causeIds])
				await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
		}
		await context.close();
	});
});

test.describe('copy link', () => {
	test('writes the canonical URL plus the element anchor, and it opens in the other language', async ({
		browser,
	}) => {
		const context = await browser.newContext({
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		const page = await context.newPage();
		const errorId = kb.errorIds[0]!;
		const causeId = kb.errors.fr.get(errorId)!.causes[0]!;
		const solutionId = kb.causes.fr.get(causeId)!.solutions[0]!;
		const step = kb.solutions.fr.get(solutionId)!.steps[0]!;
		const anchor = stepAnchor(solutionId, step.id);
		await page.goto(`${errorUrl('fr', errorId)}?os=linux`);
		const button = page.locator(`[id="${anchor}"] button[data-copy-link]`);
		await button.click();
		await expect(button).toHaveAttribute('data-state', 'copied');
		const origin = new URL(page.url()).origin;
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(`${origin}${errorUrl('fr', errorId)}#${anchor}`);
		// A colleague reading English opens the same element.
		await page.goto(copied.replace('/fr/', '/en/'));
		await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
		// Headings and the page itself have the control too.
		await page.locator(`[id="${causeId}"] button[data-copy-link]`).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${origin}${errorUrl('en', errorId)}#${causeId}`,
		);
		await page.locator('h1 button[data-copy-link]').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${origin}${errorUrl('en', errorId)}`,
		);
		await context.close();
	});

	test('every section of the health checklist has the control, in both languages', async ({
		browser,
	}) => {
		const context = await browser.newContext({
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		const page = await context.newPage();
		for (const lang of ['en', 'fr'] as const) {
			await page.goto(`/${lang}/checklist/`);
			const ids = await page
				.locator('[data-checklist] > h2[id], [data-checklist] h3[id]')
				.evaluateAll((els) => els.map((el) => el.id));
			expect(ids).toEqual(expect.arrayContaining(['vm-health', 'collect-for-ticket--identifiers']));
			for (const id of ids) {
				await page.locator(`[id="${id}"] button[data-copy-link]`).click();
				expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
					`${new URL(page.url()).origin}/${lang}/checklist/#${id}`,
				);
			}
		}
		await context.close();
	});

	test('when the clipboard is refused, the link is shown selected, and the refusal is announced', async ({
		page,
	}) => {
		const errorId = kb.errorIds[0]!;
		const causeId = kb.errors.en.get(errorId)!.causes[0]!;
		await page.goto(errorUrl('en', errorId));
		await page.evaluate(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new Error('denied')) },
			});
		});
		await page.locator(`[id="${causeId}"] button[data-copy-link]`).click();
		const field = page.locator('.copy-link-fallback');
		await expect(field).toBeVisible();
		await expect(field).toBeFocused();
		expect(await field.inputValue()).toBe(
			`${new URL(page.url()).origin}${errorUrl('en', errorId)}#${causeId}`,
		);
		await expect(page.locator('[role="status"][aria-live="polite"]').last()).not.toBeEmpty();
	});

	test('is keyboard reachable with a visible focus', async ({ page }) => {
		await page.goto(errorUrl('en', kb.errorIds[0]!));
		const button = page.locator('button[data-copy-link]').nth(1);
		await button.focus();
		await expect(button).toBeFocused();
		const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).not.toBe('none');
	});
});

test('the language switch keeps the entry, the query and a deep anchor', async ({ page }) => {
	const errorId = kb.errorIds[0]!;
	const causeId = kb.errors.fr.get(errorId)!.causes[0]!;
	const solutionId = kb.causes.fr.get(causeId)!.solutions[0]!;
	const anchor = stepAnchor(solutionId, kb.solutions.fr.get(solutionId)!.steps[0]!.id);
	await page.goto(`${errorUrl('fr', errorId)}?os=windows#${anchor}`);
	await page.locator('a[data-lang-switch]').click();
	await page.waitForURL(`**${errorUrl('en', errorId)}?os=windows#${anchor}`);
	await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test.describe('404', () => {
	test('shows the language of the path and offers the search with the path words', async ({
		page,
	}) => {
		const res = await page.goto('/fr/errors/agent-ne-repond-pas/');
		expect(res?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		const fr = page.locator('section[data-lang-block="fr"]');
		await expect(fr).toBeVisible();
		await expect(page.locator('section[data-lang-block="en"]')).toBeHidden();
		await expect(fr.locator('a[data-search-link]')).toHaveAttribute(
			'href',
			'/fr/search/?q=agent%20ne%20repond%20pas',
		);
		await expect(fr.locator('form[action="/fr/search/"] input[name="q"]')).toHaveValue(
			'agent ne repond pas',
		);
		await expect(fr.locator('a[href="/fr/"]')).toBeVisible();
	});

	test('in English for an English path', async ({ page }) => {
		await page.goto('/en/causes/gone-away/');
		await expect(page.locator('section[data-lang-block="en"] a[data-search-link]')).toHaveAttribute(
			'href',
			'/en/search/?q=gone%20away',
		);
	});

	test('a path missing its trailing slash still opens, query and fragment kept', async ({
		page,
	}) => {
		const errorId = kb.errorIds[1]!;
		await serveNotFoundWithoutSlash(page);
		await page.goto(`${errorUrl('en', errorId).replace(/\/$/, '')}?a=1#causes`);
		await page.waitForURL(`**${errorUrl('en', errorId)}?a=1#causes`);
	});

	test('a path in other letter cases opens its page, query and fragment kept', async ({ page }) => {
		const errorId = kb.errorIds[1]!;
		await page.goto(`${errorUrl('en', errorId).toUpperCase()}?a=1#causes`);
		await page.waitForURL(`**${errorUrl('en', errorId)}?a=1#causes`);
		await page.goto('/FR/Causes/');
		await page.waitForURL('**/fr/causes/');
	});

	test('without JavaScript, both languages with a plain search form', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/nowhere/');
		for (const lang of ['fr', 'en'] as const) {
			await expect(
				page.locator(
					`section[data-lang-block="${lang}"] form[action="/${lang}/search/"][method="get"] input[name="q"]`,
				),
			).toBeVisible();
			// A short link in an unusual letter case cannot be resolved without JavaScript: every error is listed by code.
			for (const id of kb.errorIds)
				await expect(
					page.locator(
						`section[data-lang-block="${lang}"] .by-code a[href="${errorUrl(lang, id)}"]`,
					),
				).toBeVisible();
		}
		await context.close();
	});
});
