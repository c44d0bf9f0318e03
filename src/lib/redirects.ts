/**
 * Where old and short links lead: former ids, the original article's anchors and error codes.
 * Pure (no Astro, no DOM): the route files, the client scripts and the unit tests share it.
 *
 * Static hosting cannot redirect with a query or a fragment, so every redirect here is a small
 * generated page whose script rebuilds the target with `carryOver()`; see docs/links.md.
 */
import type { KnowledgeBase } from '../content/graph';
import type { Lang } from '../i18n/languages';
import { isLang } from '../i18n/languages';
import {
	articleSlug,
	articleUrl,
	causeUrl,
	errorUrl,
	homeUrl,
	matrixUrl,
	searchUrl,
	solutionUrl,
} from './urls';

/**
 * Anchors of the original article that belong to the article itself, not to one entry: they
 * stay on the single-page view, which keeps an element with each of these ids.
 */
export const articleOwnAnchors = {
	/** The article's `h1`. */
	title: 'troubleshoot-azure-backup-failure-issues-with-agent-andor-extension',
	/** The "Causes and solutions" section. */
	causes: 'causes-and-solutions',
} as const;

/**
 * `#solution` is repeated under every cause of the article; a browser lands on the first one,
 * which belongs to the first cause of the "Causes and solutions" section.
 */
export const repeatedSolutionAnchor = 'solution';

/** Id of the cause solutions section on a cause page (kept in sync with `causes/[id].astro`). */
export const causeSolutionsAnchor = 'solutions';

/**
 * Adds the visitor's `?query` and `#fragment` to a target. The target's own fragment wins (a
 * legacy anchor is consumed by the redirect); queries are merged, the visitor's values last.
 */
export function carryOver(target: string, search: string, hash: string): string {
	const m = /^([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(target);
	const path = m?.[1] ?? target;
	const params = new URLSearchParams(m?.[2] ?? '');
	for (const [k, v] of new URLSearchParams(search.replace(/^\?/, ''))) params.set(k, v);
	const query = params.toString();
	const targetHash = m?.[3];
	const fragment = targetHash !== undefined ? targetHash : hash.replace(/^#/, '');
	return `${path}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
}

export interface FormerIdRedirect {
	lang: Lang;
	/** URL segment of the collection: `errors` or `causes` (solutions have no page of their own). */
	collection: 'errors' | 'causes';
	formerId: string;
	/** The current URL. */
	target: string;
}

/** One redirect page per former id of an error or a cause, in each language. */
export function formerIdRedirects(kb: KnowledgeBase, langs: readonly Lang[]): FormerIdRedirect[] {
	const out: FormerIdRedirect[] = [];
	for (const [alias, to] of kb.aliases) {
		if (to.kind !== 'formerId' || to.collection === 'solutions') continue;
		for (const lang of langs) {
			const target = to.collection === 'errors' ? errorUrl(lang, to.id) : causeUrl(lang, to.id);
			out.push({ lang, collection: to.collection, formerId: alias, target });
		}
	}
	return out.sort((a, b) =>
		`${a.lang}/${a.collection}/${a.formerId}`.localeCompare(
			`${b.lang}/${b.collection}/${b.formerId}`,
		),
	);
}

/** `cause-3-…` anchors name a cause at a position in some error's list. */
const positional = /^cause-(\d+)-/;

/**
 * Where one legacy anchor of the article leads, in one language, or `undefined` for the
 * anchors that stay on the single-page view (the title, "causes and solutions").
 *
 * - an error's anchor → that error's page;
 * - `cause-N-…` (the "Cause N:" lines under each error) are kept by the error under which the
 *   original article first had them: → that error's page, at its N-th cause;
 * - a cause's own anchor → the cause page; a solution's → its hosting cause page at its anchor;
 * - `solution` → the solutions of the first cause in reading order.
 */
export function legacyTarget(kb: KnowledgeBase, lang: Lang, anchor: string): string | undefined {
	if (anchor === repeatedSolutionAnchor) {
		const first = kb.causeIds[0];
		return first ? `${causeUrl(lang, first)}#${causeSolutionsAnchor}` : undefined;
	}
	const to = kb.aliases.get(anchor);
	if (!to || to.kind !== 'legacyAnchor') return undefined;
	if (to.collection === 'errors') {
		const n = positional.exec(anchor);
		const cause = n ? kb.errors[lang].get(to.id)?.causes[Number(n[1]) - 1] : undefined;
		return cause ? `${errorUrl(lang, to.id)}#${cause}` : errorUrl(lang, to.id);
	}
	if (to.collection === 'solutions') {
		const host = kb.solutionCause.get(to.id);
		return host ? solutionUrl(lang, host, to.id) : undefined;
	}
	return causeUrl(lang, to.id);
}

/** Every legacy anchor that leaves the article page → its target, for one language. */
export function legacyAnchorMap(kb: KnowledgeBase, lang: Lang): Record<string, string> {
	const out: Record<string, string> = {};
	const anchors = [
		...[...kb.aliases].filter(([, to]) => to.kind === 'legacyAnchor').map(([a]) => a),
		repeatedSolutionAnchor,
	];
	for (const anchor of anchors.sort()) {
		const target = legacyTarget(kb, lang, anchor);
		if (target) out[anchor] = target;
	}
	return out;
}

/** Reads the anchor out of a `location.hash` (`#caf%C3%A9` → `café`); never throws. */
export function hashToAnchor(hash: string): string {
	const raw = hash.replace(/^#/, '');
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

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

/** Error code → error id map as shipped to the browser (lower-cased keys). */
export function codeMap(kb: KnowledgeBase): Record<string, string> {
	return Object.fromEntries([...kb.codes].sort(([a], [b]) => a.localeCompare(b)));
}

/** The error codes of the knowledge base, each in its canonical casing (as written in content). */
export function canonicalCodes(kb: KnowledgeBase): { code: string; errorId: string }[] {
	const out: { code: string; errorId: string }[] = [];
	for (const errorId of kb.errorIds) {
		const error = kb.errors.en.get(errorId) ?? kb.errors.fr.get(errorId);
		for (const code of error?.codes ?? []) out.push({ code, errorId });
	}
	return out;
}

/** The short-link path segments generated for each code: the canonical casing and lower case. */
export function shortLinkCodes(kb: KnowledgeBase): { code: string; errorId: string }[] {
	const seen = new Set<string>();
	const out: { code: string; errorId: string }[] = [];
	for (const { code, errorId } of canonicalCodes(kb)) {
		for (const variant of [code, code.toLowerCase()]) {
			if (seen.has(variant)) continue;
			seen.add(variant);
			out.push({ code: variant, errorId });
		}
	}
	return out;
}

/**
 * Reads a short-link path in any case, with or without the trailing slash:
 * `/go/CODE`, `/fr/go/code/` → `{ code, lang? }`; anything else → undefined.
 */
export function parseShortLinkPath(pathname: string): { code: string; lang?: Lang } | undefined {
	const m = /^\/(?:([a-z]{2})\/)?go\/([A-Za-z0-9]+)\/?$/i.exec(pathname);
	if (!m) return undefined;
	const lang = m[1]?.toLowerCase();
	if (m[1] !== undefined && !isLang(lang)) return undefined;
	return { code: m[2]!, ...(isLang(lang) ? { lang } : {}) };
}

/** The error a code names, whatever its case. */
export function errorForCode(codes: Record<string, string>, code: string): string | undefined {
	const key = code.toLowerCase();
	return Object.hasOwn(codes, key) ? codes[key] : undefined;
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
