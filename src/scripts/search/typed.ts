/**
 * Typed words in the page: the shards of their words and the texts of their results, not the
 * whole second file (src/search/word-shards.ts); the results are those the whole sections
 * index gives (tests/unit/search/word-shards.test.ts).
 */
import { otherLang, type Lang } from '../../i18n/languages';
import type { NormalisedQuery } from '../../search/normalise';
import { mayNameOther } from '../../search/other-reach';
import { wordsOutcomeIn, wordsWantOtherLanguage } from '../../search/search';
import type { SearchOutcome } from '../../search/types';
import {
	addShard,
	addText,
	emptyWordIndex,
	keysFor,
	shardFile,
	textsToLoad,
	type WordIndex,
} from '../../search/word-shards';
import { needsWordLookup } from '../../search/words';
import { loadFuse, loadIndex } from './files';
import { fetchSearchFile, IndexLoadError } from './index-load';

/** Loads one of the search's files and reads it; a file it cannot read is a failure to load. */
async function readFile<T>(url: string, read: (file: unknown) => T): Promise<T> {
	const file = await fetchSearchFile<unknown>(url);
	try {
		return read(file);
	} catch (err) {
		throw new IndexLoadError('format', `${url}: ${(err as Error).message}`);
	}
}

const wordIndexes = new Map<Lang, Promise<WordIndex>>();

/** Typed words' index of a language: the first file's targets and the sections' lengths, no word yet. */
function loadWordIndex(lang: Lang): Promise<WordIndex> {
	let p = wordIndexes.get(lang);
	if (!p) {
		p = Promise.all([loadIndex(lang), fetchSearchFile<unknown>(`/${lang}/search-words.json`)]).then(
			([base, meta]) => {
				try {
					return emptyWordIndex(base, meta);
				} catch (err) {
					throw new IndexLoadError('format', `search words: ${(err as Error).message}`);
				}
			},
		);
		p.catch(() => wordIndexes.delete(lang));
		wordIndexes.set(lang, p);
	}
	return p;
}

const pieces = new Map<string, Promise<void>>();

/** Each piece (a shard, a section's texts) is fetched once; a failed one can be fetched again. */
function loadPiece(url: string, add: (file: unknown) => void): Promise<void> {
	let p = pieces.get(url);
	if (!p) {
		p = readFile(url, add);
		p.catch(() => pieces.delete(url));
		pieces.set(url, p);
	}
	return p;
}

const addShards = (index: WordIndex, keys: readonly string[]) =>
	Promise.all(
		keys.map((key) =>
			loadPiece(`/${index.base.data.lang}/search-words/${shardFile(key)}.json`, (file) =>
				addShard(index, key, file),
			),
		),
	);

/** The index of a language with the shards of these words (every shard of a word's first letter when it may be a typo). */
async function loadWords(lang: Lang, terms: readonly string[]): Promise<WordIndex> {
	const index = await loadWordIndex(lang);
	await addShards(index, keysFor(index, terms));
	if (needsWordLookup(index, terms))
		await Promise.all([addShards(index, keysFor(index, terms, true)), loadFuse()]);
	return index;
}

/** The texts of the phrases these results' snippets show (a first ranking names them). */
const loadTexts = (index: WordIndex, results: SearchOutcome['results']) =>
	Promise.all(
		textsToLoad(index, results).map((n) =>
			loadPiece(`/${index.base.data.lang}/search-texts/${n}.json`, (file) =>
				addText(index, n, file),
			),
		),
	);

/**
 * Typed words as `wordsOutcome` (src/search/search.ts) reads them: the site's sections, or
 * the other language's when the site has none. Ranked once to know the results, then again
 * with their texts loaded (the same results, with their snippets).
 */
export async function typedOutcome(query: NormalisedQuery, lang: Lang): Promise<SearchOutcome> {
	const terms = query.typed ?? [];
	const site = await loadWords(lang, terms);
	let other: WordIndex | undefined;
	let outcome = wordsOutcomeIn(query, lang, site);
	if (outcome.results.length === 0 && wordsWantOtherLanguage(terms)) {
		try {
			other = await loadWords(otherLang(lang), terms);
			outcome = wordsOutcomeIn(query, lang, site, other);
		} catch {
			// The other language is a bonus: without it, the site's answer stands.
		}
	}
	const index = outcome.crossLanguage && other ? other : site;
	await loadTexts(index, outcome.results);
	return wordsOutcomeIn(query, lang, site, other);
}

/** The shards of these words, fetched while the first file is read (no typo lookup yet). */
export async function prefetchWords(lang: Lang, terms: readonly string[]): Promise<void> {
	const index = await loadWordIndex(lang);
	await addShards(index, keysFor(index, terms));
}

/**
 * Whether typed words may be another error's message, which only the second file can tell
 * (src/search/other-reach.ts); when the words file cannot say, they may.
 */
export async function typedMayNameOther(lang: Lang, query: NormalisedQuery): Promise<boolean> {
	try {
		return mayNameOther(query, (await loadWordIndex(lang)).otherReach);
	} catch {
		return true;
	}
}
