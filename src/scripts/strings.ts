/**
 * UI strings in the browser: a widget reads the strings its component rendered into
 * `data-strings` (src/i18n/index.ts `clientStrings`), by the same typed list of keys. A missing
 * or broken attribute never throws: each string falls back to its key.
 */
import { fill } from '../lib/fill';

export function readStrings<K extends string>(
	el: HTMLElement,
	keys: readonly K[],
): Record<K, string> {
	let parsed: Record<string, unknown> = {};
	try {
		const value: unknown = JSON.parse(el.dataset.strings ?? '{}');
		if (value && typeof value === 'object') parsed = value as Record<string, unknown>;
	} catch {
		// A broken attribute must not break the widget.
	}
	const out = {} as Record<K, string>;
	for (const k of keys) {
		const v = parsed[k];
		out[k] = typeof v === 'string' ? v : k;
	}
	return out;
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
	const table = strings as Record<string, string | undefined>;
	const form = new Intl.PluralRules(lang).select(count);
	const text =
		(count === 0 ? table[`${base}_zero`] : undefined) ??
		table[`${base}_${form}`] ??
		table[`${base}_other`] ??
		base;
	return fill(text, { count });
}
