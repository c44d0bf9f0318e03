/**
 * Node only (the build, the CLI, the bench, tests): the checks the search indexes outside the
 * entries, read from a content folder: the health checklist's sections
 * (`<root>/checklist/<lang>.mdx`) and the support blocks (`<root>/support/<lang>.json`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages, type Lang } from '../i18n/languages';
import { checksFrom, type SearchSource } from '../search/build-index';
import { checklistSections } from './checklist';
import { parseSupport } from './support';

type Checks = NonNullable<SearchSource['checks']>;

/** Both languages' checks; a content folder without a checklist or support blocks has none. */
export function checksFromDisk(root: string): Record<Lang, Checks> {
	const read = (lang: Lang): Checks => {
		const checklist = join(root, 'checklist', `${lang}.mdx`);
		const support = join(root, 'support', `${lang}.json`);
		if (!existsSync(checklist) || !existsSync(support)) return [];
		return checksFrom(
			checklistSections(readFileSync(checklist, 'utf8'), checklist),
			parseSupport(lang, JSON.parse(readFileSync(support, 'utf8')) as unknown),
		);
	};
	return Object.fromEntries(languages.map((lang) => [lang, read(lang)])) as Record<Lang, Checks>;
}
