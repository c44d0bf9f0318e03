/**
 * The browsable knowledge base, in Chromium against the built site:
 * the sitemap lists every page of both languages (each one opens: every-page.spec.ts), error
 * pages keep the seed's cause order, the language switch keeps the entry and the anchor (the
 * seed's facts on each page: every-page.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { causeIds, errorIds, kb } from '../support/content';
import { sitemapPaths } from '../support/sitemap';

/** The seed's cause order per error (C1…C5 = causeIds[0…4]); later causes come after these. */
const [C1, C2, C3, C4, C5] = causeIds;
/** Each error's full cause order, as the content lists it. */
const causeOrder = (errorId: string): string[] => [...kb.errors.en.get(errorId)!.causes];
const seedOrder: Record<string, string[]> = {
	'guest-agent-status-unavailable': [C1!, C2!, C3!, C4!, C5!],
	'snapshot-failed-no-network': [C1!, C4!, C5!],
	'vmsnapshot-extension-failed': [C4!, C5!, C1!, C2!, C3!],
	'vm-agent-not-responsive': [C2!, C3!, C1!],
	'backup-internal-error': [C1!, C2!, C3!, C4!, C5!],
};

test('the sitemap lists every page of both languages', () => {
	const paths = sitemapPaths();
	for (const lang of ['fr', 'en']) {
		expect(paths).toContain(`/${lang}/`);
		expect(paths).toContain(`/${lang}/matrix/`);
		for (const id of errorIds) expect(paths).toContain(`/${lang}/errors/${id}/`);
		for (const id of causeIds) expect(paths).toContain(`/${lang}/causes/${id}/`);
	}
	const fr = paths.filter((p) => p.startsWith('/fr/')).map((p) => p.slice(3));
	const en = paths.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3));
	expect(fr).toEqual(en);
});

for (const lang of ['fr', 'en'] as const) {
	test(`${lang}: each error page lists its causes in the seed's order, each with solutions and steps`, async ({
		page,
	}) => {
		for (const [id, seed] of Object.entries(seedOrder)) {
			await page.goto(`/${lang}/errors/${id}/`);
			const sections = page.locator('section.cause[data-cause]');
			const order = causeOrder(id);
			expect(order.slice(0, seed.length)).toEqual(seed);
			expect(
				await sections.evaluateAll((els) => els.map((e) => e.getAttribute('data-cause'))),
			).toEqual(order);
			// Causes a later edition added come after the seed's, each marked with that edition.
			expect(
				await sections.evaluateAll((els) => els.map((e) => e.hasAttribute('data-added-by'))),
			).toEqual(order.map((_, i) => i >= seed.length));
			await expect(page.locator('section.cause .added-by')).toHaveCount(order.length - seed.length);
			expect(
				await sections.evaluateAll((els) => els.map((e) => e.getAttribute('data-position'))),
			).toEqual(order.map((_, i) => String(i + 1)));
			// The table of contents has the same order, and every cause shows at least one step.
			expect(
				await page
					.locator('[data-toc-cause] > a')
					.evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
			).toEqual(order.map((c) => `#${c}`));
			for (const cause of order) {
				expect(
					await page.locator(`section.cause[data-cause="${cause}"] li.step`).count(),
					`${id}/${cause}`,
				).toBeGreaterThan(0);
			}
		}
	});
}

for (const lang of ['en', 'fr'] as const)
	test(`${lang}: /errors/ and /causes/ list every entry, and the header and breadcrumb lead there`, async ({
		page,
	}) => {
		await page.goto(`/${lang}/errors/`);
		for (const id of errorIds)
			await expect(page.locator(`main a[href="/${lang}/errors/${id}/"]`)).toHaveCount(1);
		await page.goto(`/${lang}/causes/`);
		for (const id of causeIds)
			await expect(page.locator(`main a[href="/${lang}/causes/${id}/"]`)).toHaveCount(1);
		await page.goto(`/${lang}/errors/${errorIds[0]}/`);
		await page.locator('.crumb-bar a').nth(1).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/errors/$`));
		await page.goto(`/${lang}/causes/${causeIds[0]}/`);
		await page.locator('.crumb-bar a').nth(1).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/causes/$`));
		expect(sitemapPaths()).toEqual(
			expect.arrayContaining([`/${lang}/errors/`, `/${lang}/causes/`]),
		);
	});

test('a cause page lists the errors that mention it, with the position, linking to the cause on the error page', async ({
	page,
}) => {
	await page.goto('/en/causes/linux-agent-outdated/');
	const links = page.locator('ul.listed-by a');
	expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
		'/en/errors/guest-agent-status-unavailable/#linux-agent-outdated',
		'/en/errors/vmsnapshot-extension-failed/#linux-agent-outdated',
		'/en/errors/vm-agent-not-responsive/#linux-agent-outdated',
		'/en/errors/backup-internal-error/#linux-agent-outdated',
	]);
	await expect(page.locator('ul.listed-by li').nth(1)).toContainText('5');
});

test('a French step marks the English log line to look for as English, for screen readers and translators', async ({
	page,
}) => {
	await page.goto('/fr/causes/application-control-blocks-extension/');
	const line = page.locator('.code-block code', { hasText: 'faulting application name' });
	await expect(line).toHaveAttribute('lang', 'en');
	// The French step around it stays French.
	await expect(line.locator('xpath=ancestor::li[1]')).not.toHaveAttribute('lang', /./);
	await page.goto('/en/causes/application-control-blocks-extension/');
	await expect(
		page.locator('.code-block code', { hasText: 'faulting application name' }),
	).not.toHaveAttribute('lang', /./);
});

test('the snapshot cause shows its sub-causes as a table whose rows are linkable', async ({
	page,
}) => {
	await page.goto('/fr/causes/snapshot-status-or-capture/#guest-dhcp-disabled');
	const rows = page.locator('table.subcauses tbody tr');
	await expect(rows).toHaveCount(kb.causes.fr.get('snapshot-status-or-capture')!.solutions.length);
	expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.id))).toEqual([
		'sql-server-backup-vss-copy',
		'vm-shut-down-from-rdp',
		'stagger-cloud-service-backups',
		'high-cpu-or-memory',
		'guest-dhcp-disabled',
	]);
	await expect(page.locator('#guest-dhcp-disabled')).toBeInViewport();
	await expect(page.locator('#guest-dhcp-disabled th')).toContainText('DHCP');
});

test('the matrix shows each cause position for each error, every cell a link', async ({ page }) => {
	await page.goto('/en/matrix/');
	for (const id of errorIds) {
		const order = causeOrder(id);
		const row = page.locator(`tr[data-error="${id}"]`);
		for (const [i, cause] of order.entries()) {
			const link = row.locator(`td[data-cause="${cause}"] a`);
			await expect(link).toHaveText(String(i + 1));
			await expect(link).toHaveAttribute('href', `/en/errors/${id}/#${cause}`);
		}
		await expect(row.locator('td.hit')).toHaveCount(order.length);
		// Every cell is a link: an empty one leads to the cause page.
		await expect(row.locator('td:not(:has(a))')).toHaveCount(0);
		const missing = causeIds.find((c) => !order.includes(c));
		if (missing)
			await expect(row.locator(`td[data-cause="${missing}"] a`)).toHaveAttribute(
				'href',
				`/en/causes/${missing}/`,
			);
	}
	await page
		.locator('tr[data-error="vm-agent-not-responsive"] td[data-cause="no-internet-access"] a')
		.click();
	await expect(page).toHaveURL(/\/en\/errors\/vm-agent-not-responsive\/#no-internet-access$/);
});

test('the matrix breaks codes at their capitals, turns its French headers whole, wraps its caption', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto('/fr/matrix/');
	// Each error's code may break only between its words (`UserError|GuestAgent…`).
	const codes = page.locator('.matrix tbody th code');
	await expect(codes).toHaveCount(errorIds.length);
	for (const code of await codes.all()) await expect(code.locator('wbr').first()).toBeAttached();
	// A rotated header keeps the apostrophe of "Pas d’accès" in its line, not standing upright.
	const header = page.locator('.matrix thead th:not(:first-child)').first();
	await expect(header).toContainText('d’accès');
	expect(await header.evaluate((th) => getComputedStyle(th).textOrientation)).toBe('sideways');
	// The caption wraps within the screen instead of running off its edge with the table.
	const caption = await page.locator('#matrix-caption span').evaluate((el) => {
		const text = document.createRange();
		text.selectNodeContents(el);
		return text.getBoundingClientRect().right;
	});
	expect(caption).toBeLessThanOrEqual(390);
});

test('the language switch keeps the entry and the anchor', async ({ page }) => {
	await page.goto('/fr/errors/vm-agent-not-responsive/#linux-agent-outdated');
	await page.locator('a[data-lang-switch]').click();
	await expect(page).toHaveURL(/\/en\/errors\/vm-agent-not-responsive\/#linux-agent-outdated$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// A step anchor reached after load (hash change) is carried too.
	await page.goto('/en/causes/linux-agent-outdated/');
	await page.evaluate(() => (location.hash = '#update-linux-agent--check-running'));
	await page.locator('a[data-lang-switch]').click();
	await expect(page).toHaveURL(
		/\/fr\/causes\/linux-agent-outdated\/#update-linux-agent--check-running$/,
	);
});

test('the root page sends the visitor to the browser language, with links to both', async ({
	browser,
}) => {
	for (const [locale, lang] of [
		['fr-FR', 'fr'],
		['en-US', 'en'],
		['de-DE', 'en'],
	] as const) {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
		await context.close();
	}
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('a[href="/fr/"]')).toBeVisible();
	await expect(page.locator('a[href="/en/"]')).toBeVisible();
	await context.close();
});

test('code blocks have a working copy button', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/en/causes/linux-agent-outdated/');
	const block = page.locator('.code-block', { hasText: 'service walinuxagent restart' }).first();
	await block.locator('button.copy-code').click();
	await expect(block.locator('button.copy-code')).toHaveText('Copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		'service walinuxagent restart',
	);
});

test('pages fit a 320 px wide screen without horizontal scrolling', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
	const page = await context.newPage();
	for (const path of [
		'/fr/',
		'/en/errors/guest-agent-status-unavailable/',
		// Steps of the 2017 method, whose French badge is the longest.
		'/fr/errors/guest-agent-status-unavailable/',
		'/fr/causes/no-internet-access/',
		'/fr/causes/snapshot-status-or-capture/',
		'/en/causes/linux-agent-outdated/',
	]) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	await context.close();
});

test('content pages ship no framework runtime and work without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/en/errors/backup-internal-error/');
	await expect(page.locator('section.cause')).toHaveCount(
		causeOrder('backup-internal-error').length,
	);
	await expect(page.locator('li.step').first()).toBeVisible();
	const scripts = await page
		.locator('script[src]')
		.evaluateAll((s) => s.map((e) => e.getAttribute('src') ?? ''));
	for (const src of scripts)
		expect(src).not.toMatch(/react|preact|vue|svelte|solid|client\.[a-z0-9]+\.js/i);
	await context.close();
});

for (const lang of ['fr', 'en'] as const) {
	test(`${lang}: the health checklist is linked from the home page, with its four checks and the support blocks`, async ({
		page,
	}) => {
		await page.goto(`/${lang}/`);
		await page.locator('main a[data-checklist-link]').click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/checklist/$`));
		// The four checks, then checking a fix and what to collect for a ticket (the search links there too).
		expect(await page.locator('main h2').evaluateAll((hs) => hs.map((h) => h.id))).toEqual([
			'vm-health',
			'agent-health',
			'extension-health',
			'backup-extension-health',
			'verify-fix',
			'collect-for-ticket',
		]);
		// The current edition's "Step N" anchors land on the matching check.
		for (const [step, id] of [
			['step-1-check-azure-vm-health', 'vm-health'],
			['step-4-check-azure-backup-extension-health', 'backup-extension-health'],
		] as const)
			await expect(page.locator(`h2#${id} [id="${step}"]`)).toBeAttached();
		// (Every error page links to it: every-page.spec.ts.)
	});
}

for (const lang of ['fr', 'en'] as const) {
	test(`${lang}: a wording shared by two errors is shown on both pages, each linking to the other`, async ({
		page,
	}) => {
		const sharing = errorIds.flatMap((id) =>
			kb.errors[lang].get(id)!.sharedWordings.map((s) => ({ id, ...s })),
		);
		expect(sharing.length, 'the content declares at least one shared wording').toBeGreaterThan(0);
		for (const s of sharing) {
			await page.goto(`/${lang}/errors/${s.id}/`);
			const note = page.locator(`.shared-wordings [data-shared-with="${s.with}"]`);
			await expect(note).toBeVisible();
			await expect(note.locator('code')).toHaveText(s.text);
			const link = note.locator(`a[href="/${lang}/errors/${s.with}/"]`);
			await expect(link).toHaveText(kb.errors[lang].get(s.with)!.title);
			await link.click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/errors/${s.with}/$`));
			await expect(page.locator(`.shared-wordings [data-shared-with="${s.id}"] code`)).toHaveText(
				s.text,
			);
		}
	});
}
