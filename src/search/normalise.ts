/**
 * Paste → normalised query. Whatever the user pasted (a bare message, a code, a PowerShell
 * error record, Azure CLI JSON, an activity-log entry, a ticket, a 100 KB log, HTML), the
 * matcher only ever sees:
 * - `codes`: the long words that may be error codes, verbatim (looked up exactly, any case);
 * - `phrases`: folded word lists cut at message boundaries, noise removed.
 * Pure and bounded: the input is capped before any work, every rule is linear.
 */
import { BREAK, decodeEntities, stripControls, stripNoise, unescapeJson } from './noise';
import { pastedPhrases, type PastedPhrase } from './segment';
import { typedWords } from './typed-words';

/** Characters read from a paste. Longer pastes keep their head and their tail (logs end with the error). */
export const MAX_INPUT = 64_000;
const HEAD = 48_000;
/** Phrases kept from one paste, half from its start, half from its end (a 100 KB log has thousands of lines). */
export const MAX_PHRASES = 600;
/** Code-shaped words kept from one paste. */
export const MAX_CODES = 400;

export interface NormalisedQuery {
	/** Long words that may be error codes (`UserErrorGuestAgentStatusUnavailable`), verbatim, in order, unique. */
	codes: string[];
	/** Folded phrases (lower case, no accents), each a list of words, flagged when cut short. */
	phrases: PastedPhrase[];
	/** True when the paste was longer than `MAX_INPUT` and its middle was skipped. */
	truncated: boolean;
	/** The folded words of a short one-line query (typed words), else undefined. */
	typed?: string[] | undefined;
}

/** Decodes HTML character references (`&eacute;`, `&rsquo;`, `&#233;`); the full table is loaded only when needed. */
export type HtmlDecoder = (text: string) => string;

/** An error-code-shaped word: a letter, then 9 to 79 letters and digits (every code we know is longer). */
const codeWord = /[A-Za-z][A-Za-z0-9]{9,79}/g;

/**
 * Long words that may be error codes, verbatim, unique (case-insensitively), in order of
 * appearance; of two spellings, the one with capitals (an anchor `usererrorfoo` before its
 * heading `UserErrorFoo` keeps the code's shape, which tells a code from a word).
 */
export function codeCandidates(text: string, max = MAX_CODES): string[] {
	const seen = new Map<string, number>();
	const out: string[] = [];
	for (const m of text.matchAll(codeWord)) {
		const k = m[0].toLowerCase();
		const at = seen.get(k);
		if (at !== undefined) {
			if (out[at] === k && m[0] !== k) out[at] = m[0];
			continue;
		}
		seen.set(k, out.length);
		out.push(m[0]);
		if (out.length >= max) break;
	}
	return out;
}

/** The text of a paste: a string as is; a number or a boolean written out; anything else is empty. */
function asText(raw: unknown): string {
	if (typeof raw === 'string') return raw;
	if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'bigint')
		return String(raw);
	return '';
}

/** Caps a paste: head and tail of a long log, joined by a phrase break. */
export function capInput(raw: unknown): { text: string; truncated: boolean } {
	const text = asText(raw);
	if (text.length <= MAX_INPUT) return { text, truncated: false };
	return {
		text: `${text.slice(0, HEAD)}${BREAK}${text.slice(text.length - (MAX_INPUT - HEAD))}`,
		truncated: true,
	};
}

/**
 * The paste as the matcher reads it. Capped twice: before any work, and again after Unicode
 * normalisation, which can make a text many times longer (U+FDFA becomes 18 characters).
 * `decodeHtml` decodes every named HTML entity (the `entities` package); without it, the
 * numeric references and the common names are decoded.
 */
export function normalise(raw: unknown, decodeHtml?: HtmlDecoder): NormalisedQuery {
	const first = capInput(raw);
	const expanded = capInput(unescapeJson(stripControls(first.text)).normalize('NFKC'));
	const decoded = decodeEntities(expanded.text);
	const unescaped =
		decodeHtml && /&[A-Za-z][A-Za-z0-9]{1,31};/.test(decoded) ? decodeHtml(decoded) : decoded;
	return {
		codes: codeCandidates(unescaped),
		phrases: pastedPhrases(stripNoise(unescaped), MAX_PHRASES),
		truncated: first.truncated || expanded.truncated,
		typed: typedWords(unescaped),
	};
}
