/** The guided tools' strings (walk, guest filter, ticket), loaded with them (../lazy-strings.ts). */
import type { Lang } from '../../i18n/languages';
import { stringsJson } from '../lazy-strings';

const files = import.meta.glob<Record<string, string>>(
	'../../i18n/locales/*/{guided,os,ticket}.json',
	{ import: 'default' },
);

export const guidedStringsJson = (lang: Lang) =>
	stringsJson(files, lang, ['guided', 'os', 'ticket']);
