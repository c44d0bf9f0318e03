/**
 * "Did you mean…?" for a mistyped short link (`/go/UserErrorGuestAgentStatusUnavaliable`): the
 * known code nearest to what was typed, by edit distance ignoring case, when it is near enough
 * (at most a quarter of its length, and at least 2, edits away). Pure.
 */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++)
			row[j] = Math.min(
				previous[j]! + 1,
				row[j - 1]! + 1,
				previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		previous = row;
	}
	return previous[b.length]!;
}

export function closestCode(typed: string, codes: readonly string[]): string | undefined {
	const input = typed.toLowerCase();
	let best: { code: string; distance: number } | undefined;
	for (const code of codes) {
		const distance = editDistance(input, code.toLowerCase());
		if (!best || distance < best.distance) best = { code, distance };
	}
	if (!best) return undefined;
	return best.distance <= Math.max(2, Math.floor(best.code.length / 4)) ? best.code : undefined;
}
