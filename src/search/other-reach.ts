/**
 * Whether a few typed words may be another error's message (one the site does not cover), in
 * which case the page reads them against the second file, which holds those messages, as the
 * matcher does everywhere (`rankPaste`). Typed words name another error only when they cover
 * nearly all of one of its messages: at least a share `REACH` of its words' weight (the
 * confidence `MATCH_MIN` needs two thirds; a support bonus lowers that to 0.55). With one or two
 * words that is possible for few messages, and only through their words: the words of those
 * messages are listed at build time (`otherReach`), and words that may stand for none of them
 * (same word, a typo, a word they begin) cannot name another error. A code, or more words, may:
 * the page then reads the second file. Sound, not exact: tests/unit/search/other-reach.test.ts
 * checks it against the matcher.
 *
 * Also here, what lets typed words be read from their shards alone (`readsAlone`): no code, and
 * no message of ours or another error's they may be (message-reach.ts).
 */
import type { NormalisedQuery } from './normalise';
import type { PreparedIndex } from './prepare';
import { looksLikeErrorCode } from './error-codes';
import { mayBeMessage, type WordReach } from './message-reach';
import { mayReadAlone } from './typed-words';
import { sameWord } from './same-word';
import { DocRole } from './types';

/** Share of a message's weight the typed words must cover to name it, with a margin. */
const REACH = 0.5;
/** Typed words checked here at most; more may name another error (the second file decides). */
export const REACH_WORDS = 2;
/**
 * Roles of the phrases that can name their target alone: make a confident match of ours, or
 * name another error (message-reach.ts weighs the same phrases).
 */
export const namingRoles: ReadonlySet<DocRole> = new Set([
	DocRole.Message,
	DocRole.Shared,
	DocRole.Title,
	DocRole.Signature,
	DocRole.LinePart,
]);

/**
 * The fewest words that cover a share `REACH` of a phrase's weight (`weights`, in order), the
 * words after the last one found counting half, as for a paste cut short (the most favourable).
 */
function wordsToReach(weights: readonly number[]): number {
	let best = Infinity;
	weights.forEach((w, last) => {
		if (w === 0) return;
		const before = weights.slice(0, last).sort((a, b) => b - a);
		let total = 0;
		weights.forEach((v, j) => (total += j <= last ? v : v / 2));
		let found = w;
		let n = 1;
		while (found < REACH * total && n <= before.length) found += before[n++ - 1]!;
		if (found >= REACH * total) best = Math.min(best, n);
	});
	return best;
}

/**
 * Per number of typed words (1…`REACH_WORDS`), the words (space-separated) of the naming
 * phrases of the targets `which` picks that so many words may cover, weighed as `index` weighs
 * them (its rarity).
 */
function reachOf(index: PreparedIndex, which: (kind: string) => boolean): string[] {
	const reach = Array.from({ length: REACH_WORDS }, () => new Set<string>());
	index.data.docs.forEach(([target, role], doc) => {
		const kind = index.data.targets[target]?.kind;
		if (!kind || !which(kind) || !namingRoles.has(role)) return;
		const ids = index.words[doc]!;
		const weights = Array.from(ids, (id) => index.vocab.weightOf(id));
		const n = wordsToReach(weights);
		const words = index.phrases[doc]!.split(' ').filter(Boolean);
		for (let m = n; m <= REACH_WORDS; m++)
			words.forEach((w, i) => {
				if (weights[i]! > 0) reach[m - 1]!.add(w);
			});
	});
	return reach.map((words) => [...words].sort().join(' '));
}

/** The other errors' messages, from the index over both files (`full`). */
export const otherReach = (full: PreparedIndex): string[] =>
	reachOf(full, (kind) => kind === 'other');

/**
 * Whether the typed words may name another error (then the second file must be read): they hold
 * a code, are more words than `REACH_WORDS`, or one of them may stand for a word listed in `reach`.
 */
export function mayNameOther(query: NormalisedQuery, reach: readonly string[]): boolean {
	if (query.codes.length > 0) return true;
	const words = query.phrases.flatMap((p) => p.words);
	if (words.length === 0) return false;
	if (words.length > REACH_WORDS) return true;
	const listed = (reach[words.length - 1] ?? '').split(' ').filter(Boolean);
	return words.some((w) => listed.some((x) => w === x || sameWord(w, x, true) || x.startsWith(w)));
}

/**
 * Whether a long typed word may be an error's code: one of `codes` (every code the site knows,
 * ours and other errors', lower case), or shaped like one, which may be a cut or a typo of one
 * (rank.ts looks those up). Any other long word (`WaAppAgent`, `iaasvmprovider`) is only a word.
 */
export const mayBeCode = (query: NormalisedQuery, codes: readonly string[]): boolean =>
	query.codes.some((c) => looksLikeErrorCode(c) || codes.includes(c.toLowerCase()));

/**
 * Typed words read from their shards alone: no word shaped like an error code nor a code the
 * site knows (`codes`), and words whose reaches (`reach`, message-reach.ts) cannot make a
 * message. The page and the bench decide with this one function.
 */
export const readsAlone = (
	query: NormalisedQuery,
	codes: readonly string[],
	reach: (word: string) => WordReach | undefined,
): boolean => mayReadAlone(query) && !mayBeCode(query, codes) && !mayBeMessage(query, reach);
