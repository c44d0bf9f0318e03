/** Helpers of the quality-gate suites (issue 5). */
import type { Page } from '@playwright/test';

/**
 * Console errors and uncaught exceptions of a page, like helpers.ts `watchErrors`, except the
 * line Chromium logs for a document served with an error status (a 404 page is meant to be one):
 * a sub-resource that fails still counts.
 */
export function watchPageErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() !== 'error') return;
		const documentStatus =
			/^Failed to load resource: the server responded with a status of 404/.test(msg.text()) &&
			msg.location().url === page.url();
		if (!documentStatus) errors.push(`${msg.text()} (${msg.location().url})`);
	});
	page.on('pageerror', (err) => errors.push(String(err)));
	return errors;
}
