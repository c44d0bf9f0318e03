/** Short links by error code (`/go/<Code>/`, `/{lang}/go/<code>/`): which codes, read in any case. Pure. */
import type { KnowledgeBase } from '../../content/graph';
import { isLang, type Lang } from '../../i18n/languages';

/**
 * Error code → error id map as shipped to the browser (lower-cased keys); a null-prototype
 * object, so no code can read an inherited member.
 */
export function codeMap(kb: KnowledgeBase): Record<string, string> {
	const out = Object.create(null) as Record<string, string>;
	for (const [code, id] of [...kb.codes].sort(([a], [b]) => a.localeCompare(b))) out[code] = id;
	return out;
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
