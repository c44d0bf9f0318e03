/**
 * `npm run bench:search:tuning`: our search on the tuning part of the real corpus, with each
 * miss shown (text, expected, what came first). The held-out part is never shown here: tune on
 * this, report the held-out figures of `npm run bench:search`.
 */
import { decodeHtml, indexesFromDisk } from '../../src/search/from-disk';
import { searchPaste } from '../../src/search/search';
import { isRight, loadReal, printReal } from './real-corpus';
import { printBySecondLabels } from './second-labels';

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
const answer = (item: (typeof items)[number]) => answers.get(item.id)!;
printReal(items, answer);
printBySecondLabels(items, answer);
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
