/** What the 404 page resolves without a request: slash-less paths, and words to search for. Pure. */
import type { KnowledgeBase } from '../../content/graph';
import type { Lang } from '../../i18n/languages';
import {
	articleSlug,
	articleUrl,
	correctionsUrl,
	causeUrl,
	errorUrl,
	homeUrl,
	matrixUrl,
	searchUrl,
} from '../urls';

/**
 * Every content page's path (with its trailing slash), for the 404 page: a path typed without
 * the slash on a host that does not add it is sent to the page that exists, without a request.
 */
export function pagePaths(kb: KnowledgeBase, langs: readonly Lang[]): string[] {
	return langs.flatMap((lang) => [
		homeUrl(lang),
		matrixUrl(lang),
		searchUrl(lang),
		articleUrl(lang),
		correctionsUrl(lang),
		...kb.errorIds.map((id) => errorUrl(lang, id)),
		...kb.causeIds.map((id) => causeUrl(lang, id)),
	]);
}

/** The existing page a path stands for when it only lacks its trailing slash. */
export function withTrailingSlash(pathname: string, pages: readonly string[]): string | undefined {
	if (pathname.endsWith('/')) return undefined;
	const slashed = `${pathname}/`;
	return pages.includes(slashed) ? slashed : undefined;
}

/**
 * Words to search for, from a path nobody found: `/fr/errors/agent-not-responding/` →
 * `agent not responding`. Drops the language, the collection names and the article's prefix.
 */
export function wordsFromPath(pathname: string): string {
	let path = pathname;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		/* keep it raw */
	}
	const skip = new Set([
		'fr',
		'en',
		'errors',
		'causes',
		'go',
		'search',
		'index',
		'html',
		...articleSlug.split('/').slice(0, 2),
	]);
	return path
		.split(/[/\s._+-]+/)
		.map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
		.filter((w) => w && !skip.has(w.toLowerCase()))
		.join(' ')
		.slice(0, 200);
}
