/**
 * `npm run bench:search:held-out`: the held-out figures of our search only, and how many
 * items of each type (forum, self-help, agent log…) are missed. The items themselves are
 * never printed (never tune on them); `npm run bench:search` prints the same figures beside
 * the baselines.
 */
import { decodeHtml, indexesFromDisk } from '../../src/search/from-disk';
import { searchPaste } from '../../src/search/search';
import { isRight, laterBatches, loadReal, ofBatch, printReal } from './real-corpus';
import { printBySecondLabels } from './second-labels';

const { prepared } = indexesFromDisk();
const items = loadReal('held-out');
const answers = new Map(
	items.map((item) => {
		const o = searchPaste(item.text, item.lang, prepared, decodeHtml);
		return [item.id, { keys: o.results.map((r) => `${r.kind}:${r.id}`), verdict: o.verdict }];
	}),
);
const answer = (item: (typeof items)[number]) => answers.get(item.id)!;
const print = (part: typeof items) => printReal(part, answer);
print(items);
for (const batch of laterBatches(items)) {
	console.log(`\nBatch ${batch} alone:`);
	print(ofBatch(items, batch));
}

const missedByType = new Map<string, { missed: number; of: number }>();
for (const item of items) {
	const a = answers.get(item.id)!;
	const ok = item.expected.length === 0 ? a.verdict === 'none' : isRight(item, a.keys[0] ?? '');
	const key = `${item.kind} ${item.expected.length === 0 ? 'foreign' : 'covered'} ${item.type}`;
	const m = missedByType.get(key) ?? { missed: 0, of: 0 };
	m.of++;
	if (!ok) m.missed++;
	missedByType.set(key, m);
}
console.log('\nNot first (covered) or not `none` (foreign), by type:');
for (const [key, m] of [...missedByType].sort())
	if (m.missed > 0) console.log(`  ${key.padEnd(32)} ${m.missed}/${m.of}`);

printBySecondLabels(items, answer);
