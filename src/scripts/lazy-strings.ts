/**
 * UI strings that only the tools loaded on first use need (the header search, the guided walk),
 * loaded with those tools rather than rendered into every page: each language's namespace is its
 * own small chunk. The result is the same `data-strings` JSON that `clientStrings` renders
 * (src/i18n/index.ts), so the widgets read it with `readStrings` (src/scripts/strings.ts).
 */
import type { Lang } from '../i18n/languages';

const files = import.meta.glob<Record<string, string>>('../i18n/locales/*/*.json', {
	import: 'default',
});

export async function stringsJson(lang: Lang, namespaces: readonly string[]): Promise<string> {
	const tables = await Promise.all(
		namespaces.map(async (ns) => {
			const load = files[`../i18n/locales/${lang}/${ns}.json`];
			const table = load ? await load() : {};
			return Object.entries(table).map(([k, v]) => [`${ns}:${k}`, v] as const);
		}),
	);
	return JSON.stringify(Object.fromEntries(tables.flat()));
}
