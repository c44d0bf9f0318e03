/**
 * `npm run bench:search:tuning`: our search on the tuning part of the real corpus, with each
 * miss shown (text, expected, what came first). The held-out part is never shown here: tune on
 * this, report the held-out figures of `npm run bench:search`.
 */
import { decodeHtml, indexesFromDisk } from '../../src/search/from-disk';
import { searchPaste } from '../../src/search/search';
import { isRight, loadReal, measureReal, type RealItem } from './real-corpus';
import { agreement, loadSecondLabels, relabelled } from './second-labels';

const { prepared } = indexesFromDisk();
const items = loadReal('tuning');
const answers = new Map(
	items.map((item) => {
		const o = searchPaste(item.text, item.lang, prepared, decodeHtml);
		return [
			item.id,
			{ keys: o.results.map((r) => `${r.kind}:${r.id}`), verdict: o.verdict, mode: o.mode },
		];
	}),
);
const print = (part: readonly RealItem[]) => {
	for (const [group, s] of measureReal(part, (item) => answers.get(item.id)!))
		console.log(
			`${group.padEnd(9)} top-1 ${s.top1}/${s.covered}  top-3 ${s.top3}/${s.covered}  foreign none ${s.none}/${s.foreign}  match ${s.match}`,
		);
};
print(items);
const labels = loadSecondLabels();
const queries = items.filter((i) => i.kind === 'query');
const { agree, of } = agreement(queries, labels);
console.log(
	`\nTyped queries by a second, blind annotator (${of} labelled; agrees with the first on ${agree}):`,
);
print(relabelled(queries, labels));
if (process.argv.includes('--misses')) {
	for (const item of items) {
		const a = answers.get(item.id)!;
		const ok = item.expected.length === 0 ? a.verdict === 'none' : isRight(item, a.keys[0] ?? '');
		if (ok) continue;
		console.log(
			`\n${item.id} [${item.kind} ${item.lang} ${item.type}] expected ${item.expected.join(' ') || 'none'} | got ${a.verdict}/${a.mode}: ${a.keys.slice(0, 3).join(' ')}\n  ${item.text.replace(/\s+/g, ' ').slice(0, 220)}`,
		);
	}
}
