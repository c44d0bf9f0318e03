/**
 * What a search URL carries of a paste: the paste itself when it is short, else a capped query
 * (the error codes it names, then its most telling lines) of at most `maxUrlQueryLength`
 * characters once encoded. A whole log in `?q=` makes URLs that hosts refuse (HTTP 431); the
 * full paste travels in sessionStorage instead (src/scripts/search/paste-store.ts). Pure.
 */

/** Most characters of the encoded `q` value (a URL stays well under hosts' 8 KB header limits). */
export const maxUrlQueryLength = 2_000;

/** How much of a long paste is read for lines (its codes are read from all of it). */
const maxLinesRead = 100_000;

/** Longest line kept in a capped query. */
const maxLineLength = 300;

/** Error codes: one word of several capitalised parts (`UserErrorGuestAgentStatusUnavailable`). */
const codePattern = /\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*){2,}\b/g;

/** Words that make a line worth keeping: it states an error, in English or French. */
const tellingPattern =
	/(?<!\p{L})(error|errors|fail(?:ed|ure|s)?|unable|cannot|could not|timed? ?out|not responding|erreur|échec|échoué|impossible|ne répond)(?!\p{L})/iu;

const encodedLength = (s: string) => encodeURIComponent(s).length;

/** Lone surrogates (which `encodeURIComponent` refuses) become U+FFFD. */
const wellFormed = (s: string) =>
	s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** The first `n` code points of `s` (never half a surrogate pair). */
const head = (s: string, n: number) =>
	Array.from(s.slice(0, n * 2))
		.slice(0, n)
		.join('');

/** The `q` value a search URL carries for `paste`. */
export function urlQuery(paste: string, max = maxUrlQueryLength): string {
	const text = wellFormed(paste).trim();
	if (encodedLength(text) <= max) return text;

	const parts: string[] = [];
	let used = 0;
	const add = (part: string): boolean => {
		// Joined with a line break (`%0A`, 3 characters encoded).
		const cost = encodedLength(part) + (parts.length > 0 ? 3 : 0);
		if (!part || used + cost > max) return false;
		parts.push(part);
		used += cost;
		return true;
	};

	const codes = [...new Set(text.match(codePattern) ?? [])];
	const codeLine: string[] = [];
	for (const code of codes) {
		const next = [...codeLine, code].join(' ');
		if (encodedLength(next) > max / 2) break;
		codeLine.push(code);
	}
	add(codeLine.join(' '));

	// Lines from the beginning only: a query of 2,000 characters never needs more.
	const lines = [
		...new Set(
			text
				.slice(0, maxLinesRead)
				.split(/\r?\n/)
				.map((l) => head(l.replace(/\s+/g, ' ').trim(), maxLineLength).trim())
				.filter((l) => /\p{L}{2}/u.test(l)),
		),
	];
	const telling = lines.filter((l) => tellingPattern.test(l));
	for (const line of [...telling, ...lines.filter((l) => !tellingPattern.test(l))]) {
		if (used >= max - 3) break;
		add(line);
	}
	// A paste of one enormous line: its beginning.
	if (parts.length === 0) {
		let cut = head(text, max);
		while (encodedLength(cut.trim()) > max)
			cut = head(cut, Math.floor(Array.from(cut).length * 0.9));
		return cut.trim();
	}
	return parts.join('\n');
}
