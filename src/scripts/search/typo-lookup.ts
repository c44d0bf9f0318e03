/**
 * A typed word the site does not have, in the page: Fuse.js and its first letter's lexicon
 * (`search-lexicon/{letter}.json`), then the keys of the shards of the words it may be a typo of
 * (src/search/typo-lexicon.ts). Fetched only for such a word.
 */
import { lexiconLetters, typoKeys, wordsOfLexicon } from '../../search/typo-lexicon';
import { shardFile, type WordIndex } from '../../search/word-shards';
import { loadFuse } from './files';

/** Reads a search file (a file it cannot read is a failure to load: typed.ts). */
export type ReadFile = <T>(url: string, read: (file: unknown) => T) => Promise<T>;

const lexicons = new Map<string, Promise<string[]>>();

/** A letter's lexicon, fetched once (a failed fetch can be tried again). */
function lexiconAt(url: string, readFile: ReadFile): Promise<string[]> {
	let p = lexicons.get(url);
	if (!p) {
		p = readFile(url, wordsOfLexicon);
		p.catch(() => lexicons.delete(url));
		lexicons.set(url, p);
	}
	return p;
}

/** The shard keys the typo lookup of these words needs, once Fuse and their letters' lexicons are loaded. */
export async function typoShards(
	index: WordIndex,
	terms: readonly string[],
	readFile: ReadFile,
): Promise<string[]> {
	const lang = index.base.data.lang;
	const [byLetter] = await Promise.all([
		Promise.all(
			lexiconLetters(index, terms).map(
				async (letter) =>
					[
						letter,
						await lexiconAt(`/${lang}/search-lexicon/${shardFile(letter)}.json`, readFile),
					] as const,
			),
		),
		loadFuse(),
	]);
	const words = new Map(byLetter);
	return typoKeys(index, terms, (letter) => words.get(letter) ?? []);
}
