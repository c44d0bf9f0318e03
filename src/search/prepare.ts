/**
 * Turns the first index file into a ready matcher for pastes, once per language on first use:
 * folds every phrase and builds the word table (rarity, postings); the Fuse.js index over the
 * error codes (a cut or mistyped code) is made on first use. Typed words need the second file
 * too (sections.ts).
 */
import { words as foldWords } from './fold';
import type { SectionIndex } from './sections';
import type { SearchIndexData } from './types';
import { SearchIndexError } from './index-error';
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
	/** Indexes in `codeList` of the codes that start with each 10-letter prefix (near codes look there). */
	codeBuckets: Map<string, number[]>;
	/** Typed words' index, once the second file is loaded (`attachSections`). */
	sections?: SectionIndex;
}

/** Letters a near code shares with ours, at its start (a cut code keeps them; a typo is rarely there). */
export const NEAR_CODE_PREFIX = 10;

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
	const { vocab, docWords } = buildVocabulary(
		phrases,
		// An empty phrase (a check's or a step title's, for a paste) weighs on no word's rarity.
		(doc) => phrases[doc] !== '' && data.targets[data.docs[doc]![0]]?.kind !== 'other',
	);
	const codeList = Object.entries(data.codes).map(([code, target]) => ({ code, target }));
	const codeBuckets = new Map<string, number[]>();
	codeList.forEach(({ code }, i) => {
		const key = code.slice(0, NEAR_CODE_PREFIX);
		const bucket = codeBuckets.get(key);
		if (bucket) bucket.push(i);
		else codeBuckets.set(key, [i]);
	});
	return {
		data,
		phrases,
		words: docWords,
		vocab,
		codeList,
		codeBuckets,
	};
}
