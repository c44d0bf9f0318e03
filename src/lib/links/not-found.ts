/** What the 404 page resolves without a request: slash-less paths, and words to search for. Pure. */
import type { KnowledgeBase } from '../../content/graph';
import type { Lang } from '../../i18n/languages';
import {
	articleSlug,
	articleUrl,
	causesUrl,
	causeUrl,
	checklistUrl,
	correctionsUrl,
	errorsUrl,
	errorUrl,
	homeUrl,
	matrixUrl,
	otherErrorsUrl,
	searchUrl,
} from '../urls';

/**
 * Every content page's path (with its trailing slash), for the 404 page: a path typed without
 * the slash on a host that does not add it, or in other letter cases, is sent to the page that
 * exists, without a request.
 */
export function pagePaths(kb: KnowledgeBase, langs: readonly Lang[]): string[] {
	return langs.flatMap((lang) => [
		homeUrl(lang),
		matrixUrl(lang),
		searchUrl(lang),
		articleUrl(lang),
		correctionsUrl(lang),
		checklistUrl(lang),
		otherErrorsUrl(lang),
		errorsUrl(lang),
		causesUrl(lang),
		...kb.errorIds.map((id) => errorUrl(lang, id)),
		...kb.causeIds.map((id) => causeUrl(lang, id)),
	]);
}

/**
 * The existing page a path stands for when it only lacks its trailing slash or is written in
 * other letter cases (`/EN/Errors/…`, a link retyped from a ticket): ids and prefixes are lower
 * case. Undefined when the path is a page already, or stands for none.
 */
export function existingPageFor(pathname: string, pages: readonly string[]): string | undefined {
	const wanted = (pathname.endsWith('/') ? pathname : `${pathname}/`).toLowerCase();
	const page = pages.find((p) => p === wanted);
	return page === pathname ? undefined : page;
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
