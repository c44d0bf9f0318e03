/**
 * What every redirect page does (short links, renamed entries, old anchors): rebuild the target
 * with the visitor's query and fragment, and read a fragment without ever throwing. Pure; static
 * hosting cannot redirect with a query or a fragment, see docs/links.md.
 */

/**
 * Adds the visitor's `?query` and `#fragment` to a target. The target's own fragment wins (a
 * legacy anchor is consumed by the redirect); queries are merged, the visitor's values last.
 */
export function carryOver(target: string, search: string, hash: string): string {
	const m = /^([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(target);
	const path = m?.[1] ?? target;
	const params = new URLSearchParams(m?.[2] ?? '');
	for (const [k, v] of new URLSearchParams(search.replace(/^\?/, ''))) params.set(k, v);
	const query = params.toString();
	const targetHash = m?.[3];
	const fragment = targetHash !== undefined ? targetHash : hash.replace(/^#/, '');
	return `${path}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
}

/** Reads the anchor out of a `location.hash` (`#caf%C3%A9` → `café`); never throws. */
export function hashToAnchor(hash: string): string {
	const raw = hash.replace(/^#/, '');
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}
