/**
 * Renamed entries keep their links: the small valid fixture lists a former id on its error, its
 * cause and its solution; a real build must give the old page URLs redirect pages (outside the
 * sitemap) and the old anchors a place on the new pages.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { validTree } from '../../fixtures/bad-content';
import { buildSite } from '../../support/astro-build';

let out = '';
const page = (path: string) => readFileSync(`${out}${path}index.html`, 'utf8');

beforeAll(async () => {
	mkdirSync('test-results', { recursive: true });
	out = mkdtempSync('test-results/renames-');
	const r = await buildSite({ contentDir: `./${validTree}`, outDir: out });
	expect(r.ok, r.text).toBe(true);
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('renamed entries (formerIds)', () => {
	it('old error and cause URLs are redirect pages to the new ones, in both languages', () => {
		for (const lang of ['fr', 'en']) {
			expect(page(`/${lang}/errors/old-sample-error/`)).toContain(
				`href="/${lang}/errors/sample-error/"`,
			);
			expect(page(`/${lang}/causes/old-sample-cause/`)).toContain(
				`href="/${lang}/causes/sample-cause/"`,
			);
		}
	});

	it('old anchors of a cause and a solution land where they now are', () => {
		expect(page('/en/errors/sample-error/')).toMatch(/id="old-sample-cause"/);
		expect(page('/fr/causes/sample-cause/')).toMatch(/id="old-sample-solution"/);
		expect(page('/en/errors/sample-error/')).toMatch(/id="old-sample-solution"/);
	});

	it('keeps the redirect pages out of the sitemap', () => {
		const sitemap = readFileSync(`${out}/sitemap-0.xml`, 'utf8');
		expect(sitemap).toContain('/en/errors/sample-error/');
		expect(sitemap).not.toContain('old-sample');
		expect(existsSync(`${out}/en/errors/old-sample-error/index.html`)).toBe(true);
	});
});
