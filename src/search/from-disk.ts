/**
 * Node only: the prepared indexes of both languages, built from the content folder with the
 * same code as the site's `search-index.json` endpoint. For the CLI, the benchmark and tests.
 */
import { decodeHTML } from 'entities/decode';
import Fuse from 'fuse.js/basic';
import { useFuse, useNearCode } from './fuzzy';
import { nearCode } from './near-code';
import { checksFromDisk } from '../content/checks-from-disk';
import { loadKnowledgeBaseFromDisk } from '../content/from-disk';
import { otherErrorsFromDisk } from '../content/other-errors-from-disk';
import { synonymsFromDisk } from '../content/synonyms-from-disk';
import { languages, type Lang } from '../i18n/languages';
import { bodiesOf, buildSearchIndex, sourceFromKb, type SearchSource } from './build-index';
import { prepareIndex, type PreparedIndex } from './prepare';
import { attachSections } from './prepare-sections';
import { decodeIndexFile, encodeIndexFile } from './index-codec';
import { decodeSectionsFile, encodeSectionsFile } from './sections-codec';
import type { SearchIndexData, SearchSectionsData } from './types';

/** The full HTML entity decoder (Node has it at hand; the browser loads it only when a paste needs it). */
export const decodeHtml = decodeHTML;

/** Both files of both languages, prepared (sections attached), as the browser has them after a typed query. */
useFuse(Fuse);
useNearCode(nearCode);

/** What the index is built from, in both languages, read from the content folder. */
export function sourcesFromDisk(root = 'content'): Record<Lang, SearchSource> {
	const { kb, entries } = loadKnowledgeBaseFromDisk(root);
	const bodies = bodiesOf(entries);
	const others = otherErrorsFromDisk(root, new Set(kb.codes.keys()));
	const synonyms = synonymsFromDisk(root);
	const checks = checksFromDisk(root);
	return Object.fromEntries(
		languages.map((lang) => [
			lang,
			sourceFromKb(kb, lang, bodies, others[lang], synonyms[lang], checks[lang]),
		]),
	) as Record<Lang, SearchSource>;
}

/** Built files, prepared (sections attached) after going through JSON, as the browser receives them. */
export function prepareBuilt(built: {
	index: SearchIndexData;
	sections: SearchSectionsData;
}): PreparedIndex {
	const copy = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
	const { index: first, sections } = built;
	const index = prepareIndex(decodeIndexFile(copy(encodeIndexFile(first))));
	attachSections(
		index,
		decodeSectionsFile(copy(encodeSectionsFile(sections, first.targets.length))),
	);
	return index;
}

export function indexesFromDisk(root = 'content'): {
	data: Record<Lang, { index: SearchIndexData; sections: SearchSectionsData }>;
	prepared: Record<Lang, PreparedIndex>;
} {
	const sources = sourcesFromDisk(root);
	const data = Object.fromEntries(
		languages.map((lang) => [lang, buildSearchIndex(sources[lang])]),
	) as Record<Lang, { index: SearchIndexData; sections: SearchSectionsData }>;
	const prepared = Object.fromEntries(
		languages.map((lang) => [lang, prepareBuilt(data[lang])]),
	) as Record<Lang, PreparedIndex>;
	return { data, prepared };
}
