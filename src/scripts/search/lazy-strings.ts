/** The header search's strings, loaded with it (../lazy-strings.ts). */
import type { Lang } from '../../i18n/languages';
import { stringsJson } from '../lazy-strings';

const files = import.meta.glob<Record<string, string>>('../../i18n/locales/*/search.json', {
	import: 'default',
});

export const searchStringsJson = (lang: Lang) => stringsJson(files, lang, ['search']);
