/**
 * UI strings in the browser: a widget reads the strings its component rendered into
 * `data-strings` (src/i18n/index.ts `clientStrings`, from a typed list of keys). The keys are
 * checked by the compiler, not carried in the bundle: a key missing from the attribute, or a
 * missing or broken attribute, never throws; the string falls back to its key.
 */
import { fill } from '../lib/fill';

export function readStrings<K extends string>(el: HTMLElement): Record<K, string> {
	let parsed: Record<string, unknown> = {};
	try {
		const value: unknown = JSON.parse(el.dataset.strings ?? '{}');
		if (value && typeof value === 'object') parsed = value as Record<string, unknown>;
	} catch {
		// A broken attribute must not break the widget.
	}
	const has = (k: string | symbol) => typeof parsed[k as string] === 'string';
	return new Proxy(parsed, {
		get: (_, k) => (has(k) ? parsed[k as string] : String(k)),
		has: (_, k) => has(k),
	}) as Record<K, string>;
}

/**
 * A count in words, with the plural forms of the page's language (`Intl.PluralRules`, as
 * i18next chooses them on the server): `<base>_zero` for 0 when the strings have it, else
 * `<base>_one`, `<base>_other`…, with `{{count}}` filled.
 */
export function plural<K extends string>(
	strings: Record<K, string>,
	base: string,
	count: number,
	lang: string,
): string {
	const table = strings as Record<string, string>;
	const form = new Intl.PluralRules(lang).select(count);
	const pick = (key: string) => (key in table ? table[key] : undefined);
	const text =
		(count === 0 ? pick(`${base}_zero`) : undefined) ??
		pick(`${base}_${form}`) ??
		pick(`${base}_other`) ??
		base;
	return fill(text, { count });
}
