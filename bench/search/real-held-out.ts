/**
 * `npm run bench:search:held-out`: the held-out figures of our search only, without any item.
 * Misses are never printed (never tune on them); `npm run bench:search` prints the same
 * figures beside the baselines.
 */
import { decodeHtml, indexesFromDisk } from '../../src/search/from-disk';
import { searchPaste } from '../../src/search/search';
import { loadReal, measureReal } from './real-corpus';

const { prepared } = indexesFromDisk();
const stats = measureReal(loadReal('held-out'), (item) => {
	const o = searchPaste(item.text, item.lang, prepared, decodeHtml);
	return { keys: o.results.map((r) => `${r.kind}:${r.id}`), verdict: o.verdict };
});
for (const [group, s] of stats)
	console.log(
		`${group.padEnd(9)} top-1 ${s.top1}/${s.covered}  top-3 ${s.top3}/${s.covered}  foreign none ${s.none}/${s.foreign}  match ${s.match}`,
	);
