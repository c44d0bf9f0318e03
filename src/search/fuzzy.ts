/**
 * Fuse.js, loaded only when a query needs a fuzzy lookup: a code-shaped word that is not one of
 * our codes (a cut or mistyped code), or a typed word the site does not have (a typo). Most
 * pastes need neither, so the first search does not pull Fuse's bytes. Node registers Fuse at
 * once (src/search/from-disk.ts); the page registers it before ranking a query that needs it
 * (src/scripts/search/files.ts), so a query gets the same answer everywhere. The near-code
 * lookup (near-code.ts) is registered the same way, with Fuse, for a paste that needs it.
 */
import type Fuse from 'fuse.js/basic';
import type { IFuseOptions } from 'fuse.js/basic';
import type { PreparedIndex } from './prepare';

export type FuseClass = typeof Fuse;
export type FuzzyList = Pick<Fuse<string>, 'search'>;

let registered: FuseClass | undefined;

/** Makes Fuse available to the matcher (or, with `undefined`, unavailable: the benchmark measures what it adds). */
export function useFuse(fuse: FuseClass | undefined): void {
	registered = fuse;
}

/** A Fuse index over a list of strings, or undefined while Fuse is not registered. */
export function fuzzyList(
	list: readonly string[],
	options: IFuseOptions<string>,
): FuzzyList | undefined {
	return registered ? new registered(list, options) : undefined;
}

/** The near-code lookup (near-code.ts), registered with Fuse; a code is not looked up without it. */
export type NearCode = (
	index: PreparedIndex,
	key: string,
) => { target: number; code: string } | undefined;

let nearCode: NearCode | undefined;

export function useNearCode(lookup: NearCode | undefined): void {
	nearCode = lookup;
}

/** The code of the index a code-shaped word is close to, if the lookup is registered and finds one. */
export const nearCodeOf: NearCode = (index, key) => nearCode?.(index, key);
