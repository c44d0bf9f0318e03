/**
 * UI strings that only the tools loaded on first use need (the header search, the guided walk),
 * loaded with those tools rather than rendered into every page: each language's namespace is its
 * own small chunk (the guided tools glob their own namespaces: guided/lazy-strings.ts; the
 * header search fetches a file of its keys only: search/header.ts). The result is the same
 * `data-strings` JSON that `clientStrings` renders (src/i18n/index.ts), so the widgets read it
 * with `readStrings` (src/scripts/strings.ts).
 */
import type { Lang } from '../i18n/languages';

export type NamespaceFiles = Record<string, () => Promise<Record<string, string>>>;

export async function stringsJson(
	files: NamespaceFiles,
	lang: Lang,
	namespaces: readonly string[],
): Promise<string> {
	const tables = await Promise.all(
		namespaces.map(async (ns) => {
			const key = Object.keys(files).find((path) => path.endsWith(`/${lang}/${ns}.json`));
			const table = key ? await files[key]!() : {};
			return Object.entries(table).map(([k, v]) => [`${ns}:${k}`, v] as const);
		}),
	);
	return JSON.stringify(Object.fromEntries(tables.flat()));
}
