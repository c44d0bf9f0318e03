/**
 * Node only: the prepared indexes of both languages, built from the content folder with the
 * same code as the site's `search-index.json` endpoint. For the CLI, the benchmark and tests.
 */
import { decodeHTML } from 'entities/decode';
import Fuse from 'fuse.js/basic';
import { useFuse } from './fuzzy';
import { checksFromDisk } from '../content/checks-from-disk';
import { loadKnowledgeBaseFromDisk } from '../content/from-disk';
import { otherErrorsFromDisk } from '../content/other-errors-from-disk';
import { synonymsFromDisk } from '../content/synonyms-from-disk';
import { languages, type Lang } from '../i18n/languages';
import { bodiesOf, buildSearchIndex, sourceFromKb } from './build-index';
import { prepareIndex, type PreparedIndex } from './prepare';
import { attachSections } from './prepare-sections';
import { decodeIndexFile, encodeIndexFile } from './index-codec';
import { decodeSectionsFile, encodeSectionsFile } from './sections-codec';
import type { SearchIndexData, SearchSectionsData } from './types';

/** The full HTML entity decoder (Node has it at hand; the browser loads it only when a paste needs it). */
export const decodeHtml = decodeHTML;

/** Both files of both languages, prepared (sections attached), as the browser has them after a typed query. */
useFuse(Fuse);

export function indexesFromDisk(root = 'content'): {
	data: Record<Lang, { index: SearchIndexData; sections: SearchSectionsData }>;
	prepared: Record<Lang, PreparedIndex>;
} {
	const { kb, entries } = loadKnowledgeBaseFromDisk(root);
	const bodies = bodiesOf(entries);
	const others = otherErrorsFromDisk(root, new Set(kb.codes.keys()));
	const synonyms = synonymsFromDisk(root);
	const checks = checksFromDisk(root);
	const data = Object.fromEntries(
		languages.map((lang) => [
			lang,
			buildSearchIndex(sourceFromKb(kb, lang, bodies, others[lang], synonyms[lang], checks[lang])),
		]),
	) as Record<Lang, { index: SearchIndexData; sections: SearchSectionsData }>;
	// Encoded and sent through JSON, as the browser receives it.
	const copy = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
	const prepared = Object.fromEntries(
		languages.map((lang) => {
			const { index: first, sections } = data[lang];
			const index = prepareIndex(decodeIndexFile(copy(encodeIndexFile(first))));
			attachSections(
				index,
				decodeSectionsFile(copy(encodeSectionsFile(sections, first.targets.length))),
			);
			return [lang, index];
		}),
	) as Record<Lang, PreparedIndex>;
	return { data, prepared };
}
