/**
 * The error codes a text names that are not ours, each with its entry on the other-errors page
 * when the catalogue lists it (`content/other-errors/`). The page fetches the catalogue's codes
 * (`/search-other-codes.json`) only when a result names such a code; ids and codes are the same
 * in both languages. Pure.
 */
import type { SearchOutcome } from './types';

/** A code of another error, lower case → the id of its entry on the other-errors page. */
export type OtherCodes = Readonly<Record<string, string>>;

/** Codes named in a note at most. */
const MAX_NAMED = 3;

/** The catalogue's codes as shipped: lower-cased keys, sorted, in a null-prototype object. */
export function otherCodesOf(
	errors: readonly { id: string; codes: readonly string[] }[],
): Record<string, string> {
	const out = Object.create(null) as Record<string, string>;
	const pairs = errors.flatMap((e) => e.codes.map((c) => [c.toLowerCase(), e.id] as const));
	for (const [code, id] of pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[code] = id;
	return out;
}

/**
 * The foreign codes a note names (at most three, in the order found), each with its entry's id
 * when `codes` lists it; the codes of the other error the outcome already names are left out.
 */
export function foreignCodeEntries(
	outcome: Pick<SearchOutcome, 'foreignCodes' | 'other'>,
	codes?: OtherCodes,
): { code: string; id?: string }[] {
	const named = new Set(outcome.other?.codes.map((c) => c.toLowerCase()));
	return outcome.foreignCodes
		.filter((c) => !named.has(c.toLowerCase()))
		.slice(0, MAX_NAMED)
		.map((code) => {
			const key = code.toLowerCase();
			const id = codes && Object.hasOwn(codes, key) ? codes[key] : undefined;
			return id === undefined ? { code } : { code, id };
		});
}

/** Whether an outcome names a foreign code that the catalogue may list (its codes worth fetching). */
export const namesForeignCodes = (outcome: Pick<SearchOutcome, 'foreignCodes' | 'other'>) =>
	foreignCodeEntries(outcome).length > 0;
