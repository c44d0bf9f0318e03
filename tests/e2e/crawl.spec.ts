/**
 * The link crawler: visits every page of the sitemap, both languages, in Chromium
 * (after its scripts ran), and checks that every internal link opens a page and that every
 * `#fragment` names an element of that page; that each page's canonical URL is itself and its
 * hreflang alternates point at its twin, which points back. Prints the counts; 0 broken.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { languages } from '../../src/i18n/languages';
import { switchLangUrl } from '../../src/lib/urls';

const outDir = process.env.KB_OUT_DIR ?? 'dist';

/** Every page path of the sitemap(s), as site-relative paths. */
function sitemapPaths(): string[] {
	const index = `${outDir}/sitemap-index.xml`;
	const files = existsSync(index)
		? [...readFileSync(index, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
				(m) => `${outDir}${new URL(m[1]!).pathname}`,
			)
		: [`${outDir}/sitemap-0.xml`];
	const paths = files.flatMap((f) =>
		[...readFileSync(f, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(m) => new URL(m[1]!).pathname,
		),
	);
	return [...new Set(paths)].sort();
}

interface Seen {
	ids: Set<string>;
	alternates: Record<string, string>;
	canonical?: string;
}

test('crawl: every internal link and #fragment resolves, alternates point at twins', async ({
	page,
	request,
	baseURL,
}) => {
	test.setTimeout(300_000);
	const origin = new URL(baseURL!).origin;
	const paths = sitemapPaths();
	expect(paths.length).toBeGreaterThan(0);
	const seen = new Map<string, Seen>();
	const fetched = new Map<string, { status: number; ids: Set<string> }>();
	const broken: string[] = [];
	let links = 0;
	let anchors = 0;
	let sitePaths = 0;
	const targets = new Set<string>();

	/** The ids of a page we did not visit in the browser (fetched once; its HTML only). */
	async function idsOf(path: string): Promise<{ status: number; ids: Set<string> }> {
		const cached = seen.get(path) ?? fetched.get(path);
		if (cached) return 'status' in cached ? cached : { status: 200, ids: cached.ids };
		const res = await request.get(path, { maxRedirects: 0 });
		const html = res.status() === 200 ? await res.text() : '';
		const entry = {
			status: res.status(),
			ids: new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!)),
		};
		fetched.set(path, entry);
		return entry;
	}

	// 1. Visit every page: its ids, links, canonical and alternates, once its scripts ran.
	const found: { from: string; href: string }[] = [];
	for (const path of paths) {
		const res = await page.goto(path);
		if (res?.status() !== 200) {
			broken.push(`${path}: page answered ${res?.status()}`);
			continue;
		}
		const info = await page.evaluate(() => ({
			ids: [...document.querySelectorAll('[id], a[name]')].map(
				(el) => el.id || el.getAttribute('name') || '',
			),
			hrefs: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
			canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href,
			alternates: [
				...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]'),
			].map((l) => [l.hreflang, l.href]),
		}));
		seen.set(path, {
			ids: new Set(info.ids.filter(Boolean)),
			alternates: Object.fromEntries(info.alternates),
			...(info.canonical ? { canonical: info.canonical } : {}),
		});
		for (const href of info.hrefs) found.push({ from: path, href });
	}

	// 2. Check every internal link (same origin as the preview, or the site's own absolute URLs).
	const siteOrigin = (() => {
		const c = [...seen.values()].find((s) => s.canonical)?.canonical;
		return c ? new URL(c).origin : origin;
	})();
	for (const { from, href } of found) {
		const url = new URL(href);
		if (url.origin !== origin && url.origin !== siteOrigin) continue;
		if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
		links++;
		targets.add(url.pathname);
		const target = await idsOf(url.pathname);
		if (target.status !== 200) {
			broken.push(`${from} → ${url.pathname}: ${target.status}`);
			continue;
		}
		const fragment = decodeURIComponent(url.hash.slice(1));
		if (!fragment) continue;
		anchors++;
		if (!target.ids.has(fragment))
			broken.push(`${from} → ${url.pathname}#${fragment}: no element with this id`);
	}

	// 3. Canonical is the page itself; alternates point at the twin, which exists and points back.
	for (const [path, info] of seen) {
		sitePaths++;
		if (info.canonical && new URL(info.canonical).pathname !== path)
			broken.push(`${path}: canonical is ${info.canonical}`);
		for (const lang of languages) {
			const alt = info.alternates[lang];
			const twin = switchLangUrl(path, lang);
			if (!alt) {
				broken.push(`${path}: no hreflang="${lang}" alternate`);
				continue;
			}
			if (new URL(alt).pathname !== twin)
				broken.push(`${path}: hreflang="${lang}" is ${alt}, expected ${twin}`);
			const back = seen.get(twin)?.alternates[path.split('/')[1]!];
			if (!seen.has(twin)) broken.push(`${path}: twin ${twin} is not in the sitemap`);
			else if (!back || new URL(back).pathname !== path)
				broken.push(`${twin}: does not point back at ${path}`);
		}
	}

	console.log(
		`crawl: ${sitePaths} pages visited (${paths.filter((p) => p.startsWith('/fr/')).length} fr, ${paths.filter((p) => p.startsWith('/en/')).length} en), ${links} internal links checked (${targets.size} distinct targets), ${anchors} #fragments checked, ${broken.length} broken`,
	);
	expect(broken, broken.join('\n')).toEqual([]);
});
