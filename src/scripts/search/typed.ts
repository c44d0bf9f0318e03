/**
 * Typed words in the page: the shards of their words and the phrases their results show, not
 * the whole second file (src/search/word-shards.ts); and not even the first file when they
 * cannot be a message or a code (`typedAlone`, src/search/other-reach.ts). The results are
 * those the whole index gives (tests/unit/search/word-shards.test.ts, other-reach.test.ts).
 */
import { otherLang, type Lang } from '../../i18n/languages';
import type { NormalisedQuery } from '../../search/normalise';
import { decodeTargetsFile } from '../../search/index-codec';
import type { WordReach } from '../../search/message-reach';
import { mayBeCode, mayNameOther, readsAlone } from '../../search/other-reach';
import { weighsNothing } from '../../search/stopwords';
import type { IndexBase } from '../../search/sections';
import { notSiteWords, wordsOutcomeIn, wordsWantOtherLanguage } from '../../search/words-outcome';
import type { SearchIndexData, SearchOutcome } from '../../search/types';
import {
	addShard,
	addSynonyms,
	addText,
	emptyWordIndex,
	headingsToLoad,
	keysFor,
	needsSynonyms,
	partKeys,
	reachesIn,
	shardFile,
	shardKeysOf,
	shardsOf,
	type ShardKeys,
	textsToLoad,
	type WordIndex,
	type WordsMeta,
} from '../../search/word-shards';
import { needsWordLookup } from '../../search/words';
import { indexReady, loadIndex, loadOtherCodes, markWordsReady } from './files';
import { fetchSearchFile, IndexLoadError } from './index-load';

/**
 * What a paste with no confident match needs besides: its words ranked over the sections and
 * blended with its phrases, and the check of a text's language. The same code as typed words':
 * it comes with this file.
 */
export { blendPastedWords } from '../../search/words';
export { readsAsOnly } from '../../search/text-language';
/** Typed words that name a page: that page, then the sections that hold them. */
export { namedThenSections } from '../../search/words-outcome';

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

/** The first file when it is loaded, else its targets alone (a smaller file). */
const baseFor = (lang: Lang): Promise<IndexBase> =>
	indexReady(lang) ? loadIndex(lang) : readFile(`/${lang}/search-targets.json`, decodeTargetsFile);

const fetched = new Map<string, Promise<unknown>>();

/** A search file as it travels, fetched once (a failed fetch can be tried again). */
function fetchOnce(url: string): Promise<unknown> {
	let p = fetched.get(url);
	if (!p) {
		p = fetchSearchFile<unknown>(url);
		p.catch(() => fetched.delete(url));
		fetched.set(url, p);
	}
	return p;
}

/** The words file of a language. */
const metaFor = (lang: Lang) => fetchOnce(`/${lang}/search-words.json`);

/** What typed words may be: the site's codes, the shards. */
interface Lists {
	codes: string[];
	shards: ShardKeys;
}

const lists = new Map<Lang, Promise<Lists>>();

/**
 * The codes the site knows and the shards' keys, from the words file (other-reach.ts,
 * word-shards.ts), read once per language (a failed read can be tried again): not decoded again
 * at every keystroke.
 */
function listsOf(lang: Lang): Promise<Lists> {
	let p = lists.get(lang);
	if (!p) {
		p = metaFor(lang).then((file) => {
			const meta = file as Partial<WordsMeta> | null;
			if (!Array.isArray(meta?.codes) || typeof meta.keys !== 'object' || meta.keys === null)
				throw new IndexLoadError('format', 'search words: unknown format; rebuild the site');
			return {
				codes: meta.codes,
				shards: shardKeysOf({ keys: meta.keys }),
			};
		});
		p.catch(() => lists.delete(lang));
		lists.set(lang, p);
	}
	return p;
}

/** Typed words' index of a language: its targets, the sections' lengths and roles, no word yet. */
function loadWordIndex(lang: Lang): Promise<WordIndex> {
	let p = wordIndexes.get(lang);
	if (!p) {
		p = Promise.all([baseFor(lang), metaFor(lang)]).then(([base, meta]) => {
			try {
				return emptyWordIndex(base, meta);
			} catch (err) {
				throw new IndexLoadError('format', `search words: ${(err as Error).message}`);
			}
		});
		p.then(
			() => markWordsReady(lang),
			() => wordIndexes.delete(lang),
		);
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

/** A shard as it travels (its words are added to an index only when one needs them). */
const shardText = (lang: Lang, key: string) =>
	fetchOnce(`/${lang}/search-words/${shardFile(key)}.json`);

/** Adds these shards' words to the index (each shard fetched once, added once). */
const addShards = (index: WordIndex, keys: readonly string[]) =>
	Promise.all(
		keys.map(async (key) => {
			const lang = index.base.data.lang;
			const text = await shardText(lang, key);
			try {
				addShard(index, key, text);
			} catch (err) {
				throw new IndexLoadError(
					'format',
					`/${lang}/search-words/${shardFile(key)}.json: ${(err as Error).message}`,
				);
			}
		}),
	);

/**
 * The index of a language with the shards of these words (and, when one may be a typo, those of
 * the words it may be a typo of: typo-lookup.ts).
 */
async function loadWords(lang: Lang, terms: readonly string[]): Promise<WordIndex> {
	const index = await loadWordIndex(lang);
	await addShards(index, keysFor(index, terms));
	if (needsSynonyms(index, terms)) {
		// A word the site does not have may stand for its synonyms: their shards too.
		await loadPiece(`/${lang}/search-synonyms.json`, (file) => addSynonyms(index, file));
		await addShards(index, keysFor(index, terms));
	}
	if (needsWordLookup(index, terms))
		await addShards(
			index,
			await (await import('./typo-lookup')).typoShards(index, terms, readFileOnce),
		);
	// A word the site does not have may be site words written together: their shards, part by part.
	for (let keys = partKeys(index, terms); keys.length > 0; keys = partKeys(index, terms))
		await addShards(index, keys);
	return index;
}

/** Phrase texts of an index (`search-texts/{n}.json`), each fetched once. */
const loadTexts = (index: WordIndex, files: readonly number[]) =>
	Promise.all(
		files.map((n) =>
			loadPiece(`/${index.base.data.lang}/search-texts/${n}.json`, (file) =>
				addText(index, n, file),
			),
		),
	);

/** Whether a language has all these words, word for word: their own shards only, not their typos'. */
async function hasWords(lang: Lang, words: readonly string[]): Promise<boolean> {
	const { shards } = await listsOf(lang);
	const texts = await Promise.all(shardsOf(shards, words).map((key) => shardText(lang, key)));
	const known = new Set(texts.flatMap((text) => [...reachesIn(text).keys()]));
	return words.every((w) => known.has(w));
}

/**
 * Typed words as `wordsOutcome` (src/search/words-outcome.ts) reads them: the site's sections, or
 * the other language's when the site has none, or has not the words the other language has.
 * Ranked once to know the results, then again with their texts loaded (the same results, with
 * their snippets).
 */
export async function typedOutcome(query: NormalisedQuery, lang: Lang): Promise<SearchOutcome> {
	const terms = query.typed ?? [];
	const site = await loadWords(lang, terms);
	let other: WordIndex | undefined;
	let outcome = wordsOutcomeIn(query, lang, site);
	// The other language when the site finds nothing, or when the words it has not are the other's.
	const unknown = notSiteWords(terms, site);
	if (
		wordsWantOtherLanguage(terms) &&
		(outcome.results.length === 0 ||
			(unknown.length > 0 && (await hasWords(otherLang(lang), unknown).catch(() => false))))
	) {
		try {
			other = await loadWords(otherLang(lang), terms);
			outcome = wordsOutcomeIn(query, lang, site, other);
		} catch {
			// The other language is a bonus: without it, the site's answer stands.
		}
	}
	// What the results show (a first ranking names them): their snippets, their steps' titles, in
	// the site's language when the words were found in the other's.
	const index = outcome.crossLanguage && other ? other : site;
	await Promise.all([
		loadTexts(index, textsToLoad(index, outcome.results)),
		index === site ? [] : loadTexts(site, headingsToLoad(site, outcome.results)),
	]);
	return wordsOutcomeIn(query, lang, site, other);
}

/**
 * Whether typed words may be another error's message or code, which only the second file can
 * tell: one or two words by the lists of `search-other-reach.json` (src/search/other-reach.ts),
 * then by the catalogue's codes for words with a code, then by the parts of the other errors'
 * messages their key words lead to (src/search/other-messages.ts). When a file cannot say, they
 * may.
 */
export async function typedMayNameOther(lang: Lang, query: NormalisedQuery): Promise<boolean> {
	try {
		if (!mayNameOther(query, await otherReachOf(lang))) return false;
		// Their code comes with those files, not with every typed search. A code first: the
		// catalogue's codes (the same file in both languages); then their messages.
		const code = await import('../../search/other-messages');
		if (query.codes.length > 0) {
			const codes = code.readOtherCodes(await loadOtherCodes());
			if (code.mayBeOtherCode(query, (c) => Object.hasOwn(codes, c))) return true;
		}
		const keys = await readFileOnce(`/${lang}/search-other-keys.json`, code.readOtherKeys);
		const parts = code.partsToRead(query, keys);
		if (parts.length === 0) return false;
		const read = await Promise.all(
			parts.map((n) => readFileOnce(`/${lang}/search-others/${n}.json`, code.readOtherPart)),
		);
		return code.mayBeOtherMessage(query, code.messagesOf(keys, read));
	} catch {
		return true;
	}
}

const filesRead = new Map<string, Promise<unknown>>();

/** A file read and checked once (a failed read can be tried again). */
function readFileOnce<T>(url: string, check: (file: unknown) => T): Promise<T> {
	let p = filesRead.get(url) as Promise<T> | undefined;
	if (!p) {
		p = readFile(url, check);
		p.catch(() => filesRead.delete(url));
		filesRead.set(url, p);
	}
	return p;
}

/** The words of other errors' messages one or two typed words may name (read once per language). */
const otherReachOf = (lang: Lang): Promise<string[]> =>
	readFileOnce(`/${lang}/search-other-reach.json`, (file) => {
		if (!Array.isArray(file) || !file.every((w) => typeof w === 'string'))
			throw new Error('unknown format; rebuild the site');
		return file as string[];
	});

/**
 * Typed words that cannot be a code nor a message of ours or another error's, in either
 * language: their sections, read without the first file; undefined when they may be one. Their
 * shards come first: each word's reach, in its shard, says whether they may be a message.
 */
export async function typedAlone(
	query: NormalisedQuery,
	lang: Lang,
): Promise<(SearchOutcome & { site: { data: SearchIndexData } }) | undefined> {
	const { codes, shards } = await listsOf(lang);
	if (mayBeCode(query, codes)) return undefined;
	// The shards of the query's words first (their text: the index comes after, if at all).
	const words = query.phrases.flatMap((p) => p.words).filter((w) => !weighsNothing(w));
	const keys = shardsOf(shards, words);
	const texts = await Promise.all(keys.map((key) => shardText(lang, key)));
	let reaches: Map<string, WordReach>;
	try {
		reaches = new Map(texts.flatMap((text) => [...reachesIn(text)]));
	} catch (err) {
		throw new IndexLoadError('format', `search words: ${(err as Error).message}`);
	}
	if (!readsAlone(query, codes, (word) => reaches.get(word))) return undefined;
	const outcome = await typedOutcome(query, lang);
	return { ...outcome, site: (await loadWordIndex(lang)).base };
}
