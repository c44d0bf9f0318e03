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
}

/** An error-code-shaped word: a letter, then 9 to 79 letters and digits (every code we know is longer). */
const codeWord = /[A-Za-z][A-Za-z0-9]{9,79}/g;

/** Long words that may be error codes, verbatim, unique (case-insensitively), in order of appearance. */
export function codeCandidates(text: string, max = MAX_CODES): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const m of text.matchAll(codeWord)) {
		const k = m[0].toLowerCase();
		if (seen.has(k)) continue;
		seen.add(k);
		out.push(m[0]);
		if (out.length >= max) break;
	}
	return out;
}

/** Caps a paste: head and tail of a long log, joined by a phrase break. */
export function capInput(raw: unknown): { text: string; truncated: boolean } {
	const text = typeof raw === 'string' ? raw : raw == null ? '' : String(raw);
	if (text.length <= MAX_INPUT) return { text, truncated: false };
	return {
		text: `${text.slice(0, HEAD)}${BREAK}${text.slice(text.length - (MAX_INPUT - HEAD))}`,
		truncated: true,
	};
}

export function normalise(raw: unknown): NormalisedQuery {
	const { text, truncated } = capInput(raw);
	const unescaped = decodeEntities(unescapeJson(stripControls(text)).normalize('NFKC'));
	return {
		codes: codeCandidates(unescaped),
		phrases: pastedPhrases(stripNoise(unescaped), MAX_PHRASES),
		truncated,
	};
}
