/**
 * Each page's Content-Security-Policy lists only the inline scripts and styles that page has.
 * Astro's `security.csp` writes the hash of every script and style of the whole build into every
 * page (seven script hashes and an empty style's, although no page has an inline script); after
 * the build, `narrowPageCsp` rewrites each page's `<meta http-equiv="content-security-policy">`
 * so that `script-src` and `style-src` are `'self'` plus the hashes of that page's own inline
 * `<script>` and `<style>` elements. Pure (string in, string out); run by the integration in
 * astro.config.mjs.
 */
import { createHash } from 'node:crypto';

/** `'sha256-…'` of a text, as CSP writes it. */
export const cspHash = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script types a browser runs (a JSON or template block is data, and CSP does not apply to it). */
const runnable = /^(|module|text\/javascript|application\/javascript)$/i;

/** The bodies of the page's inline scripts that a browser would run, and of its `<style>` elements. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
	const scripts: string[] = [];
	const styles: string[] = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const attrs = m[1] ?? '';
		if (/\ssrc\s*=/i.test(attrs)) continue;
		const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
		if (runnable.test(type)) scripts.push(m[2] ?? '');
	}
	for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.push(m[1] ?? '');
	return { scripts, styles };
}

const metaCsp = /(<meta\s+http-equiv=["']content-security-policy["']\s+content=")([^"]*)(")/i;

/** The page with its CSP's `script-src` and `style-src` narrowed to what the page itself uses. */
export function narrowPageCsp(html: string): string {
	const m = metaCsp.exec(html);
	if (!m) return html;
	const { scripts, styles } = inlineCode(html);
	const sources = (bodies: string[]) =>
		["'self'", ...[...new Set(bodies.map(cspHash))].sort()].join(' ');
	const wanted = new Map([
		['script-src', sources(scripts)],
		['style-src', sources(styles)],
	]);
	const directives = m[2]!
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean)
		.map((d) => {
			const name = d.split(/\s+/)[0]!.toLowerCase();
			const value = wanted.get(name);
			if (value === undefined) return d;
			wanted.delete(name);
			return `${name} ${value}`;
		});
	for (const [name, value] of wanted) directives.push(`${name} ${value}`);
	return html.replace(
		metaCsp,
		(_, open: string, _old: string, close: string) => `${open}${directives.join('; ')};${close}`,
	);
}
