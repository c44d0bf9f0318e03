/**
 * Each page's CSP lists the hashes of that page's own inline scripts and styles, and nothing else:
 * checked on synthetic pages and on every page of a real build.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cspHash, inlineCode, narrowPageCsp } from '../../../src/lib/page-csp';
import { buildSite } from '../../support/astro-build';

const page = (csp: string, body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body>${body}</body></html>`;

/** script-src and style-src of a page's CSP meta. */
function sources(html: string): { script: string[]; style: string[] } {
	const csp = /http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
	const get = (name: string) =>
		csp
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.find(([n]) => n === name)
			?.slice(1) ?? [];
	return { script: get('script-src'), style: get('style-src') };
}

const astroCsp =
	"default-src 'self'; object-src 'none'; script-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';";

describe('narrowPageCsp', () => {
	it('drops every hash when the page has no inline script or style', () => {
		const out = narrowPageCsp(page(astroCsp, '<script type="module" src="/_astro/a.js"></script>'));
		expect(sources(out)).toEqual({ script: ["'self'"], style: ["'self'"] });
		expect(out).toMatch(/default-src 'self'; object-src 'none';/);
	});

	it('keeps the hash of each inline script and style the page has, once', () => {
		const body =
			'<script>a()</script><script type="module">b()</script><script>a()</script><script type="application/ld+json">{}</script><style>p{}</style>';
		const out = narrowPageCsp(page(astroCsp, body));
		expect(sources(out).script).toEqual(["'self'", ...[cspHash('a()'), cspHash('b()')].sort()]);
		expect(sources(out).style).toEqual(["'self'", cspHash('p{}')]);
	});

	it('finds runnable inline code only', () => {
		expect(
			inlineCode('<script src="/x.js"></script><script type="text/template"><p></script>'),
		).toEqual({ scripts: [], styles: [] });
	});

	it('leaves a page without a CSP meta alone', () => {
		expect(narrowPageCsp('<p>hi</p>')).toBe('<p>hi</p>');
	});
});

describe('every built page', () => {
	it('lists exactly the hashes of its own inline code', { timeout: 180_000 }, async () => {
		const outDir = 'test-results/page-csp/dist';
		rmSync('test-results/page-csp', { recursive: true, force: true });
		const built = await buildSite({ outDir });
		expect(built.ok, built.text).toBe(true);
		const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((n) =>
			n.endsWith('.html'),
		);
		expect(pages.length).toBeGreaterThan(20);
		for (const name of pages) {
			const html = readFileSync(join(outDir, name), 'utf8');
			const { scripts, styles } = inlineCode(html);
			const got = sources(html);
			expect(got.script.slice(1).sort(), name).toEqual([...new Set(scripts.map(cspHash))].sort());
			expect(got.style.slice(1).sort(), name).toEqual([...new Set(styles.map(cspHash))].sort());
			expect(got.script[0], name).toBe("'self'");
		}
	});
});
