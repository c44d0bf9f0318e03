import { decodeHtml, indexesFromDisk } from './src/search/from-disk';
import { normalise } from './src/search/normalise';
import { rankPaste, searchPaste } from './src/search/search';
import { isRight, loadReal } from './bench/search/real-corpus';
const { prepared } = indexesFromDisk();
const items = loadReal('tuning').filter((i) => i.kind === 'paste');
const rows: [number, string][] = [];
for (const item of items) {
  const q = normalise(item.text, decodeHtml);
  const r = rankPaste(prepared[item.lang], q);
  const o = searchPaste(item.text, item.lang, prepared, decodeHtml);
  const k = o.results[0] ? `${o.results[0].kind}:${o.results[0].id}` : '';
  const cls = item.expected.length === 0 ? 'FOREIGN' : isRight(item, k) ? 'right' : 'WRONG';
  rows.push([r.best, `${r.best.toFixed(3)} ${o.verdict.padEnd(5)} ${cls.padEnd(7)} ${item.id} ${item.lang} ${item.type} ${r.results[0]?.why.type}`]);
}
rows.sort((a, b) => a[0] - b[0]);
console.log(rows.filter(([b]) => b >= 0.3 && b < 1.01).map((r) => r[1]).join('\n'));
