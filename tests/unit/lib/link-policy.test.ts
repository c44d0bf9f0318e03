/**
 * Which link targets content may carry, and how inline Markdown renders a target it may not:
 * https, mailto, relative and in-site links pass; script and data schemes never, in any spelling;
 * http only when the entry lists the exact URL.
 */
import { describe, expect, it } from 'vitest';
import * as inlineMarkdown from '../../../src/lib/inline-markdown';
import { markdownLinks, renderInline } from '../../../src/lib/inline-markdown';
import { linkProblem, linkScheme } from '../../../src/lib/link-policy';

const allowed = [
	'https://learn.microsoft.com/azure/backup/',
	'HTTPS://EXAMPLE.ORG/',
	'mailto:support@example.org',
	'/fr/errors/x/',
	'../causes/y/',
	'#anchor',
	'page/',
	'',
];
const active = [
	'javascript:alert(1)',
	'JaVaScRiPt:alert(1)',
	' javascript:alert(1)',
	'java\tscript:alert(1)',
	'java\nscript:alert(1)',
	'\u0001javascript:alert(1)',
	'javascript&#58;alert(1)',
	'javascript&colon;alert(1)',
	'&#106;avascript:alert(1)',
	'data:text/html;base64,PHNjcmlwdD4=',
	'DATA:image/svg+xml,<svg onload=alert(1)>',
	'vbscript:msgbox(1)',
	'VBScript:msgbox(1)',
];

describe('linkProblem', () => {
	it.each(allowed)('lets %j through', (href) => expect(linkProblem(href)).toBeUndefined());

	it.each(active)('refuses %j, naming the scheme', (href) => {
		const problem = linkProblem(href);
		expect(problem?.message).toMatch(/"(javascript|data|vbscript):" scheme/);
		expect(problem?.hint).toMatch(/https/);
	});

	it('refuses other schemes and protocol-relative links', () => {
		for (const href of ['ftp://x/', 'file:///etc/passwd', 'ms-settings:network', '//evil.example/'])
			expect(linkProblem(href), href).toBeDefined();
	});

	it('refuses http unless the exact URL is listed', () => {
		const url = 'http://go.microsoft.com/fwlink/?LinkID=394789';
		expect(linkProblem(url)?.message).toMatch(/plain http link/);
		expect(linkProblem(url)?.hint).toMatch(/httpLinks/);
		expect(linkProblem(url, new Set([url]))).toBeUndefined();
		expect(linkProblem(`${url}&x`, new Set([url]))).toBeDefined();
	});

	it('reads the scheme a browser reads', () => {
		expect(linkScheme('JAVA\tSCRIPT:x')).toBe('javascript');
		expect(linkScheme('/a:b')).toBeUndefined();
	});
});

describe('inline Markdown links', () => {
	it.each(active)('renders [x](%j) as text, never as a link', (href) => {
		const html = renderInline(`[click](${href.replace(/[\n()]/g, '')})`);
		expect(html).not.toMatch(/<a\b/);
		expect(html).toContain('click');
	});

	it('keeps https and in-site links', () => {
		expect(renderInline('[a](https://example.org/)')).toContain('href="https://example.org/"');
		expect(renderInline('[a](/fr/matrix/)')).toContain('href="/fr/matrix/"');
	});

	it('finds links, autolinks, bare URLs and images', () => {
		expect(
			markdownLinks(
				'[a](javascript:x) <https://y.org/> http://z.org ![i](data:x) `[c](vbscript:x)`',
			),
		).toEqual(['javascript:x', 'https://y.org/', 'http://z.org', 'data:x']);
		expect(markdownLinks('[r]\n\n[r]: vbscript:x\n', { inline: false })).toEqual(['vbscript:x']);
	});

	it('exports no unused plain-text converter', () => {
		expect(Object.keys(inlineMarkdown).sort()).toEqual([
			'isExternal',
			'markdownLinks',
			'renderInline',
		]);
	});
});
