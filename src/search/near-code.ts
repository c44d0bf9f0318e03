/**
 * Near codes: the code of the index a code-shaped word that is not one of its codes stands for.
 * It comes with Fuse.js (registered with it, src/search/fuzzy.ts): the page loads it only for a
 * query holding such a word, so a paste of a known message or code does not pull its bytes.
 */
import { fuzzyList, type FuzzyList } from './fuzzy';
import { codeFuseOptions } from './options';
import { NEAR_CODE_PREFIX, type PreparedIndex } from './prepare';
import { spelledCode } from './rank';

/** A near code: Fuse's score over the codes at or below this (0 is exact). */
const NEAR_CODE_MAX = 0.2;

/**
 * A Fuse index over our codes that start like `key` (Fuse over a few codes, not thousands), or
 * undefined while Fuse is not registered; with the codes' indexes in `codeList`.
 */
function codeLookup(
	index: PreparedIndex,
	key: string,
): { fuse: FuzzyList; codes: number[] } | undefined {
	const codes = index.codeBuckets.get(key.slice(0, NEAR_CODE_PREFIX)) ?? [];
	if (codes.length === 0) return undefined;
	const fuse = fuzzyList(
		codes.map((i) => index.codeList[i]!.code),
		codeFuseOptions,
	);
	return fuse && { fuse, codes };
}

/**
 * The code a code-shaped word is a cut or a typo of, if any (Fuse over the codes), or the one code
 * it begins or ends (`UserErrorGuestAgent`, `GuestAgentStatusUnavailable`: a cut, a code without
 * its prefix). Another error is named only by its own code mistyped, or cut or without its
 * prefix where no other error's code begins or ends so: a word merely like it
 * (`UserErrorVmNotFound` for `UserErrorVmNotInDesirableState`) is another code.
 */
export function nearCode(
	index: PreparedIndex,
	key: string,
): { target: number; code: string } | undefined {
	if (key.length < 12) return undefined;
	const lookup = codeLookup(index, key);
	const [hit] = lookup?.fuse.search(key, { limit: 1 }) ?? [];
	const found =
		lookup && hit && (hit.score ?? 1) <= NEAR_CODE_MAX
			? index.codeList[lookup.codes[hit.refIndex]!]!
			: undefined;
	// A cut code keeps most of ours; a mistyped one has about our length.
	const close =
		found &&
		key.length >= found.code.length * 0.6 &&
		key.length <= found.code.length + 3 &&
		// Another error only by its own code mistyped (about its length).
		(index.data.targets[found.target]?.kind !== 'other' ||
			Math.abs(key.length - found.code.length) < 2)
			? found
			: onlyCodeAround(index, key);
	return close && { target: close.target, code: spelledCode(index, close.target, close.code) };
}

/**
 * The one code that begins with this word, or ends with it and keeps most of it
 * (`GuestAgentStatusUnavailable`); none when codes of several errors do (a cut
 * `UserErrorCrossSubscriptionRestore` begins nine).
 */
function onlyCodeAround(index: PreparedIndex, key: string) {
	const around = index.codeList.filter(
		({ code }) => code.startsWith(key) || (code.endsWith(key) && key.length >= code.length * 0.6),
	);
	return new Set(around.map((c) => c.target)).size === 1 ? around[0] : undefined;
}
