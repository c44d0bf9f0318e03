/**
 * Whether two words are the same word, give or take a typo or a cut end: what typed words, the
 * paste matcher and the other errors' messages all ask. Apart from similarity.ts (how two
 * phrases cover each other), which only a paste needs: typed words read alone do not load it.
 */

/** Optimal-string-alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				v = Math.min(v, prev2[j - 2]! + 1);
			cur.push(v);
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		prev2 = prev;
		prev = cur;
	}
	return prev[b.length]!;
}

/** Same word, give or take a typo (one edit from 5 letters, two from 9) or a cut end ("instantan"). */
export function sameWord(pasted: string, indexed: string, allowPrefix = false): boolean {
	if (pasted === indexed) return true;
	const len = Math.min(pasted.length, indexed.length);
	if (len < 4) return false;
	if (allowPrefix && pasted.length >= 5 && indexed.startsWith(pasted)) return true;
	const max = len >= 9 ? 2 : len >= 5 ? 1 : 0;
	if (max === 0 || Math.abs(pasted.length - indexed.length) > max) return false;
	// One or two edits leave the first or the last letter in place: a cheap way to skip most pairs.
	if (pasted[0] !== indexed[0] && pasted[pasted.length - 1] !== indexed[indexed.length - 1])
		return false;
	return editDistance(pasted, indexed, max) <= max;
}

/**
 * Whether a pasted word may stand for a word of the index: the same word; from 4 letters (or the
 * cut last word of a paste), a typo of it (`sameWord`), or, cut, a word it begins; never a word
 * more than 2 letters shorter, nor more than 2 longer (20 when cut).
 */
export function standsFor(pasted: string, indexed: string, cut: boolean): boolean {
	if (pasted === indexed) return true;
	if (pasted.length < 4 && !cut) return false;
	const longest = cut ? pasted.length + 20 : pasted.length + 2;
	if (indexed.length < pasted.length - 2 || indexed.length > longest) return false;
	return sameWord(pasted, indexed, true) || (cut && indexed.startsWith(pasted));
}
