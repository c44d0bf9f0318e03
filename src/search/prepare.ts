/**
 * Turns the serialised index into a ready matcher: Fuse over the prebuilt records (no
 * re-indexing), word lists and word rarity for the coverage check. Done once per language,
 * on first use in the browser.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { fuseKeys, fuseOptions } from './options';
import type { SearchIndexData } from './types';
import { buildVocabulary, type Vocabulary } from './vocabulary';

export interface PreparedIndex {
	data: SearchIndexData;
	fuse: Fuse<string>;
	/** Folded phrase of each record. */
	phrases: string[];
	/** The same, as word ids of `vocab`. */
	words: Int32Array[];
	vocab: Vocabulary;
	/** The prebuilt Fuse record of each phrase (to search a subset without re-indexing). */
	records: SearchIndexData['fuse']['records'];
	/** The Fuse options in use (the benchmark tries others). */
	options: IFuseOptions<string>;
}

export class SearchIndexError extends Error {}

export function prepareIndex(
	data: SearchIndexData,
	options: IFuseOptions<string> = fuseOptions,
): PreparedIndex {
	if (data?.v !== 1 || !Array.isArray(data.fuse?.records)) {
		throw new SearchIndexError(
			'search index: unknown format (expected v: 1); rebuild the site so the page and the index match',
		);
	}
	const phrases: string[] = [];
	const records: SearchIndexData['fuse']['records'] = [];
	for (const r of data.fuse.records) {
		phrases[r.i] = r.v;
		records[r.i] = r;
	}
	const index = Fuse.parseIndex<string>(data.fuse as Parameters<typeof Fuse.parseIndex>[0]);
	const { vocab, docWords } = buildVocabulary(phrases);
	return {
		data,
		fuse: new Fuse(phrases, { ...options, keys: fuseKeys }, index),
		phrases,
		words: docWords,
		vocab,
		records,
		options,
	};
}
