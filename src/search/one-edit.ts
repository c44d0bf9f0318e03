/**
 * Whether two words are one edit apart: a letter replaced, added or dropped, or two neighbouring
 * letters swapped (`servcie`, `service`). Fuse.js's Bitap counts a swap as two errors, so a
 * swapped pair in a short word scores past the typo threshold; this lets it through. Pure.
 */
export function oneEditApart(a: string, b: string): boolean {
	if (a === b) return false;
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	if (a.length === b.length) {
		// One letter replaced, or two neighbours swapped; the rest equal.
		const rest = (k: number) => a.slice(k) === b.slice(k);
		return rest(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2));
	}
	// One letter added or dropped.
	const [long, short] = a.length > b.length ? [a, b] : [b, a];
	return long.slice(i + 1) === short.slice(i);
}
