/**
 * Node only: the prepared indexes of both languages, built from the content folder with the
 * same code as the site's `search-index.json` endpoint. For the CLI, the benchmark and tests.
 */
import { loadKnowledgeBaseFromDisk } from '../content/from-disk';
import { languages, type Lang } from '../i18n/languages';
import { buildSearchIndex, sourceFromKb } from './build-index';
import { prepareIndex, type PreparedIndex } from './prepare';
import type { SearchIndexData } from './types';

export function indexesFromDisk(root = 'content'): {
	data: Record<Lang, SearchIndexData>;
	prepared: Record<Lang, PreparedIndex>;
} {
	const { kb } = loadKnowledgeBaseFromDisk(root);
	const data = Object.fromEntries(
		languages.map((lang) => [lang, buildSearchIndex(sourceFromKb(kb, lang))]),
	) as Record<Lang, SearchIndexData>;
	// Round-trip through JSON, as the browser receives it.
	const prepared = Object.fromEntries(
		languages.map((lang) => [lang, prepareIndex(JSON.parse(JSON.stringify(data[lang])))]),
	) as Record<Lang, PreparedIndex>;
	return { data, prepared };
}
