/**
 * Guided troubleshooting on an error page, in Chromium against the built site:
 * the walk through the causes, its state in the URL (restored from a shared link) and in the
 * browser, the guest OS filter, "Copy for ticket", and the page without JavaScript.
 * Screenshots of the guided mode (both languages, 360 px) go to test-results/guided/.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { kb } from '../support/content';
import { errorUrl } from '../../src/lib/urls';
import { readingAfterScroll } from '../support/reading';

/** The error with the most causes, and a mix of Windows-only and Linux-only ones. */
const errorId = [...kb.errorIds].sort(
	(a, b) => kb.errors.en.get(b)!.causes.length - kb.errors.en.get(a)!.causes.length,
)[0]!;
const causes = kb.errors.en.get(errorId)!.causes;
const guestOf = (id: string) => kb.causes.en.get(id)!.appliesTo;
const windowsOnly = causes.filter((c) => guestOf(c) === 'windows');
const linuxOnly = causes.filter((c) => guestOf(c) === 'linux');
const shots = 'test-results/guided';

const query = (page: Page) => new URL(page.url()).searchParams;
/** The ids the shown entries of "On this page" lead to. */
const shownTargets = (toc: Locator) =>
	toc
		.locator('a[href^="#"]')
		.evaluateAll((links) =>
			links
				.filter((a) => (a as HTMLElement).offsetParent !== null)
				.map((a) => a.getAttribute('href')!.slice(1)),
		);
const current = (page: Page) => page.locator('section.cause.guided-current');

test('the walk goes through the causes in order and keeps its state in the URL', async ({
	page,
}) => {
	await page.goto(errorUrl('en', errorId));
	await page.getByRole('button', { name: 'Guide me through the causes' }).click();
	// The tools' code loads on first use (the click is replayed once it is there): wait for it.
	await expect.poll(() => query(page).get('guide')).toBe('1');
	await expect(current(page)).toHaveAttribute('data-cause', causes[0]!);
	// Focus follows the walk: the current cause's heading.
	await expect(page.locator(`[id="${causes[0]}"]`)).toBeFocused();

	await current(page).getByRole('button', { name: 'Not this one, next' }).click();
	await expect(current(page)).toHaveAttribute('data-cause', causes[1]!);
	await expect(page.locator(`[id="${causes[1]}"]`)).toBeFocused();
	expect(new URL(page.url()).hash).toBe(`#${causes[1]}`);

	await current(page).getByRole('button', { name: "Can't check" }).click();
	await current(page).getByRole('button', { name: 'Fixed it' }).click();
	expect(query(page).get('s')).toBe(`${causes[0]}:skip,${causes[1]}:cant,${causes[2]}:fixed`);
	await expect(current(page)).toHaveCount(0);
	await expect(page.locator('[data-guided-result]')).toContainText(
		kb.causes.en.get(causes[2]!)!.title,
	);
	await expect(page.locator('[data-guided-result]')).toBeFocused();

	// Undo, then leave and resume: the browser kept the walk.
	await page.getByRole('button', { name: 'Change my last answer' }).click();
	await expect(current(page)).toHaveAttribute('data-cause', causes[2]!);
	await page.getByRole('button', { name: 'Leave guided mode' }).click();
	expect(query(page).get('guide')).toBeNull();
	await expect(page.locator('section.cause.guided-collapsed')).toHaveCount(0);
	await page.reload();
	await page.getByRole('button', { name: 'Resume the guided walk' }).click();
	await expect(current(page)).toHaveAttribute('data-cause', causes[2]!);
});

test('a shared link reopens the same walk for a colleague, in the other language', async ({
	browser,
}) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	const s = `${causes[0]}:skip,${causes[1]}:cant`;
	await page.goto(`${errorUrl('fr', errorId)}?guide=1&s=${s}#${causes[2]}`);
	await expect(current(page)).toHaveAttribute('data-cause', causes[2]!);
	await expect(
		page.locator(`[data-progress-cause="${causes[0]}"] [data-progress-outcome]`),
	).toHaveText('Pas celle-ci');
	await expect(
		page.locator(`[data-progress-cause="${causes[1]}"] [data-progress-outcome]`),
	).toHaveText('Vérification impossible');
	await expect(page.locator(`[data-progress-cause="${causes[2]}"]`)).toHaveAttribute(
		'aria-current',
		'step',
	);
	await expect(page.locator(`[id="${causes[2]}"]`)).toBeInViewport();
	await page.setViewportSize({ width: 1100, height: 1400 });
	await page.locator('[data-guided-tools]').scrollIntoViewIfNeeded();
	await page.screenshot({ path: `${shots}/guided-fr.png` });
	await context.close();
});

test('garbage in the URL never breaks the page', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	await page.goto(
		`${errorUrl('en', errorId)}?guide=yes&s=%E0%A4%A,::,nope:fixed,${causes[0]}:maybe,${causes[0]}:skip:x&os=beos`,
	);
	await expect(current(page)).toHaveAttribute('data-cause', causes[0]!);
	await expect(page.locator('input[name="os"][value=""]')).toBeChecked();
	expect(errors).toEqual([]);
});

test('the guest filter hides what does not apply and is kept in the URL', async ({ page }) => {
	test.skip(
		windowsOnly.length === 0 || linuxOnly.length === 0,
		'needs Windows-only and Linux-only causes',
	);
	await page.goto(errorUrl('en', errorId));
	await page.locator('label', { hasText: 'Linux' }).click();
	await expect.poll(() => query(page).get('os')).toBe('linux');
	for (const id of windowsOnly)
		await expect(page.locator(`section.cause[data-cause="${id}"]`)).toBeHidden();
	for (const id of linuxOnly)
		await expect(page.locator(`section.cause[data-cause="${id}"]`)).toBeVisible();
	// Windows-only solutions and steps inside causes for both guests are hidden too.
	const visibleWindows = await page
		.locator('article :is([data-solution],[data-step])[data-guest="windows"]')
		.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
	expect(visibleWindows).toBe(0);
	await expect(page.locator('[data-os-note]')).toBeVisible();
	// The walk skips them.
	await page.getByRole('button', { name: 'Guide me through the causes' }).click();
	const firstApplicable = causes.find((c) => guestOf(c) !== 'windows')!;
	await expect(current(page)).toHaveAttribute('data-cause', firstApplicable);
	// Reload: still filtered; the language switch carries it.
	await page.reload();
	await expect(page.locator('input[name="os"][value="linux"]')).toBeChecked();
	await page.locator('a[data-lang-switch]').click();
	await page.waitForURL(/\/fr\/errors\/.*os=linux/);
	for (const id of windowsOnly)
		await expect(page.locator(`section.cause[data-cause="${id}"]`)).toBeHidden();
	// Back to both guests.
	await page.locator('label', { hasText: 'Les deux' }).click();
	expect(query(page).get('os')).toBeNull();
	for (const id of windowsOnly)
		await expect(page.locator(`section.cause[data-cause="${id}"]`)).toBeVisible();
});

test('"Copy for ticket" gives text and Markdown with the checked causes and working links', async ({
	browser,
	request,
}) => {
	const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	const page = await context.newPage();
	await page.goto(`${errorUrl('fr', errorId)}?guide=1&s=${causes[0]}:skip,${causes[1]}:fixed`);
	await page.getByRole('button', { name: 'Copier pour un ticket' }).click();
	await page.getByRole('button', { name: 'Copier le texte' }).click();
	await expect(page.locator('[data-ticket-status]')).toHaveText('Résumé copié');
	const text = await page.evaluate(() => navigator.clipboard.readText());
	const error = kb.errors.fr.get(errorId)!;
	expect(text).toContain(error.title);
	expect(text).toContain(error.codes[0]!);
	// French typography: a non-breaking space before the colon.
	expect(text).toContain(`${kb.causes.fr.get(causes[0]!)!.title}\u00a0: Pas celle-ci`);
	expect(text).toContain(`${kb.causes.fr.get(causes[1]!)!.title}\u00a0: Réglé`);
	expect(text).toContain('Pas encore vérifiée');
	await page.getByRole('button', { name: 'Copier le Markdown' }).click();
	const markdown = await page.evaluate(() => navigator.clipboard.readText());
	expect(markdown).toMatch(/^### /);
	expect(markdown).toContain(`\`${error.codes[0]}\``);
	expect(markdown).toContain('**Réglé**');

	// Every link works: the page reopens the walk, each cause link lands on its section.
	const links = [...new Set([...text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]))];
	expect(links.length).toBe(causes.length + 1);
	for (const link of links) {
		const url = new URL(link);
		expect((await request.get(url.pathname + url.search)).status()).toBe(200);
		if (url.hash) {
			await page.goto(link);
			await expect(page.locator(`[id="${url.hash.slice(1)}"]`)).toBeAttached();
		}
	}
	const pageLink = links.find((l) => l.includes('guide=1'))!;
	await page.goto(pageLink);
	await expect(page.locator('[data-guided-result]')).toContainText(
		kb.causes.fr.get(causes[1]!)!.title,
	);
	await context.close();
});

test('keyboard only: start, answer and read the progress', async ({ page }) => {
	await page.goto(errorUrl('en', errorId));
	const start = page.getByRole('button', { name: 'Guide me through the causes' });
	await start.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator(`[id="${causes[0]}"]`)).toBeFocused();
	const skip = current(page).getByRole('button', { name: 'Not this one, next' });
	await skip.focus();
	await page.keyboard.press('Space');
	await expect(page.locator(`[id="${causes[1]}"]`)).toBeFocused();
	await expect(page.locator('[data-guided-live]')).toContainText('Cause 2 of');
});

test('without JavaScript every cause and step is shown, in order, and the tools are hidden', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${errorUrl('en', errorId)}?guide=1&s=${causes[0]}:skip&os=linux`);
	await expect(page.locator('[data-guided-tools]')).toBeHidden();
	expect(
		await page
			.locator('section.cause')
			.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cause)),
	).toEqual(causes);
	for (const step of await page.locator('li[data-step]').all()) await expect(step).toBeVisible();
	await expect(page.locator('[data-guided-answers]').first()).toBeHidden();
	await context.close();
});

test('screenshots: guided mode in English and at 360 px', async ({ browser }) => {
	for (const [lang, width, name] of [
		['en', 1100, 'guided-en'],
		['en', 360, 'guided-en-360'],
		['fr', 360, 'guided-fr-360'],
	] as const) {
		const context = await browser.newContext({
			viewport: { width, height: width === 360 ? 780 : 1400 },
		});
		const page = await context.newPage();
		await page.goto(`${errorUrl(lang, errorId)}?guide=1&s=${causes[0]}:skip`);
		await page
			.locator('[data-guided-tools]')
			.evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await page.screenshot({ path: `${shots}/${name}.png` });
		await current(page)
			.locator('[data-guided-answers]')
			.evaluate((el) => el.scrollIntoView({ block: 'end' }));
		await page.screenshot({ path: `${shots}/${name}-answers.png` });
		// Nothing overflows sideways at 360 px.
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	}
});

test('"Copy for ticket" ends with what to collect: the chosen guest’s logs and every identifier', async ({
	browser,
}) => {
	const { supportBlocks } = await import('../../src/content/support');
	const { collect } = supportBlocks('en');
	const logsOf = (guest: string) =>
		collect.steps.filter((s) => s.appliesTo === guest).flatMap((s) => s.code.map((c) => c.value));
	const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	const page = await context.newPage();
	await page.goto(`${errorUrl('en', errorId)}?os=linux`);
	await page.getByRole('button', { name: 'Copy for ticket' }).click();
	const text = await page.locator('[data-ticket-output="text"]').inputValue();
	const tail = text.slice(text.indexOf(`${collect.title}:`));
	expect(tail.length).toBeGreaterThan(collect.title.length);
	for (const log of logsOf('linux')) expect(tail).toContain(`- ${log}`);
	for (const log of logsOf('windows')) expect(tail).not.toContain(log);
	for (const item of collect.identifiers) expect(tail).toContain(`- ${item}: `);
	const markdown = await page.locator('[data-ticket-output="markdown"]').inputValue();
	expect(markdown).toContain(`**${collect.title}:**`);
	expect(markdown).toContain(`- \`${logsOf('linux')[0]}\``);
	// The same block is on the page itself, with both guests' logs.
	await expect(page.locator('[data-support="collect"] [data-identifiers] li')).toHaveCount(
		collect.identifiers.length,
	);
	await context.close();
});

test('"On this page" follows the guest filter, and a linked section the filter would hide is shown', async ({
	page,
}) => {
	test.skip(windowsOnly.length === 0, 'needs a Windows-only cause');
	const toc = page.locator('[data-toc-cause]').first().locator('xpath=ancestor::nav[1]');
	await page.goto(errorUrl('en', errorId));
	await page.locator('label', { hasText: 'Linux' }).click();
	await expect.poll(() => query(page).get('os')).toBe('linux');
	// No entry of "On this page" leads to a hidden section.
	const tocTargets = await shownTargets(toc);
	expect(tocTargets.length).toBeGreaterThan(0);
	for (const id of tocTargets) await expect(page.locator(`[id="${id}"]`), id).toBeVisible();
	// A ticket's link to a Windows cause, opened with Linux remembered from before: the link wins.
	const target = windowsOnly[0]!;
	await page.goto(`${errorUrl('en', errorId)}#${target}`);
	await expect(page.locator(`section.cause[data-cause="${target}"]`)).toBeVisible();
	await expect(page.locator('input[name="os"][value=""]')).toBeChecked();
	await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
	// Within the page: Linux again, then the fragment of the Windows cause, set by a script or by
	// a link on the page (a link to the fragment the URL already has fires no hashchange).
	for (const follow of [
		(id: string) => {
			location.hash = 'when';
			location.hash = id;
		},
		(id: string) => {
			const link = Object.assign(document.createElement('a'), { href: `#${id}` });
			document.querySelector('main')!.append(link);
			link.click();
		},
	]) {
		await page.locator('label', { hasText: 'Linux' }).click();
		await expect(page.locator(`section.cause[data-cause="${target}"]`)).toBeHidden();
		await page.evaluate(follow, target);
		await expect(page.locator(`section.cause[data-cause="${target}"]`)).toBeVisible();
		await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
	}
});

test('"On this page" follows the walk, and a link to a section the walk hides leaves the walk', async ({
	page,
}) => {
	const toc = page.locator('nav:has([data-toc-cause])');
	const firstSolution = kb.causes.en.get(causes[0]!)!.solutions[0]!;
	const laterSolution = kb.causes.en.get(causes[1]!)!.solutions[0]!;
	await page.goto(errorUrl('en', errorId));
	await page.getByRole('button', { name: 'Guide me through the causes' }).click();
	await expect(current(page)).toHaveAttribute('data-cause', causes[0]!);
	// Only the cause being tried lists its solutions; every listed entry leads somewhere visible.
	await expect(toc.locator(`[data-toc-solution="${firstSolution}"]`)).toBeVisible();
	await expect(toc.locator(`[data-toc-solution="${laterSolution}"]`)).toBeHidden();
	const tocTargets = await shownTargets(toc);
	for (const id of tocTargets) await expect(page.locator(`[id="${id}"]`), id).toBeVisible();
	// The marked entry is a visible section's, wherever the reader is.
	for (const y of [0, 3000, 9000]) {
		await page.evaluate((to) => scrollTo(0, to), y);
		const id = await readingAfterScroll(page);
		if (id) await expect(page.locator(`[id="${id}"]`), `at ${y}`).toBeVisible();
	}
	// A ticket's link into a cause the walk has not reached: the link wins, the walk can resume.
	await page.goto(`${errorUrl('en', errorId)}?guide=1#${laterSolution}`);
	await expect(page.locator(`[id="${laterSolution}"]`)).toBeInViewport();
	await expect(page.getByRole('button', { name: 'Guide me through the causes' })).toBeVisible();
	// A link on the page to such a section does the same.
	await page.getByRole('button', { name: 'Guide me through the causes' }).click();
	await expect(current(page)).toHaveAttribute('data-cause', causes[0]!);
	await page.evaluate((id) => {
		const link = Object.assign(document.createElement('a'), { href: `#${id}` });
		document.querySelector('main')!.append(link);
		link.click();
	}, laterSolution);
	await expect(page.locator(`[id="${laterSolution}"]`)).toBeInViewport();
	await expect(current(page)).toHaveCount(0);
});
