/** Raw HTML an MDX body may not carry, found with its line; code is text and never counts. */
import { describe, expect, it } from 'vitest';
import { unsafeHtml } from '../../../src/content/unsafe-html';
import { readContentDir } from '../../../src/content/from-disk';

const refused: [string, RegExp][] = [
	['<script>alert(1)</script>', /<script>/],
	['<SCRIPT SRC="/x.js"></SCRIPT>', /<script>/],
	['<iframe src="https://example.org/"></iframe>', /<iframe>/],
	['<object data="/x"></object>', /<object>/],
	['<embed src="/x" />', /<embed>/],
	['<img src="https://example.org/x.png" alt="" />', /outside the site/],
	['<img src="//example.org/x.png" alt="" />', /outside the site/],
	['<img src="data:image/png;base64,AA" alt="" />', /outside the site/],
	['<span onmouseover="alert(1)">x</span>', /event attribute "onmouseover"/],
	['<img src="/x.png" onerror={alert} />', /event attribute "onerror"/],
	['<a href="javascript:alert(1)">x</a>', /"javascript:" scheme/],
	['<a href="http://example.org/">x</a>', /plain http link/],
];

describe('unsafeHtml', () => {
	it.each(refused)('refuses %s', (html, message) => {
		const findings = unsafeHtml(`Some prose.\n\n${html}\n`);
		expect(findings).toHaveLength(1);
		expect(findings[0]!.message).toMatch(message);
		expect(findings[0]!.line).toBe(3);
		expect(findings[0]!.hint.length).toBeGreaterThan(10);
	});

	it('lets prose, in-site images and inline code through', () => {
		expect(
			unsafeHtml(
				'A `<script>` tag in code.\n\n```html\n<script>alert(1)</script>\n```\n\n<code lang="en">Backup failed</code> <img src="/favicon.svg" alt="" /> <a href="https://learn.microsoft.com/">docs</a>',
			),
		).toEqual([]);
	});

	it('accepts an http link the entry lists', () => {
		const html = '<a href="http://example.org/">x</a>';
		expect(unsafeHtml(html, new Set(['http://example.org/']))).toEqual([]);
	});

	it('stays fast on a body of unclosed tags', () => {
		const start = performance.now();
		unsafeHtml('<a '.repeat(20_000));
		expect(performance.now() - start).toBeLessThan(2_000);
	});

	it('finds nothing in the real content', () => {
		for (const e of readContentDir('content').entries)
			expect(unsafeHtml(e.body), e.file).toEqual([]);
	});
});
