/** Shared helpers for the end-to-end tests: the built site's page list and console-error guard. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Every page path listed in the built sitemap (both languages), as site-relative paths. */
export function sitemapPaths(): string[] {
	const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
}

/** Collects console errors and uncaught exceptions of a page; assert it is empty at the end. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(String(err)));
	return errors;
}

export const errorIds = [
	'guest-agent-status-unavailable',
	'snapshot-failed-no-network',
	'vmsnapshot-extension-failed',
	'vm-agent-not-responsive',
	'backup-internal-error',
];
export const causeIds = [
	'no-internet-access',
	'windows-agent-unresponsive',
	'linux-agent-outdated',
	'snapshot-status-or-capture',
	'backup-extension-update-load',
];
