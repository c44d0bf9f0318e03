/**
 * Guided mode and "Copy for ticket", finished: a walk that has ended is offered as finished,
 * not as "Resume"; the answers are reachable from the cause heading; "Copy for ticket" copies at
 * once, then shows what it copied, without repeating the message when it is the title.
 */
import { expect, test, type Page } from '@playwright/test';
import { kb } from '../support/content';
import { errorUrl } from '../../src/lib/urls';

const errorId = kb.errorIds[0]!;
const error = kb.errors.en.get(errorId)!;
const current = (page: Page) => page.locator('section.cause.guided-current');

test('a finished walk is shown as finished, not offered as "Resume"', async ({ page }) => {
	await page.goto(errorUrl('en', errorId));
	await page.getByRole('button', { name: 'Guide me through the causes' }).click();
	await expect(current(page)).toHaveAttribute('data-cause', error.causes[0]!);
	await current(page).getByRole('button', { name: 'Not this one, next' }).click();
	await expect(current(page)).toHaveAttribute('data-cause', error.causes[1]!);
	await current(page).getByRole('button', { name: 'Fixed it' }).click();
	await page.getByRole('button', { name: 'Leave guided mode' }).click();
	await expect(page.locator('[data-guided-toggle]')).toHaveText('Walk finished: see the result');
	await page.goto(errorUrl('en', errorId));
	await expect(page.locator('[data-guided-toggle]')).toHaveText('Walk finished: see the result');
	// An open walk is still offered as "Resume".
	await page.locator('[data-guided-toggle]').click();
	await page.getByRole('button', { name: 'Change my last answer' }).click();
	await page.getByRole('button', { name: 'Leave guided mode' }).click();
	await expect(page.locator('[data-guided-toggle]')).toHaveText('Resume the guided walk');
});

test('"Did this fix it?" is reachable from the cause heading', async ({ page }) => {
	await page.goto(errorUrl('fr', errorId));
	await page.getByRole('button', { name: 'Me guider cause par cause' }).click();
	const section = current(page);
	await expect(section).toHaveAttribute('data-cause', error.causes[0]!);
	// Right under the heading, before the solutions.
	const jump = section.locator(':scope > .anchor-heading ~ a.guided-jump');
	await expect(jump).toBeVisible();
	const headingBottom = (await section.locator(':scope > .anchor-heading').boundingBox())!;
	expect((await jump.boundingBox())!.y - headingBottom.y).toBeLessThan(200);
	await jump.click();
	await expect(section.locator('[data-guided-answers] .question')).toBeInViewport();
	await expect(page.locator('a.guided-jump:visible')).toHaveCount(1);
});

test('"Copy for ticket" copies at once, then shows what it copied, the message not repeated', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	for (const id of kb.errorIds) {
		const e = kb.errors.en.get(id)!;
		await page.goto(errorUrl('en', id));
		await page.getByRole('button', { name: 'Copy for ticket' }).click();
		await expect(page.locator('[data-ticket-status]')).toHaveText('Summary copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		await expect(page.locator('[data-ticket-output="text"]')).toHaveValue(copied);
		expect(copied).toContain(`Error: ${e.title}`);
		if (e.message.trim() === e.title.trim()) expect(copied).not.toContain('Message:');
		else expect(copied).toContain(`Message: ${e.message}`);
	}
});

test('the guest filter is remembered from page to page', async ({ page }) => {
	const [first, second] = kb.errorIds;
	await page.goto(errorUrl('en', first!));
	// The tools load on first use: the click is replayed once they are there.
	await page.getByRole('radio', { name: 'Linux' }).click();
	await expect(page.getByRole('radio', { name: 'Linux' })).toBeChecked();
	await page.goto(errorUrl('en', second!));
	await expect(page.getByRole('radio', { name: 'Linux' })).toBeChecked();
	const windowsOnly = kb.errors.en
		.get(second!)!
		.causes.filter((c) => kb.causes.en.get(c)!.appliesTo === 'windows');
	for (const cause of windowsOnly)
		await expect(page.locator(`section.cause[data-cause="${cause}"]`)).toBeHidden();
	// Back to both: the next page shows everything again.
	await page.getByRole('radio', { name: 'Both' }).click();
	await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
	await page.goto(errorUrl('en', first!));
	await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
});
