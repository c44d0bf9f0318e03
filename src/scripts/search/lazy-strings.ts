/**
 * The header search's strings, fetched with it (`/{lang}/search-strings.json`, only the keys the
 * widget reads): the same JSON `clientStrings` renders into `data-strings`.
 */
import type { Lang } from '../../i18n/languages';

export async function searchStringsJson(lang: Lang): Promise<string> {
	const response = await fetch(`/${lang}/search-strings.json`, { credentials: 'same-origin' });
	return response.ok ? response.text() : '{}';
}
