/** The built site's page list, read from its sitemap (dist/, or $KB_OUT_DIR). */
import { readFileSync } from 'node:fs';

/** Every page path listed in the built sitemap (both languages), as site-relative paths. */
export function sitemapPaths(dist = process.env.KB_OUT_DIR ?? 'dist'): string[] {
	const xml = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
}
