/**
 * Turns the first index file into a ready matcher for pastes, once per language on first use:
 * folds every phrase and builds the word table (rarity, postings); the Fuse.js index over the
 * error codes (a cut or mistyped code) is made on first use. Typed words need the second file
 * too (sections.ts).
 */
import { words as foldWords } from './fold';
import { fuzzyList, type FuzzyList } from './fuzzy';
import { codeFuseOptions } from './options';
import type { SectionIndex } from './sections';
import type { SearchIndexData } from './types';
import { buildVocabulary, type Vocabulary } from './vocabulary';

export interface PreparedIndex {
	data: SearchIndexData;
	/** Folded phrase of each doc. */
	phrases: string[];
	/** The same, as word ids of `vocab`. */
	words: Int32Array[];
	vocab: Vocabulary;
	/** The codes (lower case) with their target, for near codes. */
	codeList: { code: string; target: number }[];
	/** Fuse over `codeList`, made on first use once Fuse is registered (see fuzzy.ts). */
	codeFuse?: FuzzyList | undefined;
	/** Typed words' index, once the second file is loaded (`attachSections`). */
	sections?: SectionIndex;
}

export class SearchIndexError extends Error {}

/** The Fuse index over the codes, if Fuse is registered. */
export function codeLookup(index: PreparedIndex): FuzzyList | undefined {
	index.codeFuse ??= fuzzyList(
		index.codeList.map((c) => c.code),
		codeFuseOptions,
	);
	return index.codeFuse;
}

/** Checks the shape the matcher relies on; a stale or foreign file is refused, never half-read. */
function assertIndex(data: unknown): asserts data is SearchIndexData {
	const d = data as Partial<SearchIndexData> | null;
	if (
		d?.v !== 2 ||
		!Array.isArray(d.targets) ||
		!Array.isArray(d.docs) ||
		!Array.isArray(d.texts) ||
		d.docs.length !== d.texts.length
	) {
		throw new SearchIndexError(
			'search index: unknown format (expected v: 2); rebuild the site so the page and the index match',
		);
	}
}

export function prepareIndex(data: unknown): PreparedIndex {
	assertIndex(data);
	const phrases = data.texts.map((t) => foldWords(t).join(' '));
	const { vocab, docWords } = buildVocabulary(phrases);
	const codeList = Object.entries(data.codes).map(([code, target]) => ({ code, target }));
	return {
		data,
		phrases,
		words: docWords,
		vocab,
		codeList,
	};
}
