/** Shared helpers for the end-to-end tests: the built site's page list and console-error guard. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { loadKnowledgeBaseFromDisk } from '../../src/content/read-files';

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

/** Every error and cause id, in content order (read from content/, never hard-coded). */
const { kb } = loadKnowledgeBaseFromDisk('content');
export const errorIds = [...kb.errorIds];
export const causeIds = [...kb.causeIds];
/** Each error's full cause order, as the content lists it. */
export const causeOrder = (errorId: string): string[] => [...kb.errors.en.get(errorId)!.causes];
