/**
 * One browser page per worker, reused by the tests that only look at pages (no clipboard, no
 * storage, no permissions): it saves a context and a page per test. The context enforces the
 * site's CSP (nothing bypassed, nothing blocked), records every `securitypolicyviolation` from
 * the first byte of each document, and watches console errors and uncaught exceptions.
 * `visit()` clears what the previous test left, then opens a path.
 */
import { test as base, type Page, type Response } from '@playwright/test';
import { watchErrors } from './page-errors';

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

export interface SitePage {
	page: Page;
	/** Opens a path with a clean slate: no console error, no CSP violation, default media. */
	visit: (path: string) => Promise<Response | null>;
	/** Console errors and uncaught exceptions since the last `visit()`. */
	errors: string[];
	/** CSP violations of the current document. */
	cspViolations: () => Promise<string[]>;
}

/** Records every CSP violation of each document on window.__cspViolations (an init script). */
export function recordCspViolations(): void {
	window.__cspViolations = [];
	document.addEventListener('securitypolicyviolation', (e) => {
		window.__cspViolations!.push(
			`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} sample=${e.sample}`,
		);
	});
}

export const cspViolationsOf = (page: Page) =>
	page.evaluate(() => window.__cspViolations ?? ['(recorder missing)']);

export const test = base.extend<object, { sitePage: SitePage }>({
	sitePage: [
		async ({ browser }, use) => {
			const context = await browser.newContext();
			await context.addInitScript(recordCspViolations);
			const page = await context.newPage();
			// The status of each document is asserted by the tests: a 404 page is meant to be one.
			const errors = watchErrors(page, { allowErrorDocument: true });
			await use({
				page,
				errors,
				visit: async (path) => {
					await page.emulateMedia({ colorScheme: null });
					// Leave the previous page first, so nothing it logs late counts against this one.
					await page.goto('about:blank');
					errors.length = 0;
					return page.goto(path, { waitUntil: 'load' });
				},
				cspViolations: () => cspViolationsOf(page),
			});
			await context.close();
		},
		{ scope: 'worker' },
	],
});
export { expect } from '@playwright/test';
