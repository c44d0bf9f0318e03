#!/usr/bin/env node
/**
 * What each kind of page ships, read from the built site (dist/ or $KB_OUT_DIR): HTML, CSS,
 * JS (inline and external, following static `import` statements), fonts, raw and gzip; what a
 * page loads before any interaction, and the files it can only load later (search code, index).
 *
 *   npm run size            a table
 *   npm run size -- --json  the same figures as JSON
 *
 * The budget test (tests/e2e/size-budget.spec.ts) imports `pageWeight` from here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

export const distDir = process.env.KB_OUT_DIR ?? 'dist';

/** Bytes of a buffer or string, raw and gzip (level 9, as a host would serve them). */
export function bytes(content) {
	const buf = Buffer.isBuffer(content) ? content : Buffer.from(content);
	return { raw: buf.length, gzip: buf.length ? gzipSync(buf, { level: 9 }).length : 0 };
}

const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero = () => ({ raw: 0, gzip: 0 });

/** Every file of the built site, as site paths (`/en/index.html`). */
export function siteFiles(dir = distDir) {
	const out = [];
	const walk = (d) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else out.push(`/${relative(dir, p).split('\\').join('/')}`);
		}
	};
	walk(dir);
	return out.sort();
}

const read = (dir, sitePath) => readFileSync(join(dir, decodeURI(sitePath.split(/[?#]/)[0])));
const isLocal = (url) => url.startsWith('/') && !url.startsWith('//');

/** Static module imports of a JS text (`import x from "…"`, `import "…"`, `export … from "…"`), not `import()`. */
export function staticImports(js) {
	const found = [];
	for (const m of js.matchAll(
		/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g,
	))
		found.push(m[1]);
	return found;
}

/** Dynamic imports of a JS text (`import("…")`, Vite writes them with backticks): what loads only on use. */
export function dynamicImports(js) {
	return [...js.matchAll(/\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)].map((m) => m[1]);
}

/**
 * What one HTML page loads before any interaction: the HTML itself, its stylesheets (and their
 * @import and fonts), its scripts (inline and external, with their static imports, transitively),
 * modulepreload links. `lazy` lists what its scripts can import later (dynamic imports, fetches of
 * JSON/index files named in them).
 */
export function pageWeight(htmlPath, dir = distDir) {
	const html = read(dir, htmlPath).toString('utf8');
	const base = htmlPath.replace(/[^/]*$/, '');
	const resolve = (from, url) =>
		url.startsWith('/') ? url : posix.join(from.replace(/[^/]*$/, ''), url);
	const files = { css: new Set(), js: new Set(), font: new Set() };
	let inlineJs = '';
	let inlineCss = '';
	const lazy = new Set();

	const visitJs = (path) => {
		if (files.js.has(path) || !existsSync(join(dir, path))) return;
		files.js.add(path);
		const js = read(dir, path).toString('utf8');
		for (const imp of staticImports(js))
			if (imp.startsWith('.') || imp.startsWith('/')) visitJs(resolve(path, imp));
		for (const imp of dynamicImports(js))
			if (imp.startsWith('.') || imp.startsWith('/')) lazy.add(resolve(path, imp));
	};
	const visitCss = (path) => {
		if (files.css.has(path) || !existsSync(join(dir, path))) return;
		files.css.add(path);
		const css = read(dir, path).toString('utf8');
		for (const m of css.matchAll(/@import\s+(?:url\()?["']?([^"')\s]+)/g))
			visitCss(resolve(path, m[1]));
		for (const m of css.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/g))
			files.font.add(resolve(path, m[1]));
	};

	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		const href = tag.match(/\bhref="([^"]+)"/)?.[1];
		if (!href || !isLocal(href)) continue;
		if (/\brel="?stylesheet/.test(tag)) visitCss(href);
		else if (/\brel="?modulepreload/.test(tag)) visitJs(href);
		else if (/\brel="?preload/.test(tag) && /\bas="?font/.test(tag)) files.font.add(href);
	}
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const [, attrs, body] = m;
		if (/type="(?:application\/(?:ld\+)?json|importmap)"/.test(attrs)) continue;
		const src = attrs.match(/\bsrc="([^"]+)"/)?.[1];
		if (src) {
			if (isLocal(src)) visitJs(src);
			continue;
		}
		inlineJs += body;
		for (const imp of staticImports(body))
			if (imp.startsWith('/') || imp.startsWith('.')) visitJs(resolve(base, imp));
		for (const imp of dynamicImports(body))
			if (imp.startsWith('/') || imp.startsWith('.')) lazy.add(resolve(base, imp));
	}
	for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) inlineCss += m[1];

	const sum = (set) =>
		[...set]
			.filter((p) => existsSync(join(dir, p)))
			.reduce((acc, p) => add(acc, bytes(read(dir, p))), zero());
	const htmlBytes = bytes(html);
	const css = sum(files.css);
	const js = sum(files.js);
	const font = sum(files.font);
	const inline = { js: bytes(inlineJs), css: bytes(inlineCss) };
	// Everything its scripts may load later, transitively, minus what is already loaded.
	const later = new Set();
	const visitLater = (path) => {
		if (later.has(path) || files.js.has(path) || !existsSync(join(dir, path))) return;
		later.add(path);
		if (!path.endsWith('.js')) return;
		const js = read(dir, path).toString('utf8');
		for (const imp of [...staticImports(js), ...dynamicImports(js)])
			if (imp.startsWith('.') || imp.startsWith('/')) visitLater(resolve(path, imp));
	};
	for (const p of lazy) visitLater(p);
	return {
		path: htmlPath,
		html: htmlBytes,
		css,
		/** External JS plus inline module scripts (which are also counted in the HTML). */
		js: add(js, inline.js),
		inline,
		font,
		/** What crosses the wire before any interaction: HTML + external CSS, JS and fonts. */
		total: add(add(add(htmlBytes, css), js), font),
		files: { css: [...files.css], js: [...files.js], font: [...files.font] },
		lazy: [...later],
		lazyBytes: sum(later),
	};
}

/** The kinds of page, by path. The first that matches wins. */
export const pageKinds = [
	['root (language chooser)', /^\/index\.html$/],
	['home', /^\/(en|fr)\/index\.html$/],
	['error', /^\/(en|fr)\/errors\/[^/]+\/index\.html$/],
	['cause', /^\/(en|fr)\/causes\/[^/]+\/index\.html$/],
	['matrix', /^\/(en|fr)\/matrix\/index\.html$/],
	['search', /^\/(en|fr)\/search\/index\.html$/],
	['legacy article', /^\/(en|fr)\/azure\//],
	['short link (/go/)', /\/go\//],
	['404', /(^|\/)404(\.html|\/index\.html)$/],
];

export const kindOf = (path) =>
	pageKinds.find(([, re]) => re.test(path))?.[0] ?? `other: ${path.replace(/index\.html$/, '')}`;

/** The search index files: JSON (or JS modules) whose name says index, one per language. */
export function searchIndexes(dir = distDir) {
	return siteFiles(dir)
		.filter(
			(p) =>
				/\.(json|js|mjs)$/.test(p) &&
				/(search|index|fuse)/i.test(p.split('/').pop()) &&
				!/astro_type_script/.test(p),
		)
		.filter((p) => /\.json$/.test(p) || /(^|[/.-])(en|fr)([/.-])/.test(p))
		.map((path) => ({ path, ...bytes(read(dir, path)) }));
}

/** The heaviest page of each kind, with the count of pages of that kind. */
export function report(dir = distDir) {
	const pages = siteFiles(dir).filter((p) => p.endsWith('.html'));
	const byKind = new Map();
	for (const p of pages) {
		const kind = kindOf(p);
		const w = pageWeight(p, dir);
		const cur = byKind.get(kind);
		if (!cur) byKind.set(kind, { kind, count: 1, heaviest: w });
		else {
			cur.count++;
			if (w.total.gzip > cur.heaviest.total.gzip) cur.heaviest = w;
		}
	}
	const order = pageKinds.map(([k]) => k);
	const kinds = [...byKind.values()].sort(
		(a, b) =>
			(order.indexOf(a.kind) + 1 || 99) - (order.indexOf(b.kind) + 1 || 99) ||
			a.kind.localeCompare(b.kind),
	);
	return { pages: pages.length, kinds, indexes: searchIndexes(dir) };
}

const kb = (n) => (n / 1024).toFixed(1);
const cell = (b) => `${kb(b.raw)} / ${kb(b.gzip)}`;

function printTable(r) {
	const rows = [
		['kind', 'pages', 'heaviest page', 'HTML', 'CSS', 'JS', 'fonts', 'total', 'on use (lazy)'],
	];
	for (const k of r.kinds) {
		const w = k.heaviest;
		rows.push([
			k.kind,
			String(k.count),
			w.path.replace(/index\.html$/, ''),
			cell(w.html),
			cell(w.css),
			cell(w.js),
			cell(w.font),
			cell(w.total),
			w.lazy.length ? cell(w.lazyBytes) : '-',
		]);
	}
	const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
	const line = (row) =>
		row.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	console.log(
		`Built site: ${r.pages} HTML pages. Sizes in KB, raw / gzip; what a page loads before any interaction.\n`,
	);
	console.log(line(rows[0]));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of rows.slice(1)) console.log(line(row));
	console.log('\nSearch index files:');
	if (!r.indexes.length) console.log('  (none found)');
	for (const i of r.indexes) console.log(`  ${i.path}  ${kb(i.raw)} KB / ${kb(i.gzip)} KB gzip`);
	console.log(
		'\nJS is external + inline module scripts (inline also counts in HTML); total = HTML + external CSS, JS and fonts.',
	);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	if (!existsSync(join(distDir, 'index.html'))) {
		console.error(`No built site in ${distDir}/: run \`npm run build\` first.`);
		process.exit(1);
	}
	const r = report();
	if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 2));
	else printTable(r);
}
