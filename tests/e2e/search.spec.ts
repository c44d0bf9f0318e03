/**
 * The error-matching search in Chromium, against the built site: every shared dev
 * paste pasted into the header box lands its expected first result; `?q=` links open with
 * the results shown in both languages; keyboard-only use; the URL follows the query; a
 * hostile paste injects nothing; content pages load no search code until the box is used.
 */
import { expect, test, type Page } from '@playwright/test';
import { kb, otherErrors } from '../support/content';
import { watchErrors } from '../support/page-errors';
import { test as siteTest } from '../support/site-page';
import { acceptedIds, loadEvalSet } from '../../bench/search/eval-set';
import { plainText } from '../../src/search/plain-text';
import { languages, otherLang } from '../../src/i18n/languages';

const devPastes = loadEvalSet().dev;

const header = (page: Page) => page.locator('#header-search-input');
const panel = (page: Page) => page.locator('form.header-search .search-panel');

/** Puts text into the header box as a paste does (one input event). */
async function pasteInto(page: Page, text: string) {
	await header(page).focus();
	await header(page).fill(text);
	await expect(panel(page)).toHaveAttribute('data-verdict', /^(match|weak|none)$/);
}

test.describe('header box: every dev paste', () => {
	for (const item of devPastes) {
		// Answer keys (E1…C5) or content ids (errors the current edition added), as content ids.
		const expectedHrefs = acceptedIds(item).map(
			(id) => `/${item.lang}/${kb.errorIds.includes(id) ? 'errors' : 'causes'}/${id}/`,
		);
		siteTest(`${item.id} (${item.lang}) → ${item.expected}`, async ({ sitePage }) => {
			const { page, errors } = sitePage;
			expect((await sitePage.visit(`/${item.lang}/`))?.status()).toBe(200);
			await pasteInto(page, item.query);
			const verdict = await panel(page).getAttribute('data-verdict');
			if (expectedHrefs.length === 0) {
				expect(verdict).not.toBe('match');
			} else {
				expect(verdict).toBe('match');
				const href = await page
					.locator('#header-search-listbox [role="option"]')
					.first()
					.getAttribute('data-href');
				expect(expectedHrefs).toContain(href);
			}
			expect(errors).toEqual([]);
		});
	}
});

test.describe('search page links', () => {
	test('/en/search/?q=<code> opens with the error first and its causes in order', async ({
		page,
	}) => {
		await page.goto(`/en/search/?q=${encodeURIComponent('UserErrorGuestAgentStatusUnavailable')}`);
		const region = page.locator('#search-results');
		await expect(region).toHaveAttribute('data-verdict', 'match');
		await expect(region.locator('.result-link').first()).toHaveAttribute(
			'href',
			'/en/errors/guest-agent-status-unavailable/',
		);
		await expect(region.locator('.result').first().locator('.causes li a')).toHaveCount(
			kb.errors.en.get('guest-agent-status-unavailable')?.causes.length ?? -1,
		);
		await expect(region.locator('.result').first().locator('.causes li a').first()).toHaveAttribute(
			'href',
			'/en/causes/no-internet-access/',
		);
		// The live region counts what is listed (a signature quoting the code adds its cause).
		const listed = await region.locator('.result').count();
		await expect(page.locator('#search-status')).toContainText(
			`${listed} result${listed === 1 ? '' : 's'}`,
		);
		// Only the first is the best match: the pages after it come under a heading of their own,
		// numbered on from 2.
		expect(listed).toBeGreaterThan(1);
		await expect(region.locator('.verdict')).toHaveText(['Best match', 'Other results']);
		await expect(region.locator('ol.results').first().locator(':scope > .result')).toHaveCount(1);
		await expect(region.locator('ol.results').nth(1)).toHaveAttribute('start', '2');
	});

	test('/fr/search/ with weak matches lists them under one heading', async ({ page }) => {
		await page.goto(`/fr/search/?q=${encodeURIComponent('ne répond pas')}`);
		const region = page.locator('#search-results');
		await expect(region).not.toHaveAttribute('data-verdict', 'match');
		await expect(region.locator('.result').nth(1)).toBeVisible();
		await expect(region.locator('.verdict')).toHaveCount(1);
		await expect(region.locator('ol.results')).toHaveCount(1);
	});

	for (const [what, paste, error] of [
		// English wordings the French pages do not list (those they list match on the French site).
		[
			'an English message',
			"Your backup operation might have failed because the backup service was unable to communicate with your VM's Guest Agent.",
			'vm-agent-not-responsive',
		],
		[
			'a mistyped code and the English message',
			"| Erreur | UserErrorGuestAgentStatusUnavaliable |\n| Message | The Azure Virtual Machine Agent (VM Agent) can't communicate with the Azure Backup service |",
			'guest-agent-status-unavailable',
		],
	] as const)
		test(`/fr/search/ with ${what} matches across languages and links French pages`, async ({
			page,
		}) => {
			await page.goto(`/fr/search/?q=${encodeURIComponent(paste)}`);
			const region = page.locator('#search-results');
			await expect(region).toHaveAttribute('data-verdict', 'match');
			await expect(region.locator('.cross-language')).toBeVisible();
			await expect(region.locator('.result-link').first()).toHaveAttribute(
				'href',
				`/fr/errors/${error}/`,
			);
		});

	for (const [lang, paste] of [
		['en', 'virtual machine agent unable to communicate with Azure Backup'],
		['fr', 'agent VM ne peut pas communiquer avec Sauvegarde Azure'],
	] as const)
		test(`a message pasted with "VM" said another way still matches (${lang})`, async ({
			page,
		}) => {
			await page.goto(`/${lang}/search/?q=${encodeURIComponent(paste)}`);
			const region = page.locator('#search-results');
			await expect(region).toHaveAttribute('data-verdict', 'match');
			await expect(region.locator('.result-link').first()).toHaveAttribute(
				'href',
				`/${lang}/errors/guest-agent-status-unavailable/`,
			);
		});

	for (const lang of languages)
		test(`words nobody wrote say so, and say nothing of the other language (${lang})`, async ({
			page,
		}) => {
			await page.goto(`/${lang}/search/?q=qwerty`);
			const region = page.locator('#search-results');
			await expect(region).toHaveAttribute('data-verdict', 'none');
			await expect(region.locator('.result-link')).toHaveCount(0);
			await expect(region.locator('.cross-language')).toHaveCount(0);
		});

	test('a paste that is not ours says so and still offers the closest pages', async ({ page }) => {
		await page.goto(
			`/en/search/?q=${encodeURIComponent('CloudInternalError: Microsoft Azure Backup encountered an internal error.')}`,
		);
		const region = page.locator('#search-results');
		await expect(region).toHaveAttribute('data-verdict', /^(weak|none)$/);
		await expect(region.locator('.verdict')).toContainText('No confident match');
	});

	test('a passage in other words lists first the cause whose page holds its words, in both languages', async ({
		page,
	}) => {
		// No phrase of the site covers it (verdict none), but the cause's page holds its rare words.
		for (const [lang, text, nearest] of [
			[
				'en',
				'Take backups of your virtual machines at different times of day so that they do not overlap and saturate the storage',
				'The pages that share the most of its words',
			],
			[
				'fr',
				'Programmez les sauvegardes de vos machines virtuelles à des heures différentes, pour qu’elles ne se chevauchent pas et ne saturent pas le stockage',
				'Les pages qui partagent le plus de ses mots',
			],
		] as const) {
			await page.goto(`/${lang}/search/?q=${encodeURIComponent(text)}`);
			const region = page.locator('#search-results');
			await expect(region).toHaveAttribute('data-verdict', 'none');
			await expect(region.locator('.verdict')).toContainText(nearest);
			await expect(region.locator('.result-link').first()).toHaveAttribute(
				'href',
				`/${lang}/causes/snapshot-status-or-capture/`,
			);
		}
	});

	test('another error is named, and its entry links to Microsoft’s section on it', async ({
		page,
	}) => {
		const other = otherErrors.fr.errors.find((e) => e.codes.length > 0)!;
		// Its code in the header box: the first option is its entry on the other-errors page,
		// which Enter opens.
		await page.goto('/fr/');
		await pasteInto(page, `Code d’erreur : ${other.codes[0]!}`);
		await expect(panel(page)).toHaveAttribute('data-verdict', 'none');
		const option = panel(page).locator('[role="option"]').first();
		await expect(option).toContainText('Autre erreur');
		await header(page).press('Enter');
		await expect(page).toHaveURL(`/fr/other-errors/#${other.id}`);
		const entry = page.locator(`#${other.id}`);
		await expect(entry).toBeInViewport();
		await expect(entry.locator('a[href^="https://learn.microsoft.com/"]')).toHaveAttribute(
			'href',
			other.doc,
		);
		// Its message on the search page: the note names it and links to the same entry.
		await page.goto(`/fr/search/?q=${encodeURIComponent(other.message)}`);
		const note = page.locator('#search-results .other-error');
		await expect(note).toContainText('Cela ressemble à une autre erreur');
		await expect(note.locator('a')).toHaveAttribute('href', `/fr/other-errors/#${other.id}`);
		// Its English message on the French site: named too, from the English index.
		const english = otherErrors.en.errors.find((e) => e.id === other.id)!.message;
		await page.goto(`/fr/search/?q=${encodeURIComponent(english)}`);
		await expect(page.locator('#search-results .other-error a')).toHaveAttribute(
			'href',
			`/fr/other-errors/#${other.id}`,
		);
	});

	test('a code of another error beside our match links to its entry; an unknown one is named', async ({
		page,
	}) => {
		const other = otherErrors.en.errors.find((e) => e.codes.some((c) => /^UserError/.test(c)))!;
		const code = other.codes.find((c) => /^UserError/.test(c))!;
		const ours = kb.errors.en.get(kb.errorIds[0]!)!.codes[0]!;
		const text = `Backup failed. Error code: ${ours}. Earlier job: ${code}. See also ZzUnknownErrorCode.`;
		for (const lang of languages) {
			await page.goto(`/${lang}/search/?q=${encodeURIComponent(text)}`);
			await expect(page.locator('#search-results')).toHaveAttribute('data-verdict', 'match');
			const note = page.locator('#search-results .foreign-codes');
			await expect(note.locator('a')).toHaveCount(1);
			await expect(note.getByRole('link', { name: code })).toHaveAttribute(
				'href',
				`/${lang}/other-errors/#${other.id}`,
			);
			await expect(note).toContainText('ZzUnknownErrorCode');
		}
		// In the header box too; the link opens the entry.
		await page.goto('/en/');
		await pasteInto(page, text);
		await panel(page).locator('.foreign-codes a').click();
		await expect(page).toHaveURL(`/en/other-errors/#${other.id}`);
		await expect(page.locator(`#${other.id}`)).toBeInViewport();
		// Without the catalogue's codes, the codes are named all the same, unlinked.
		await page.route('**/search-other-codes.json', (route) => route.abort());
		await page.goto(`/fr/search/?q=${encodeURIComponent(text)}`);
		await expect(page.locator('#search-results')).toHaveAttribute('data-verdict', 'match');
		const note = page.locator('#search-results .foreign-codes');
		await expect(note).toContainText(code);
		await expect(note.locator('a')).toHaveCount(0);
	});

	test('a short message of another error, typed in the other language, names it', async ({
		page,
	}) => {
		// Typed words (six words at most), not a paste: they read the other language's second file
		// only because they may be another error's message there.
		for (const lang of languages) {
			const other = otherErrors[otherLang(lang)].errors.find(
				(e) => e.message.split(/\s+/).length <= 4,
			)!;
			await page.goto(`/${lang}/search/?q=${encodeURIComponent(other.message)}`);
			await expect(page.locator('#search-results')).toHaveAttribute('data-verdict', 'none');
			await expect(page.locator('#search-results .other-error a')).toHaveAttribute(
				'href',
				`/${lang}/other-errors/#${other.id}`,
			);
		}
	});

	test('typing keeps the query in the URL without adding history entries', async ({ page }) => {
		await page.goto('/fr/search/');
		const before = await page.evaluate(() => history.length);
		await page
			.locator('#search-page-input')
			.pressSequentially('ExtensionSnapshotFailedNoNetwork', { delay: 10 });
		await expect(page.locator('#search-results')).toHaveAttribute('data-verdict', 'match');
		await expect(page).toHaveURL(/\/fr\/search\/\?q=ExtensionSnapshotFailedNoNetwork$/);
		expect(await page.evaluate(() => history.length)).toBe(before);
		// The tab's title says which search it is (a long paste: its first line, cut).
		const title = await page.title();
		await expect(page).toHaveTitle(/^ExtensionSnapshotFailedNoNetwork · \S/);
		await page.locator('#search-page-input').fill(`${'Backup failed '.repeat(20)}\nmore`);
		await expect(page).toHaveTitle(/^Backup failed Backup failed .{30,}… · /);
		await page.locator('#search-page-input').fill('');
		await expect(page).toHaveTitle(title.replace(/^ExtensionSnapshotFailedNoNetwork · /, ''));
	});

	test('back from a result, the search page is where it was, results and all', async ({ page }) => {
		await page.setViewportSize({ width: 800, height: 500 });
		await page.goto('/en/search/?q=waagent');
		const results = page.locator('#search-results .result-link');
		await expect(results.nth(5)).toBeVisible();
		await results.nth(5).scrollIntoViewIfNeeded();
		await page.evaluate(() => scrollBy(0, 40));
		const at = await page.evaluate(() => scrollY);
		expect(at).toBeGreaterThan(100);
		const href = await results.nth(5).getAttribute('href');
		await results.nth(5).click();
		await page.waitForURL((url) => url.href.endsWith(href!));
		await page.goBack();
		await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'ready');
		await expect.poll(() => page.evaluate(() => scrollY)).toBe(at);
		await expect(results.nth(5)).toBeInViewport();
	});

	test('without JavaScript the search page lists every error by code and message', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/en/search/?q=anything');
		await expect(page.locator('.all-errors li')).toHaveCount(kb.errorIds.length);
		await expect(page.locator('.all-errors')).toContainText('UserErrorGuestAgentStatusUnavailable');
		await context.close();
	});
});

test.describe('typed words and near codes', () => {
	test('typed words list the steps that hold them, each linking to its anchor', async ({
		page,
	}) => {
		const errors = watchErrors(page);
		await page.goto(`/fr/search/?q=${encodeURIComponent('Logs.Verbose')}`);
		const region = page.locator('#search-results');
		await expect(region).toHaveAttribute('data-verdict', 'weak');
		await expect(region.locator('.verdict')).toHaveText('Sections qui contiennent ces mots\u00a0:');
		const first = region.locator('.result').first();
		await expect(first).toHaveAttribute('data-kind', /^(step|solution)$/);
		await expect(first.locator('.kind')).toHaveText(/^(Étape|Solution)$/);
		await expect(first.locator('mark').first()).toHaveText(/^(Logs|Verbose)$/);
		const href = (await first.locator('.result-link').getAttribute('href'))!;
		expect(href).toMatch(
			/^\/fr\/causes\/[a-z0-9-]+\/#enable-waagent-verbose-logging(--[a-z0-9-]+)?$/,
		);
		await first.locator('.result-link').click();
		await expect(page).toHaveURL(href);
		await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeVisible();
		expect(errors).toEqual([]);
	});

	for (const lang of ['en', 'fr'] as const)
		test(`a step found by typed words shows its own title and where it is, as its page does (${lang})`, async ({
			page,
		}) => {
			const errors = watchErrors(page);
			const solution = kb.solutions[lang].get('allow-azure-datacenter-ip-ranges')!;
			const step = solution.steps.findIndex((s) => s.id === 'allow-wire-server');
			const title = plainText(solution.steps[step]!.title!);
			await page.goto(`/${lang}/search/?q=${encodeURIComponent(title)}`);
			const result = page.locator(
				'#search-results .result[data-id="allow-azure-datacenter-ip-ranges--allow-wire-server"]',
			);
			await expect(result.locator('.title')).toHaveText(title);
			await expect(result.locator('.where')).toHaveText(
				lang === 'en'
					? `Step ${step + 1} of “${solution.title}”`
					: `Étape ${step + 1} de « ${solution.title} »`,
			);
			await result.locator('.result-link').click();
			const anchor = page.locator('[id="allow-azure-datacenter-ip-ranges--allow-wire-server"]');
			await expect(anchor.locator('.step-title')).toHaveText(title);
			await expect(anchor.locator('.step-title')).toBeInViewport();
			// The header box says where each step is too (many steps share a title: "Retry the backup").
			await header(page).fill(title);
			const steps = page.locator('#header-search-listbox [role="option"].result-step');
			await expect(steps.first()).toBeVisible();
			for (const option of await steps.all())
				await expect(option.locator('.where')).toHaveText(
					lang === 'en' ? /^Step \d+ of “.+”$/ : /^Étape\s\d+\sde\s«\s.+\s»$/,
				);
			expect(errors).toEqual([]);
		});

	test('typed words that only the checklist holds lead to its section, in both languages', async ({
		page,
	}) => {
		const errors = watchErrors(page);
		for (const [lang, query, kind, id] of [
			['en', 'COM+ System Application', 'Checklist', 'extension-health'],
			['fr', 'WaAppAgent.log', 'Vérification', 'collect-for-ticket--windows-logs'],
		] as const) {
			await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
			const first = page.locator('#search-results .result').first();
			await expect(first).toHaveAttribute('data-kind', 'check');
			await expect(first.locator('.kind')).toHaveText(kind);
			const href = `/${lang}/checklist/#${id}`;
			await expect(first.locator('.result-link')).toHaveAttribute('href', href);
			await first.locator('.result-link').click();
			await expect(page).toHaveURL(href);
			await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
		}
		expect(errors).toEqual([]);
	});

	test('in the header box, Enter on typed words opens the first section', async ({ page }) => {
		await page.goto('/en/');
		await header(page).fill('proxy');
		await expect(panel(page)).toHaveAttribute('data-verdict', 'weak');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/en\/causes\/[a-z0-9-]+\/#route-traffic-through-http-proxy/);
	});

	for (const code of [
		'UserErrorGuestAgentStatusUnavailabl',
		'UserErrorGuestAgent',
		'GuestAgentStatusUnavailable',
	])
		test(`a cut code (${code}) finds its error and says it is not an exact code`, async ({
			page,
		}) => {
			await page.goto(`/en/search/?q=${encodeURIComponent(code)}`);
			const region = page.locator('#search-results');
			await expect(region).toHaveAttribute('data-verdict', 'weak');
			const first = region.locator('.result').first();
			await expect(first.locator('.result-link')).toHaveAttribute(
				'href',
				'/en/errors/guest-agent-status-unavailable/',
			);
			await expect(first.locator('.why')).toContainText('Not an exact code');
			await expect(first.locator('.why code')).toHaveText('UserErrorGuestAgentStatusUnavailable');
		});

	test("a code merely like another error's is not announced as that error", async ({ page }) => {
		await page.goto(`/en/search/?q=UserErrorVmNotFound`);
		const region = page.locator('#search-results');
		await expect(region).toHaveAttribute('data-verdict', 'none');
		await expect(region).toContainText('UserErrorVmNotFound');
		await expect(region).not.toContainText('UserErrorVmNotInDesirableState');
	});

	test('a French message pasted from an HTML page, entities and all, still matches', async ({
		page,
	}) => {
		await page.goto('/fr/');
		await pasteInto(
			page,
			'L&rsquo;op&eacute;ration d&rsquo;extension VMSnapshot a &eacute;chou&eacute;',
		);
		await expect(panel(page)).toHaveAttribute('data-verdict', 'match');
		await expect(page.locator('#header-search-listbox [role="option"]').first()).toHaveAttribute(
			'data-href',
			'/fr/errors/vmsnapshot-extension-failed/',
		);
	});
});

test.describe('keyboard only', () => {
	test('/ focuses the box, arrows choose, Enter opens the page', async ({ page }) => {
		await page.goto('/en/matrix/');
		await page.keyboard.press('/');
		await expect(header(page)).toBeFocused();
		await page.keyboard.type('VMSnapshot extension operation failed');
		await expect(panel(page)).toHaveAttribute('data-verdict', 'match');
		await expect(header(page)).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('ArrowDown');
		const active = await header(page).getAttribute('aria-activedescendant');
		await expect(page.locator(`#${active}`)).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/en\/errors\/vmsnapshot-extension-failed\/$/);
	});

	test('Escape closes the panel while it still says the search is loading, and keeps the text', async ({
		page,
	}) => {
		// A slow index: the panel is open with "Loading the search…" and no option yet.
		await page.route('**/search-index.json', async (route) => {
			await new Promise((r) => setTimeout(r, 1500));
			await route.continue();
		});
		await page.goto('/fr/');
		await page.keyboard.press('/');
		// At once (as a paste lands): typed key by key, a prefix read as words (which needs no
		// index) could answer first and stay on screen while the code's index loads.
		await page.keyboard.insertText('BackUpOperationFailed');
		await expect(panel(page)).toContainText('Chargement de la recherche');
		await page.keyboard.press('Escape');
		await expect(header(page)).toHaveAttribute('aria-expanded', 'false');
		await expect(header(page)).toHaveValue('BackUpOperationFailed');
		// The answer that arrives afterwards does not open the panel again…
		await expect(page.locator('form.header-search')).toHaveAttribute('data-search', 'done');
		await expect(panel(page)).toHaveAttribute('data-verdict', 'match');
		await expect(header(page)).toHaveAttribute('aria-expanded', 'false');
		// …until the reader asks for the list.
		await page.keyboard.press('ArrowDown');
		await expect(header(page)).toHaveAttribute('aria-expanded', 'true');
	});

	test('Escape closes the list, then clears the box; Enter with no option goes to the search page', async ({
		page,
	}) => {
		await page.goto('/fr/');
		await page.keyboard.press('/');
		await page.keyboard.type('BackUpOperationFailed');
		await expect(header(page)).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('Escape');
		await expect(header(page)).toHaveAttribute('aria-expanded', 'false');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/fr\/search\/\?q=BackUpOperationFailed$/);
		await expect(page.locator('#search-results')).toHaveAttribute('data-verdict', 'match');
	});
});

test.describe('safety and loading', () => {
	test('a hostile paste leaves the DOM free of injected elements', async ({ page }) => {
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		await page.goto('/en/');
		const hostile = `<img src=x id=xss onerror="window.__xss=1"><script>window.__xss=1</script>\u0000\u202E🔥 VM Agent unable to communicate with Azure Backup ${'<b>'.repeat(2000)}`;
		await pasteInto(page, hostile);
		expect(
			await page
				.locator('#xss, form.header-search img, form.header-search script, form.header-search b')
				.count(),
		).toBe(0);
		expect(
			await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
		).toBeUndefined();
		expect(dialogs).toBe(0);
	});

	test('a 100 KB paste answers without freezing the page', async ({ page }) => {
		await page.goto('/en/search/');
		const log = Array.from(
			{ length: 900 },
			(_, i) => `2018/03/05 21:00:00.000000 INFO Daemon heartbeat ${i} goal state agent is running`,
		).join('\n');
		await page
			.locator('#search-page-input')
			.fill(
				`${log}\nSnapshot operation failed due to no network connectivity on the virtual machine`,
			);
		await expect(page.locator('#search-results')).toHaveAttribute('data-verdict', 'match', {
			timeout: 5_000,
		});
		await expect(page.locator('#search-results .result-link').first()).toHaveAttribute(
			'href',
			'/en/errors/snapshot-failed-no-network/',
		);
	});

	test('an English post on the English site reads no French file; a French one does', async ({
		page,
	}) => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await page.goto(
			`/en/search/?q=${encodeURIComponent('Since yesterday the VM agent stopped answering and every backup of this machine stays stuck, what should I check?')}`,
		);
		const region = page.locator('#search-results');
		await expect(region).toHaveAttribute('data-verdict', /^(weak|none)$/);
		// The English files were read (the second one too: no confident match), the French ones not.
		expect(requests).toContain('/en/search-sections.json');
		expect(requests.filter((p) => p.startsWith('/fr/'))).toEqual([]);
		await page.goto(
			`/en/search/?q=${encodeURIComponent('Bonjour, depuis hier nos sauvegardes échouent avec ce message : L’agent de machine virtuelle ne peut pas communiquer avec la sauvegarde Microsoft Azure')}`,
		);
		await expect(region).toHaveAttribute('data-verdict', 'match');
		await expect(region.locator('.result-link').first()).toHaveAttribute(
			'href',
			'/en/errors/guest-agent-status-unavailable/',
		);
		expect(requests).toContain('/fr/search-index.json');
	});

	test('a content page loads no search code or index until the box is used', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await page.goto('/en/errors/backup-internal-error/');
		await page.waitForLoadState('networkidle');
		expect(requests.filter((p) => p.includes('search-index'))).toEqual([]);
		const before = requests.length;
		await header(page).focus();
		await page.waitForTimeout(300);
		expect(requests.some((p) => p.endsWith('/en/search-index.json'))).toBe(false);
		await header(page).fill('x');
		// A letter typed: the index's targets (a paste would fetch the whole first file).
		await expect
			.poll(() => requests.some((p) => /\/en\/search-(index|targets)\.json$/.test(p)))
			.toBe(true);
		// The matcher came as a separate chunk, after the first use.
		expect(requests.slice(before).some((p) => p.startsWith('/_astro/') && p.endsWith('.js'))).toBe(
			true,
		);
	});
});
