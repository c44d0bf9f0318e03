/**
 * public/_headers: the security headers every page gets on hosts that read the file,
 * long caching for hashed assets only, and a CSP header that cannot fight the per-page <meta>
 * policy (two policies are both enforced: a script-src here would block Astro's hashed scripts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

/** Parses the Netlify / Cloudflare Pages `_headers` format: a path line, then indented `Name: value` lines. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
	const rules = new Map<string, Map<string, string>>();
	let current: Map<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = new Map();
			rules.set(line.trim(), current);
		} else {
			const [name, ...value] = line.trim().split(':');
			expect(current, `header line before any path: ${line}`).toBeDefined();
			current!.set(name!.toLowerCase(), value.join(':').trim());
		}
	}
	return rules;
}

describe('public/_headers', () => {
	const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
	const all = rules.get('/*');

	it('gives every page the security headers', () => {
		expect(all).toBeDefined();
		expect(all!.get('x-content-type-options')).toBe('nosniff');
		expect(all!.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(all!.get('permissions-policy')).toMatch(/camera=\(\)/);
		// HTTPS only, for a year, subdomains included (no `preload`: that is the owner's call).
		expect(all!.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
		const csp = all!.get('content-security-policy') ?? '';
		expect(csp).toMatch(/frame-ancestors 'none'/);
		expect(csp).toMatch(/object-src 'none'/);
		expect(
			csp,
			'a script-src or style-src header would block the hashed inline scripts of the <meta> policy',
		).not.toMatch(/(script|style|default)-src/);
		expect(csp).not.toMatch(/unsafe-(inline|eval)/);
	});

	it('caches hashed assets for a year, and nothing else', () => {
		expect(rules.get('/_astro/*')?.get('cache-control')).toBe(
			'public, max-age=31536000, immutable',
		);
		const others = [...rules].filter(([path, h]) => path !== '/_astro/*' && h.has('cache-control'));
		expect(others.map(([p]) => p)).toEqual([]);
	});
});
