/** Node only: the other-errors files of a content folder, checked (for the CLI, the bench and tests). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages, type Lang } from '../i18n/languages';
import { checkOtherErrors } from './other-errors';
import type { OtherErrorsData } from './schemas';

/** Reads `<root>/other-errors/<lang>.json`; a content folder without them has none. */
export function otherErrorsFromDisk(
	root: string,
	ownCodes: ReadonlySet<string>,
): Record<Lang, OtherErrorsData> {
	const read = (lang: Lang): unknown => {
		const file = join(root, 'other-errors', `${lang}.json`);
		return existsSync(file)
			? (JSON.parse(readFileSync(file, 'utf8')) as unknown)
			: { about: 'none', errors: [] };
	};
	return checkOtherErrors(
		Object.fromEntries(languages.map((lang) => [lang, read(lang)])) as Record<Lang, unknown>,
		ownCodes,
	);
}
