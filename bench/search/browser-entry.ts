/**
 * Bundled by chromium.ts into the benchmark page: the site's matcher (same modules as the
 * search widget) and the naive baseline, timed inside Chromium.
 */
import type { Lang } from '../../src/i18n/languages';
import { prepareIndex, type PreparedIndex } from '../../src/search/prepare';
import { attachSections } from '../../src/search/prepare-sections';
import { useFuse, useNearCode } from '../../src/search/fuzzy';
import { nearCode } from '../../src/search/near-code';
import Fuse from 'fuse.js/basic';

useFuse(Fuse);
useNearCode(nearCode);
import type { SearchIndexData, SearchSectionsData } from '../../src/search/types';
import { naiveFuse, naiveSearch, type NaiveEntry } from './naive';
import { timeQueries } from './timing';

interface Query {
	query: string;
	lang: Lang;
}
const state: {
	ours: Partial<Record<string, Record<Lang, PreparedIndex>>>;
	naive: Partial<Record<string, ReturnType<typeof naiveFuse>>>;
} = { ours: {}, naive: {} };

async function load(name: string): Promise<{ prepareMs: number }> {
	const data = (await (await fetch(`/data/${name}.json`)).json()) as Record<
		Lang,
		{ index: SearchIndexData; sections: SearchSectionsData }
	>;
	const t0 = performance.now();
	const prepare = (l: Lang) => {
		const index = prepareIndex(data[l].index);
		attachSections(index, data[l].sections);
		return index;
	};
	state.ours[name] = { en: prepare('en'), fr: prepare('fr') };
	return { prepareMs: performance.now() - t0 };
}

async function loadNaive(name: string): Promise<void> {
	const entries = (await (await fetch(`/data/${name}.json`)).json()) as NaiveEntry[];
	state.naive[name] = naiveFuse(entries);
}

function timeOurs(name: string, queries: Query[], rounds: number): number[] {
	return timeQueries(state.ours[name]!, queries, rounds);
}

function timeNaive(name: string, queries: Query[], budgetMs: number): number[] {
	const fuse = state.naive[name]!;
	const times: number[] = [];
	const start = performance.now();
	for (const q of queries) {
		const t0 = performance.now();
		naiveSearch(fuse, q.query);
		times.push(performance.now() - t0);
		if (performance.now() - start > budgetMs) break;
	}
	return times;
}

Object.assign(globalThis, {
	bench: {
		load,
		loadNaive,
		timeOurs,
		timeNaive,
		crossOriginIsolated: globalThis.crossOriginIsolated,
	},
});
