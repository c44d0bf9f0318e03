/**
 * Fuse.js settings, in one place so the page, the CLI and the benchmark run the same search.
 * Every value was measured with `npm run bench:search` (see docs/search.md), not guessed.
 */
import type { IFuseOptions } from 'fuse.js';

/**
 * A typed word the site does not have, against the site's words (folded): a typo
 * (`servcie`) or a cut end (`instantan`). Bitap with its location ignored finds both.
 */
export const wordFuseOptions: IFuseOptions<string> = {
	ignoreLocation: true,
	// The candidates: words.ts takes those up to 0.25 as typos, and up to this one those one edit away.
	threshold: 0.4,
	includeScore: true,
	shouldSort: true,
	isCaseSensitive: true,
	ignoreDiacritics: false,
};

/** A cut or mistyped error code (`UserErrorGuestAgentStatus`, `…Unavailabl`) against our codes (lower case). */
export const codeFuseOptions: IFuseOptions<string> = {
	ignoreLocation: true,
	threshold: 0.2,
	includeScore: true,
	shouldSort: true,
	isCaseSensitive: true,
};
