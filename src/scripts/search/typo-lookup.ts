/**
 * A typed word the site does not have, in the page: Fuse.js and its first letter's lexicon
 * (`search-lexicon/{letter}.json`), then the keys of the shards of the words it may be a typo of
 * (src/search/typo-lexicon.ts). Fetched only for such a word.
 */
import { lexiconLetters, typoKeys, wordsOfLexicon } from '../../search/typo-lexicon';
import { shardFile, type WordIndex } from '../../search/word-shards';
import { loadFuse } from './files';

/** Reads a search file once (a file it cannot read is a failure to load: typed.ts, `readFileOnce`). */
export type ReadFileOnce = <T>(url: string, read: (file: unknown) => T) => Promise<T>;

/** The shard keys the typo lookup of these words needs, once Fuse and their letters' lexicons are loaded. */
export async function typoShards(
	index: WordIndex,
	terms: readonly string[],
	readFileOnce: ReadFileOnce,
): Promise<string[]> {
	const lang = index.base.data.lang;
	const [byLetter] = await Promise.all([
		Promise.all(
			lexiconLetters(index, terms).map(
				async (letter) =>
					[
						letter,
						await readFileOnce(`/${lang}/search-lexicon/${shardFile(letter)}.json`, wordsOfLexicon),
					] as const,
			),
		),
		loadFuse(),
	]);
	const words = new Map(byLetter);
	return typoKeys(index, terms, (letter) => words.get(letter) ?? []);
}
