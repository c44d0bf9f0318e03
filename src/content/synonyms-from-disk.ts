/** Node only: the synonym files of a content folder, checked (for the CLI, the bench and tests). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages, type Lang } from '../i18n/languages';
import type { SynonymsData } from './schemas';
import { parseSynonyms } from './synonyms';

/** Reads `<root>/synonyms/<lang>.json`; a content folder without them has none. */
export function synonymsFromDisk(root: string): Record<Lang, SynonymsData> {
	const read = (lang: Lang): SynonymsData => {
		const file = join(root, 'synonyms', `${lang}.json`);
		return existsSync(file)
			? parseSynonyms(lang, JSON.parse(readFileSync(file, 'utf8')) as unknown)
			: { about: 'none', groups: [] };
	};
	return Object.fromEntries(languages.map((lang) => [lang, read(lang)])) as Record<
		Lang,
		SynonymsData
	>;
}
