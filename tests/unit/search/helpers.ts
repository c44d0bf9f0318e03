/** Shared by the search unit tests: the real content's prepared indexes (built once) and the evaluation set. */
import { decodeHtml, indexesFromDisk } from '../../../src/search/from-disk';
import { searchPaste } from '../../../src/search/search';
import type { SearchOutcome } from '../../../src/search/types';
import { languages, type Lang } from '../../../src/i18n/languages';
import { wordReach } from '../../../src/search/word-reach';

let cached: ReturnType<typeof indexesFromDisk> | undefined;
export const indexes = () => (cached ??= indexesFromDisk('content'));

export function search(paste: unknown, lang: Lang = 'en'): SearchOutcome {
	return searchPaste(paste, lang, indexes().prepared, decodeHtml);
}

export const top = (o: SearchOutcome) => o.results[0]?.id;

let reach: ((word: string) => number) | undefined;
/** Each word's reach towards a message, over both languages' files, as the build gives it. */
export const reachOfWords = () =>
	(reach ??= wordReach(
		languages.flatMap((l) => [indexes().prepared[l], indexes().prepared[l].sections!.full!]),
	));
