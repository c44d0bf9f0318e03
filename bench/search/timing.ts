/**
 * The latency loop of the benchmark, the same in Node and in Chromium (bundled into the test
 * page): normalise + rank each paste, as the page does, over `rounds` rounds, queries
 * interleaved so that no cache helps. No Node or DOM imports.
 */
import type { Lang } from '../../src/i18n/languages';
import { normalise } from '../../src/search/normalise';
import type { PreparedIndex } from '../../src/search/prepare';
import { searchNormalised } from '../../src/search/search';

/** Per-query times in ms. */
export function timeQueries(
	indexes: Record<Lang, PreparedIndex>,
	queries: readonly { query: string; lang: Lang }[],
	rounds: number,
): number[] {
	const times: number[] = [];
	for (let r = 0; r < rounds; r++) {
		for (const q of queries) {
			const t0 = performance.now();
			searchNormalised(normalise(q.query), indexes[q.lang], indexes[q.lang === 'fr' ? 'en' : 'fr']);
			times.push(performance.now() - t0);
		}
	}
	return times;
}
