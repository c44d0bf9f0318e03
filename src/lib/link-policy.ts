/**
 * Which link targets content may carry: `https:`, `mailto:`, relative and in-site links
 * (`/fr/…`, `../x/`, `#anchor`). A `http:` link only when its entry lists the exact URL in
 * `httpLinks` (with the reason); `javascript:`, `data:`, `vbscript:` and every other scheme never.
 * Pure; used by the content checks (the build) and by `renderInline` (defence in depth).
 */

export interface LinkProblem {
	message: string;
	hint: string;
}

/** Schemes that run code or carry a document when followed. */
const activeSchemes = new Set(['javascript', 'data', 'vbscript']);

/** Decodes the character references a browser would decode in an attribute (`&#58;`, `&colon;`). */
function decodeReferences(href: string): string {
	return href
		.replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&colon;/gi, ':')
		.replace(/&tab;/gi, '\t')
		.replace(/&newline;/gi, '\n');
}

/**
 * The scheme a browser would see, lower-cased (`JaVa\tScRipt:` → `javascript`), or undefined for
 * a relative link. Browsers drop ASCII tabs and newlines anywhere in a URL and leading controls
 * and spaces, so they are dropped here too.
 */
export function linkScheme(href: string): string | undefined {
	const cleaned = decodeReferences(href)
		.replace(/[\t\n\r]/g, '')
		// eslint-disable-next-line no-control-regex
		.replace(/^[\u0000-\u0020]+/, '');
	const m = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
	return m ? m[1]!.toLowerCase() : undefined;
}

/** Why a link target is refused, or undefined when content may carry it. */
export function linkProblem(
	href: string,
	httpAllowed: ReadonlySet<string> = new Set(),
): LinkProblem | undefined {
	const scheme = linkScheme(href);
	if (scheme === undefined) {
		if (/^\s*[\\/]{2}/.test(href))
			return {
				message: `protocol-relative link "${href}"`,
				hint: 'Write the full address, starting with https://.',
			};
		return undefined;
	}
	if (scheme === 'https' || scheme === 'mailto') return undefined;
	if (scheme === 'http') {
		if (httpAllowed.has(href.trim())) return undefined;
		return {
			message: `plain http link "${href}"`,
			hint: 'Use https://. If the host really has no https, list the exact URL with the reason in the entry’s httpLinks (see CONTRIBUTING.md).',
		};
	}
	if (activeSchemes.has(scheme))
		return {
			message: `link with the "${scheme}:" scheme`,
			hint: 'Content links are https://, mailto:, or links inside the site; a script or data link is never allowed.',
		};
	return {
		message: `link with the "${scheme}:" scheme`,
		hint: 'Content links are https://, mailto:, or links inside the site.',
	};
}

/** Whether `renderInline` may emit the target as a link at all (no http exceptions here). */
export const isSafeHref = (href: string): boolean => {
	const scheme = linkScheme(href);
	return scheme === undefined || scheme === 'https' || scheme === 'http' || scheme === 'mailto';
};
