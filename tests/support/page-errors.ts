/**
 * Console errors and uncaught exceptions of a page, as a Playwright fixture (`pageErrors`) and as
 * a function for pages a test opens itself. Assert the list is empty at the end of a test.
 */
import { test as base, type Page } from '@playwright/test';

export interface WatchOptions {
	/**
	 * Ignore the line Chromium logs when the document itself is served with a 404 status (a 404
	 * page is meant to be one). A sub-resource that fails still counts.
	 */
	allowErrorDocument?: boolean;
}

export function watchErrors(page: Page, options: WatchOptions = {}): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() !== 'error') return;
		const documentStatus =
			/^Failed to load resource: the server responded with a status of 404/.test(msg.text()) &&
			msg.location().url === page.url();
		if (!(options.allowErrorDocument && documentStatus))
			errors.push(`${msg.text()} (${msg.location().url})`);
	});
	page.on('pageerror', (err) => errors.push(String(err)));
	return errors;
}

/** Playwright's `test` with a `pageErrors` fixture watching the test's `page`. */
export const test = base.extend<{ pageErrors: string[] }>({
	pageErrors: async ({ page }, use) => {
		await use(watchErrors(page));
	},
});
export { expect } from '@playwright/test';
