/**
 * `npm run bench:search`: the search benchmark (a measurement, not a timed test).
 * Prints, side by side, this search and Fuse.js with its default options (the naive
 * baseline) on the evaluation set, per language: top-1, top-3, MRR, `none` answered
 * correctly; latency p50/p95 in Node and in Chromium for 1,500-character pastes, at the real
 * size and on a generated corpus of 10,000 errors per language; index sizes. Also tries other
 * Fuse settings with the same pipeline. Writes bench/out/search.json.
 *
 * Options: --quick (fewer rounds, no settings sweep), --no-browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { IFuseOptions } from 'fuse.js';
import { loadKnowledgeBaseFromDisk } from '../../src/content/from-disk';
import { languages, type Lang } from '../../src/i18n/languages';
import { buildSearchIndex, sourceFromKb, type SearchSource } from '../../src/search/build-index';
import { normalise } from '../../src/search/normalise';
import { fuseOptions } from '../../src/search/options';
import { prepareIndex, type PreparedIndex } from '../../src/search/prepare';
import { searchNormalised } from '../../src/search/search';
import type { SearchIndexData } from '../../src/search/types';
import { blobsFrom } from './blobs';
import { openBrowserBench, type BrowserBench } from './chromium';
import { loadEvalSet, type EvalItem } from './eval-set';
import { accuracy, latency, type Accuracy } from './metrics';
import { naiveEntries, naiveFuse, naiveSearch } from './naive';
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

// ---------------------------------------------------------------- data
const { kb } = loadKnowledgeBaseFromDisk('content');
const sources: Both<SearchSource> = perLang((l) => sourceFromKb(kb, l));
const data: Both<SearchIndexData> = perLang((l) => buildSearchIndex(sources[l]));
const prepare = (d: Both<SearchIndexData>, options?: IFuseOptions<string>) =>
	perLang((l) => prepareIndex(JSON.parse(JSON.stringify(d[l])) as SearchIndexData, options));
const ours = prepare(data);
const naive = perLang((l) => naiveFuse(naiveEntries(sources[l])));

const set = loadEvalSet();
const evalItems: EvalItem[] = [...set.dev, ...set.variants, ...set.hostile];
const blobs = blobsFrom(set.variants);

const oursAnswer = (idx: Both<PreparedIndex>) => (item: EvalItem) => {
	const o = searchNormalised(
		normalise(item.query),
		idx[item.lang],
		idx[item.lang === 'fr' ? 'en' : 'fr'],
	);
	return { ids: o.results.map((r) => r.id), confident: o.verdict === 'match' };
};
const naiveAnswer = (item: EvalItem) => {
	const ids = naiveSearch(naive[item.lang], item.query);
	return { ids, confident: ids.length > 0 };
};

// ---------------------------------------------------------------- accuracy
log(
	'Search benchmark: accuracy (evaluation set = shared dev pastes + bench/search/variants.json + generated hostile pastes)',
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
const row = (cells: string[], widths: number[]) =>
	cells.map((c, i) => c.padEnd(widths[i] ?? 10)).join(' ');
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
const synData = perLang((l) => buildSearchIndex(synSources[l]));
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
const sizes = {
	real: perLang((l) => size(data[l])),
	synthetic: perLang((l) => size(synData[l])),
};
log('\nIndex size (bytes)');
for (const l of languages)
	log(
		`  ${l}: real ${sizes.real[l].raw} raw, ${sizes.real[l].gzip} gzip · ${SYNTHETIC.toLocaleString('en')} errors: ${sizes.synthetic[l].raw} raw, ${sizes.synthetic[l].gzip} gzip`,
	);
log(
	`  10k corpus: index built in ${ms(synBuildMs)} ms (both languages), prepared in ${ms(synPrepareMs)} ms per language in Node${chromium['prepare 10k ms'] ? `, ${ms(chromium['prepare 10k ms'])} ms in Chromium (both)` : ''}; real index prepared in ${ms(chromium['prepare real ms'] ?? NaN)} ms in Chromium (both)`,
);
log(
	`  10k corpus accuracy (ours, no huge pastes): ${languages.map((l) => `${l} top-1 ${pct(synAcc[l].top1, synAcc[l].n)}, top-3 ${pct(synAcc[l].top3, synAcc[l].n)}, none ${synAcc[l].noneCorrect}/${synAcc[l].nNone}`).join(' · ')}`,
);

// ---------------------------------------------------------------- Fuse settings, same pipeline
const sweep: Record<string, { top1: string; top3: string; none: string; p95: string }> = {};
if (!quick) {
	log(
		'\nFuse settings tried with the same pipeline (all items, both languages; latency: blobs, Node, real size and 10k)',
	);
	const settings: [string, IFuseOptions<string>][] = [
		['chosen', fuseOptions],
		['threshold 0.2', { ...fuseOptions, threshold: 0.2 }],
		['threshold 0.5', { ...fuseOptions, threshold: 0.5 }],
		['threshold 0.6 (default)', { ...fuseOptions, threshold: 0.6 }],
		[
			'Fuse folds case+accents again',
			{ ...fuseOptions, isCaseSensitive: false, ignoreDiacritics: true },
		],
		['no token search (32-char chunks)', { ...fuseOptions, useTokenSearch: false }],
		[
			'no token search, ignoreLocation off',
			{ ...fuseOptions, useTokenSearch: false, ignoreLocation: false },
		],
	];
	const sw = [36, 9, 9, 9, 12, 12];
	log(row(['setting', 'top-1', 'top-3', 'none', 'p95 real', 'p95 10k'], sw));
	for (const [name, options] of settings) {
		const idx = prepare(data, options);
		const synIdx = prepare(synData, options);
		const a = accuracy(evalItems, oursAnswer(idx));
		timeQueries(idx, blobs, 3);
		const p95 = latency(timeQueries(idx, blobs, 10)).p95;
		timeQueries(synIdx, blobs, 2);
		const p95syn = latency(timeQueries(synIdx, blobs, 5)).p95;
		sweep[name] = {
			top1: pct(a.top1, a.n),
			top3: pct(a.top3, a.n),
			none: `${a.noneCorrect}/${a.nNone}`,
			p95: `${ms(p95)} / ${ms(p95syn)}`,
		};
		log(
			row(
				[
					name,
					pct(a.top1, a.n),
					pct(a.top3, a.n),
					`${a.noneCorrect}/${a.nNone}`,
					ms(p95),
					ms(p95syn),
				],
				sw,
			),
		);
	}
}

// ---------------------------------------------------------------- targets
const realP95 = lat['chromium real ours']?.p95 ?? lat['node real ours']!.p95;
const synP95 = lat['chromium 10k ours']?.p95 ?? lat['node 10k ours']!.p95;
const targets = [
	...languages.map(
		(l) =>
			[
				`top-1 ≥ 97 % (${l})`,
				acc[`all ${l}`]!.ours.top1 / acc[`all ${l}`]!.ours.n >= 0.97,
			] as const,
	),
	...languages.map(
		(l) =>
			[`top-3 = 100 % (${l})`, acc[`all ${l}`]!.ours.top3 === acc[`all ${l}`]!.ours.n] as const,
	),
	...languages.map(
		(l) =>
			[
				`every none → no confident match (${l})`,
				acc[`all ${l}`]!.ours.noneCorrect === acc[`all ${l}`]!.ours.nNone,
			] as const,
	),
	[
		`p95 ≤ 2 ms at real size (${lat['chromium real ours'] ? 'Chromium' : 'Node'})`,
		realP95 <= 2,
	] as const,
	[`p95 ≤ 16 ms at 10k (${lat['chromium 10k ours'] ? 'Chromium' : 'Node'})`, synP95 <= 16] as const,
	...languages.map((l) => [`index ≤ 10 KB gzip (${l})`, sizes.real[l].gzip <= 10_240] as const),
];
log('\nTargets');
for (const [name, ok] of targets) log(`  ${ok ? 'met    ' : 'MISSED '} ${name}`);

mkdirSync('bench/out', { recursive: true });
writeFileSync(
	'bench/out/search.json',
	`${JSON.stringify({ date: new Date().toISOString(), accuracy: acc, latency: lat, chromium, sizes, synthetic: { errorsPerLanguage: SYNTHETIC, buildMs: synBuildMs, prepareMs: synPrepareMs, accuracy: synAcc }, sweep, targets: Object.fromEntries(targets) }, null, 1)}\n`,
);
log('\nWrote bench/out/search.json');
