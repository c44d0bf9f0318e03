/**
 * Build-time side of message-reach.ts: each word's reach towards a message, and whether the
 * whole search reads a word typed alone as words. Not page code (it runs the whole search).
 */
import { normalise } from './normalise';
import type { PreparedIndex } from './prepare';
import { searchNormalised } from './search';
import { namingRoles } from './other-reach';

/**
 * The reach of a word (hundredths) over these indexes (both languages' first files, and each
 * with its second file: each weighs words its own way). Build-time code.
 */
export function wordReach(indexes: readonly PreparedIndex[]): (word: string) => number {
	const shares = indexes.map((index) => {
		const most = new Map<number, number>();
		index.data.docs.forEach(([, role], doc) => {
			if (!namingRoles.has(role)) return;
			const ids = index.words[doc]!;
			let total = 0;
			for (const id of ids) total += index.vocab.weightOf(id);
			if (total <= 0) return;
			for (const id of ids) {
				const share = index.vocab.weightOf(id) / total;
				if (share > (most.get(id) ?? 0)) most.set(id, share);
			}
		});
		return most;
	});
	return (word) => {
		let reach = 0;
		indexes.forEach((index, k) => {
			if (index.vocab.any(word) <= 0) return;
			for (const cut of [false, true])
				for (const id of index.vocab.similar(word, cut))
					reach = Math.max(reach, shares[k]!.get(id) ?? 0);
		});
		return Math.min(100, Math.ceil(reach * 100 - 1e-9));
	};
}

/**
 * Whether the whole search (both languages' files, `site` and `other` with their sections)
 * reads a word typed alone as words, cut short or not. Build-time code.
 */
export const readsAsWords =
	(site: PreparedIndex, other: PreparedIndex) =>
	(word: string): boolean =>
		['', '.'].every((end) => searchNormalised(normalise(word + end), site, other).mode === 'words');
