/**
 * `npm run bench:search`: the search benchmark (a measurement, not a timed test).
 * Prints, side by side:
 * - on the real corpus (bench/search/real: tuning and **held-out**, by kind and language):
 *   this search, Fuse.js with its default options (naive) and Pagefind over the built pages;
 *   then what Fuse.js adds to this search (the same run with its two Fuse lookups off);
 * - on the robustness set (dev pastes, generated variants and hostile pastes): ours and naive;
 * - latency p50/p95 in Node and in Chromium for 1,500-character pastes, at the real size and
 *   with 10,000 errors per language (with their causes, solutions and steps);
 * - what the first search pulls (code and index, gzip) and the index sizes.
 * Writes bench/out/search.json.
 *
 * Options: --quick (fewer rounds), --no-browser (no Chromium timing, no Pagefind).
 * Pagefind and the code sizes need a built site (`npm run build`).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadKnowledgeBaseFromDisk } from '../../src/content/from-disk';
import { otherErrorsFromDisk } from '../../src/content/other-errors-from-disk';
import { checksFromDisk } from '../../src/content/checks-from-disk';
import { synonymsFromDisk } from '../../src/content/synonyms-from-disk';
import { languages, type Lang } from '../../src/i18n/languages';
import {
	bodiesOf,
	buildSearchIndex,
	sourceFromKb,
	type SearchSource,
} from '../../src/search/build-index';
import { decodeHtml, prepareBuilt } from '../../src/search/from-disk';
import { normalise } from '../../src/search/normalise';
import type { PreparedIndex } from '../../src/search/prepare';
import { searchNormalised } from '../../src/search/search';
import { useFuse } from '../../src/search/fuzzy';
import Fuse from 'fuse.js/basic';
import type { SearchIndexData, SearchSectionsData } from '../../src/search/types';
import { encodeIndexFile, encodeTargetsFile } from '../../src/search/index-codec';
import { encodeSectionsFile } from '../../src/search/sections-codec';
import { blobsFrom } from './blobs';
import { openBrowserBench, type BrowserBench } from './chromium';
import { loadEvalSet, type EvalItem } from './eval-set';
import { accuracy, latency, withInterval, type Accuracy } from './metrics';
import { naiveEntries, naiveFuse, naiveKeysFor, naiveSearch } from './naive';
import { pagefindAnswers } from './pagefind';
import { splitFirstSearch } from './split';
import { typedBytes } from './typed-bytes';
import { wordReach } from '../../src/search/word-reach';
import {
	laterBatches,
	ofBatch,
	loadReal,
	measureReal,
	type Answer,
	type RealItem,
	type RealStats,
} from './real-corpus';
import { agreement, loadSecondLabels, relabelled } from './second-labels';
import { syntheticSource } from './synthetic';
import { timeQueries } from './timing';

const quick = process.argv.includes('--quick');
const withBrowser = !process.argv.includes('--no-browser');
const SYNTHETIC = 10_000;

type Both<T> = Record<Lang, T>;
const perLang = <T>(f: (lang: Lang) => T): Both<T> =>
	Object.fromEntries(languages.map((l) => [l, f(l)])) as Both<T>;
const size = (value: unknown) => {
	const raw = Buffer.from(JSON.stringify(value));
	return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
};
const ms = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(2) : n.toFixed(0)) : '–');
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
const log = (s = '') => process.stdout.write(`${s}\n`);
const row = (cells: string[], widths: number[]) =>
	cells.map((c, i) => c.padEnd(widths[i] ?? 10)).join(' ');

// ---------------------------------------------------------------- data
const { kb, entries } = loadKnowledgeBaseFromDisk('content');
type Files = { index: SearchIndexData; sections: SearchSectionsData };
const bodies = bodiesOf(entries);
const others = otherErrorsFromDisk('content', new Set(kb.codes.keys()));
const synonyms = synonymsFromDisk('content');
const checks = checksFromDisk('content');
const sources: Both<SearchSource> = perLang((l) =>
	sourceFromKb(kb, l, bodies, others[l], synonyms[l], checks[l]),
);
const data: Both<Files> = perLang((l) => buildSearchIndex(sources[l]));
/** Each language's index as the site ships it (the compact files, weights rounded), prepared. */
const prepare = (d: Both<Files>) => perLang((l) => prepareBuilt(d[l]));
const ours = prepare(data);
const naive = perLang((l) => naiveFuse(naiveEntries(sources[l])));

const set = loadEvalSet();
const evalItems: EvalItem[] = [...set.dev, ...set.variants, ...set.hostile];
const blobs = blobsFrom(set.variants);

const oursAnswer = (idx: Both<PreparedIndex>) => (item: EvalItem) => {
	const o = searchNormalised(
		normalise(item.query, decodeHtml),
		idx[item.lang],
		idx[item.lang === 'fr' ? 'en' : 'fr'],
	);
	return { ids: o.results.map((r) => r.id), confident: o.verdict === 'match' };
};
const naiveAnswer = (item: EvalItem) => {
	const ids = naiveSearch(naive[item.lang], item.query);
	return { ids, confident: ids.length > 0 };
};

// ---------------------------------------------------------------- real corpus
/** Each later collection, first measured blind once its work was done, is also shown alone. */
const heldOut = loadReal('held-out');
const batches = laterBatches(heldOut);
const heldOutBatches = batches.map((b) => `held-out batch ${b}` as const);
/** The typed queries as a second, blind annotator labelled them (second-labels.ts). */
const secondLabels = loadSecondLabels();
const secondSplits = ['held-out, second labels', 'tuning, second labels'] as const;
type Split = 'tuning' | 'held-out' | `held-out batch ${number}` | (typeof secondSplits)[number];
const tuning = loadReal('tuning');
const real = {
	tuning,
	'held-out': heldOut,
	...Object.fromEntries(batches.map((b) => [`held-out batch ${b}`, ofBatch(heldOut, b)])),
	'held-out, second labels': relabelled(heldOut, secondLabels),
	'tuning, second labels': relabelled(tuning, secondLabels),
} as Record<Split, RealItem[]>;
const keysOf = (o: ReturnType<typeof searchNormalised>): Answer => ({
	keys: o.results.map((r) => `${r.kind}:${r.id}`),
	verdict: o.verdict,
});
const oursReal = (idx: Both<PreparedIndex>) => (item: RealItem) =>
	keysOf(
		searchNormalised(
			normalise(item.text, decodeHtml),
			idx[item.lang],
			idx[item.lang === 'fr' ? 'en' : 'fr'],
		),
	);
const naiveReal = (item: RealItem): Answer => {
	const keys = naiveKeysFor(naive[item.lang], item.text);
	return { keys, verdict: keys.length > 0 ? 'weak' : 'none' };
};
/** The same search without Fuse.js: no near codes, no typos of typed words. */
const withoutFuse = prepare(data);
const solutionIds = new Set(
	readdirSync('content/solutions/en').map((f) => f.replace(/\.mdx$/, '')),
);
const realResults: Record<string, Record<string, Map<string, RealStats>>> = {};
for (const split of ['tuning', 'held-out', ...heldOutBatches, ...secondSplits] as const) {
	const items = real[split] ?? [];
	realResults[split] = {
		ours: measureReal(items, oursReal(ours)),
		naive: measureReal(items, naiveReal),
	};
	useFuse(undefined);
	realResults[split]['ours without Fuse'] = measureReal(items, oursReal(withoutFuse));
	useFuse(Fuse);
	if (withBrowser && existsSync('dist/en/index.html')) {
		try {
			const { answers } = await pagefindAnswers('dist', items, solutionIds);
			realResults[split].pagefind = measureReal(items, (i) => answers.get(i.id)!);
		} catch (err) {
			log(`  Pagefind skipped: ${(err as Error).message.split('\n')[0]}`);
		}
	}
}
/** The real typed queries, for timing (their texts only). */
const typedQueries = [...real.tuning, ...real['held-out']]
	.filter((i) => i.kind === 'query')
	.map((i) => ({ query: i.text, lang: i.lang }));
const frac = (a: number, b: number) => (b ? `${a}/${b} ${((100 * a) / b).toFixed(0)} %` : '–');
log(
	'Real pastes and typed queries (bench/search/real): the held-out figures are the ones that count',
);
const rw = [10, 10, 18, 16, 16, 16, 16];
const searches = ['ours', 'naive', 'pagefind', 'ours without Fuse'];
for (const split of ['held-out', ...heldOutBatches, 'tuning', ...secondSplits] as const) {
	log(`\n${split}`);
	log(row(['group', 'measure', ...searches], rw));
	const groups = [...(realResults[split]!.ours?.keys() ?? [])].sort();
	for (const g of groups) {
		const cell = (name: string, f: (s: RealStats) => string) => {
			const st = realResults[split]![name]?.get(g);
			return st ? f(st) : '–';
		};
		const covered = realResults[split]!.ours!.get(g)!.covered > 0;
		if (covered) {
			log(row([g, 'top-1', ...searches.map((n) => cell(n, (s) => frac(s.top1, s.covered)))], rw));
			log(row(['', 'top-3', ...searches.map((n) => cell(n, (s) => frac(s.top3, s.covered)))], rw));
		}
		if (realResults[split]!.ours!.get(g)!.foreign > 0) {
			log(row([g, '`none`', ...searches.map((n) => cell(n, (s) => frac(s.none, s.foreign)))], rw));
			log(row(['', '`match`', ...searches.map((n) => cell(n, (s) => String(s.match)))], rw));
		}
	}
}
for (const split of ['held-out', 'tuning'] as const) {
	const { agree, of } = agreement(
		real[split].filter((i) => i.kind === 'query'),
		secondLabels,
	);
	log(`The two annotators agree on the first answer of ${frac(agree, of)} ${split} typed queries`);
}

// ---------------------------------------------------------------- accuracy
log(
	'\nRobustness (not accuracy: shared dev pastes + bench/search/variants.json + generated hostile pastes)',
);
const groups: [string, (i: EvalItem) => boolean][] = [
	['dev pastes', (i) => set.dev.includes(i)],
	['all', () => true],
];
const acc: Record<string, { ours: Accuracy; naive: Accuracy }> = {};
for (const [name, keep] of groups) {
	for (const lang of languages) {
		const items = evalItems.filter((i) => i.lang === lang && keep(i));
		acc[`${name} ${lang}`] = {
			ours: accuracy(items, oursAnswer(ours)),
			naive: accuracy(items, naiveAnswer),
		};
	}
}
const aw = [16, 7, 22, 22, 22, 14, 22];
log(
	row(
		[
			'set',
			'items',
			'top-1 ours | naive',
			'top-3 ours | naive',
			'MRR ours | naive',
			'confident',
			'`none` ours | naive',
		],
		aw,
	),
);
for (const [k, { ours: o, naive: n }] of Object.entries(acc)) {
	log(
		row(
			[
				k,
				`${o.n}+${o.nNone}`,
				`${pct(o.top1, o.n)} | ${pct(n.top1, n.n)}`,
				`${pct(o.top3, o.n)} | ${pct(n.top3, n.n)}`,
				`${o.mrr.toFixed(3)} | ${n.mrr.toFixed(3)}`,
				pct(o.top1Confident, o.n),
				`${o.noneCorrect}/${o.nNone} | ${n.noneCorrect}/${n.nNone}`,
			],
			aw,
		),
	);
}
for (const [k, { ours: o }] of Object.entries(acc))
	if (o.misses.length && k.startsWith('all')) log(`  ours missed (${k}): ${o.misses.join(', ')}`);

// ---------------------------------------------------------------- latency in Node
const rounds = quick ? 3 : 20;
function timeNaiveNode(
	fuse: Both<ReturnType<typeof naiveFuse>>,
	items: EvalItem[],
	budgetMs: number,
): number[] {
	const times: number[] = [];
	const start = performance.now();
	for (const item of items) {
		const t0 = performance.now();
		naiveSearch(fuse[item.lang], item.query);
		times.push(performance.now() - t0);
		if (performance.now() - start > budgetMs) break;
	}
	return times;
}
timeQueries(ours, blobs, 2); // warm-up
const lat: Record<string, ReturnType<typeof latency>> = {};
lat['node real ours'] = latency(timeQueries(ours, blobs, rounds));
lat['node real naive'] = latency(timeNaiveNode(naive, [...blobs, ...blobs], 60_000));
lat['node real ours (every eval item)'] = latency(timeQueries(ours, evalItems, quick ? 1 : 3));

// ---------------------------------------------------------------- synthetic 10,000 errors per language
log(`\nGenerating ${SYNTHETIC.toLocaleString('en')} synthetic errors per language…`);
const synSources = perLang((l) => syntheticSource(sources[l], SYNTHETIC));
let t0 = performance.now();
const synData: Both<Files> = perLang((l) => buildSearchIndex(synSources[l]));
const synBuildMs = performance.now() - t0;
t0 = performance.now();
const synOurs = prepare(synData);
const synPrepareMs = (performance.now() - t0) / 2;
const synNaive = perLang((l) => naiveFuse(naiveEntries(synSources[l])));
const synAcc = perLang((l) =>
	accuracy(
		evalItems.filter((i) => i.lang === l && !i.kind.startsWith('huge') && i.kind !== 'hostile'),
		oursAnswer(synOurs),
	),
);
timeQueries(synOurs, blobs, 1);
lat['node 10k ours'] = latency(timeQueries(synOurs, blobs, quick ? 2 : 5));
lat['node real typed words'] = latency(timeQueries(ours, typedQueries, rounds));
lat['node 10k typed words'] = latency(timeQueries(synOurs, typedQueries, quick ? 2 : 5));
lat['node 10k naive'] = latency(
	timeNaiveNode(synNaive, blobs.slice(0, 4), quick ? 10_000 : 30_000),
);

// ---------------------------------------------------------------- latency in Chromium
let browser: BrowserBench | undefined;
const chromium: Record<string, number> = {};
if (withBrowser) {
	try {
		browser = await openBrowserBench({
			real: data,
			'real-naive': naiveEntries(sources.en),
			syn: synData,
			'syn-naive': naiveEntries(synSources.en),
		});
		const q = blobs.map(({ query, lang }) => ({ query, lang }));
		chromium['prepare real ms'] = await browser.prepareMs('real');
		await browser.ours('real', q, 2);
		lat['chromium real ours'] = latency(await browser.ours('real', q, rounds));
		lat['chromium real naive'] = latency(
			await browser.naive(
				'real-naive',
				q.filter((x) => x.lang === 'en'),
				60_000,
			),
		);
		chromium['prepare 10k ms'] = await browser.prepareMs('syn');
		await browser.ours('syn', q, 2);
		lat['chromium 10k ours'] = latency(await browser.ours('syn', q, quick ? 2 : 10));
		lat['chromium real typed words'] = latency(await browser.ours('real', typedQueries, rounds));
		lat['chromium 10k typed words'] = latency(
			await browser.ours('syn', typedQueries, quick ? 2 : 5),
		);
		lat['chromium 10k naive'] = latency(
			await browser.naive(
				'syn-naive',
				q.filter((x) => x.lang === 'en').slice(0, 3),
				quick ? 10_000 : 30_000,
			),
		);
		if (!browser.isolated)
			log('  (page not cross-origin isolated: performance.now() is coarsened to 0.1 ms)');
	} catch (err) {
		log(`  Chromium skipped: ${(err as Error).message.split('\n')[0]}`);
	} finally {
		await browser?.close();
	}
}

log(
	'\nLatency per query (ms), 1,500-character pasted blobs (activity-log entry + ticket text), both languages',
);
const lw = [36, 7, 10, 10, 10];
log(row(['where / corpus / search', 'n', 'p50', 'p95', 'max'], lw));
for (const [k, v] of Object.entries(lat))
	log(row([k, String(v.n), ms(v.p50), ms(v.p95), ms(v.max)], lw));

// ---------------------------------------------------------------- sizes
/** The two files as the site serves them (src/search/index-codec.ts). */
const fileSizes = (d: Files) => ({
	index: size(encodeIndexFile(d.index)),
	targets: size(encodeTargetsFile(d.index)),
	sections: size(encodeSectionsFile(d.sections, d.index.targets.length)),
});
const sizes = {
	real: perLang((l) => fileSizes(data[l])),
	synthetic: perLang((l) => fileSizes(synData[l])),
};
/** Typed words: the e2e test's query, and a few of each kind (a setting, a port, two words, a typo). */
const typedExamples = ['proxy', 'Logs.Verbose', '8443', 'redémarrer agent', 'servcie'];
/** Each word's reach towards a message, over both languages' files (message-reach.ts). */
const reachOver = (idx: Both<PreparedIndex>) =>
	wordReach(languages.flatMap((l) => [idx[l], idx[l].sections!.full!]));
const [reachReal, reach10k] = [reachOver(ours), reachOver(synOurs)];
const typedPull = perLang((l) => typedBytes(ours[l], reachReal, typedExamples));
const typedPull10k = perLang((l) => typedBytes(synOurs[l], reach10k, typedExamples));
const split = splitFirstSearch(
	synOurs.en,
	blobs.filter((b) => b.lang === 'en').map((b) => b.query),
);
const splitLat = latency(split.perPaste);
log('\nIndex size (bytes): first file (pastes) + second file (typed words only)');
for (const l of languages)
	log(
		`  ${l}: real ${sizes.real[l].index.gzip} + ${sizes.real[l].sections.gzip} gzip · ${SYNTHETIC.toLocaleString('en')} errors: ${sizes.synthetic[l].index.gzip} + ${sizes.synthetic[l].sections.gzip} gzip`,
	);
log(
	`  10k corpus (en), first file split as Pagefind splits its index: a paste would pull p50 ${(splitLat.p50 / 1024).toFixed(0)} KB, p95 ${(splitLat.p95 / 1024).toFixed(0)} KB, max ${(splitLat.max / 1024).toFixed(0)} KB gzip, against ${(split.whole / 1024).toFixed(0)} KB for the whole file`,
);
/** The search code the browser pulls on first use, from the built site (gzip). */
const codeBytes = (() => {
	if (!existsSync('dist/_astro')) return undefined;
	const files = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));
	const gz = (f: string) => gzipSync(readFileSync(`dist/_astro/${f}`), { level: 9 }).length;
	// The chunk holding the matcher (Fuse and the ranking) and the header box's script.
	const engine = files.filter((f) =>
		readFileSync(`dist/_astro/${f}`, 'utf8').includes('search-sections.json'),
	);
	const header = files.filter((f) => f.startsWith('header.'));
	return [...engine, ...header].reduce((n, f) => n + gz(f), 0);
})();
/** Typed words' own chunk (src/scripts/search/typed.ts). */
const typedCodeBytes = existsSync('dist/_astro')
	? readdirSync('dist/_astro')
			.filter((f) => f.startsWith('typed.') && f.endsWith('.js'))
			.reduce((n, f) => n + gzipSync(readFileSync(`dist/_astro/${f}`), { level: 9 }).length, 0)
	: 0;
const pulled = (b: { meta: number; shards: number; texts: number }) => b.meta + b.shards + b.texts;
const firstSearch = perLang((l) => ({
	paste: (codeBytes ?? 0) + sizes.real[l].index.gzip,
	// `proxy`, as the e2e budget test types it: its own code, the targets alone (it cannot be a
	// message) or the first file, and what it pulls beyond.
	words:
		(codeBytes ?? 0) +
		typedCodeBytes +
		(typedPull[l][0]!.alone ? sizes.real[l].targets.gzip : sizes.real[l].index.gzip) +
		pulled(typedPull[l][0]!),
}));
if (codeBytes !== undefined)
	for (const l of languages)
		log(
			`  first search (${l}): code ${codeBytes} + first file → a paste pulls ${firstSearch[l].paste} B gzip; typed words (\`proxy\`): + their code ${typedCodeBytes}, ${typedPull[l][0]!.alone ? `the targets alone ${sizes.real[l].targets.gzip}` : 'the first file'} → ${firstSearch[l].words} B gzip`,
		);
for (const l of languages)
	log(
		`  typed words beyond the first file (${l}; words file + shards + result texts, files): ${typedExamples.map((q, i) => `${q} ${pulled(typedPull[l][i]!)} B (${typedPull[l][i]!.meta}+${typedPull[l][i]!.shards}+${typedPull[l][i]!.texts}, ${typedPull[l][i]!.files}${typedPull[l][i]!.alone ? ', without the first file' : ''})`).join(' · ')}; at 10k errors: ${typedExamples.map((q, i) => `${q} ${pulled(typedPull10k[l][i]!)} B`).join(' · ')}; whole second file ${sizes.real[l].sections.gzip} B`,
	);
log(
	`  10k corpus: index built in ${ms(synBuildMs)} ms (both languages), prepared in ${ms(synPrepareMs)} ms per language in Node${chromium['prepare 10k ms'] ? `, ${ms(chromium['prepare 10k ms'])} ms in Chromium (both)` : ''}; real index prepared in ${ms(chromium['prepare real ms'] ?? NaN)} ms in Chromium (both)`,
);
log(
	`  10k corpus accuracy (ours, no huge pastes): ${languages.map((l) => `${l} top-1 ${pct(synAcc[l].top1, synAcc[l].n)}, top-3 ${pct(synAcc[l].top3, synAcc[l].n)}, none ${synAcc[l].noneCorrect}/${synAcc[l].nNone}`).join(' · ')}`,
);

// ---------------------------------------------------------------- targets
const realP95 = Math.max(
	lat['chromium real ours']?.p95 ?? lat['node real ours']!.p95,
	lat['chromium real typed words']?.p95 ?? lat['node real typed words']!.p95,
);
const synP95 = Math.max(
	lat['chromium 10k ours']?.p95 ?? lat['node 10k ours']!.p95,
	lat['chromium 10k typed words']?.p95 ?? lat['node 10k typed words']!.p95,
);
const held = realResults['held-out']!;
const heldOurs = held.ours!;
const g = (key: string) => heldOurs.get(key);
const ratio = (a = 0, b = 0) => (b ? a / b : 1);
const sumOf = (keys: string[], f: (s: RealStats) => number) =>
	keys.reduce((n, k) => n + (g(k) ? f(g(k)!) : 0), 0);
const pasteKeys = languages.map((l) => `paste ${l}`);
const queryKeys = languages.map((l) => `query ${l}`);
const pagefindTop1 = queryKeys.reduce((n, k) => n + (held.pagefind?.get(k)?.top1 ?? 0), 0);
const targets = [
	...languages.map(
		(l) =>
			[
				`held-out pastes top-1 ≥ 95 % (${l}: ${withInterval(g(`paste ${l}`)?.top1 ?? 0, g(`paste ${l}`)?.covered ?? 0)})`,
				ratio(g(`paste ${l}`)?.top1, g(`paste ${l}`)?.covered) >= 0.95,
			] as const,
	),
	[
		`held-out pastes top-3 = 100 % (${withInterval(
			sumOf(pasteKeys, (s) => s.top3),
			sumOf(pasteKeys, (s) => s.covered),
		)})`,
		sumOf(pasteKeys, (s) => s.top3) === sumOf(pasteKeys, (s) => s.covered),
	] as const,
	[
		`held-out foreign pastes \`none\` ≥ 90 % (${withInterval(
			sumOf(pasteKeys, (s) => s.none),
			sumOf(pasteKeys, (s) => s.foreign),
		)})`,
		ratio(
			sumOf(pasteKeys, (s) => s.none),
			sumOf(pasteKeys, (s) => s.foreign),
		) >= 0.9,
	] as const,
	['held-out foreign pastes: no `match`', sumOf(pasteKeys, (s) => s.match) === 0] as const,
	[
		`held-out typed queries first ≥ 80 % (${withInterval(
			sumOf(queryKeys, (s) => s.top1),
			sumOf(queryKeys, (s) => s.covered),
		)})`,
		ratio(
			sumOf(queryKeys, (s) => s.top1),
			sumOf(queryKeys, (s) => s.covered),
		) >= 0.8,
	] as const,
	[
		`held-out typed queries top-3 ≥ 95 % (${withInterval(
			sumOf(queryKeys, (s) => s.top3),
			sumOf(queryKeys, (s) => s.covered),
		)})`,
		ratio(
			sumOf(queryKeys, (s) => s.top3),
			sumOf(queryKeys, (s) => s.covered),
		) >= 0.95,
	] as const,
	[
		`held-out typed queries ahead of Pagefind (first: ${sumOf(queryKeys, (s) => s.top1)} vs ${held.pagefind ? pagefindTop1 : '–'})`,
		held.pagefind !== undefined && sumOf(queryKeys, (s) => s.top1) > pagefindTop1,
	] as const,
	[
		`p95 ≤ 2 ms at real size (${lat['chromium real ours'] ? 'Chromium' : 'Node'})`,
		realP95 <= 2,
	] as const,
	[`p95 ≤ 16 ms at 10k (${lat['chromium 10k ours'] ? 'Chromium' : 'Node'})`, synP95 <= 16] as const,
	...languages.map(
		(l) =>
			[
				`first search of a pasted message with a confident match ≤ 25 KB gzip (${l}: ${firstSearch[l].paste} B)`,
				codeBytes !== undefined && firstSearch[l].paste <= 25_600,
			] as const,
	),
	...languages.map(
		(l) =>
			[
				`first search of typed words that cannot be a message (\`proxy\`) ≤ 25 KB gzip (${l}: ${firstSearch[l].words} B)`,
				codeBytes !== undefined && firstSearch[l].words <= 25_600,
			] as const,
	),
];
log('\nTargets');
for (const [name, ok] of targets) log(`  ${ok ? 'met    ' : 'MISSED '} ${name}`);
log(
	'  (the first search of every real text, in Chromium, beside Pagefind: `npm run build && npm run bench:search:bytes`; most pull more than 25 KB: docs/search.md, "Bytes")',
);

mkdirSync('bench/out', { recursive: true });
writeFileSync(
	'bench/out/search.json',
	`${JSON.stringify({ date: new Date().toISOString(), split: { whole: split.whole, p50: splitLat.p50, p95: splitLat.p95, max: splitLat.max }, real: Object.fromEntries(Object.entries(realResults).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).map(([n, m]) => [n, Object.fromEntries(m)]))])), firstSearch, typedPull: { real: typedPull, synthetic: typedPull10k }, accuracy: acc, latency: lat, chromium, sizes, synthetic: { errorsPerLanguage: SYNTHETIC, buildMs: synBuildMs, prepareMs: synPrepareMs, accuracy: synAcc }, targets: Object.fromEntries(targets) }, null, 1)}\n`,
);
log('\nWrote bench/out/search.json');
