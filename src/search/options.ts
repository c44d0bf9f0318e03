/**
 * Fuse.js settings, in one place so the page, the CLI and the benchmark run the same search.
 * Every value was measured with `npm run bench:search` (see docs/search.md), not guessed.
 */
import type { IFuseOptions } from 'fuse.js';

/** The index holds plain strings (folded phrases), so there are no keys. */
export const fuseKeys: string[] = [];

/**
 * The matcher's settings (figures: `npm run bench:search`, "Fuse settings" table).
 * - `useTokenSearch`: each word is matched on its own (no 32-character chunks) and weighted by
 *   rarity. Without it the 8-word query is cut into 32-character chunks that match no phrase:
 *   top-1 falls from 99.8 % to 27 %.
 * - `ignoreLocation`: a word may sit anywhere in a phrase (token search forces it per word).
 * - `threshold: 0.2`: per word, one edit in five letters. Fuse only orders the candidates the
 *   prefilter found (the coverage check decides), so 0.2 to 0.6 give the same accuracy;
 *   0.2 is the cheapest (fewer Bitap passes per absent word).
 * - `isCaseSensitive: true`, `ignoreDiacritics: false`: both sides are already folded by
 *   `fold.ts`, so folding again is wasted work (same accuracy, no measurable gain either way).
 */
export const fuseOptions: IFuseOptions<string> = {
	useTokenSearch: true,
	ignoreLocation: true,
	threshold: 0.2,
	isCaseSensitive: true,
	ignoreDiacritics: false,
	includeScore: true,
	shouldSort: true,
};

/** How many phrases of the index Fuse returns per paste (candidates for the coverage check). */
export const FUSE_LIMIT = 32;
