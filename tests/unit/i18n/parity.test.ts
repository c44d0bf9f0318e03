import { describe, expect, it } from 'vitest';
import { namespaces, resources } from '../../../src/i18n';

describe('UI strings', () => {
	for (const ns of namespaces) {
		it(`${ns}: French and English have the same keys`, () => {
			const en = Object.keys(resources.en[ns]).sort();
			const fr = Object.keys(resources.fr[ns]).sort();
			expect(fr).toEqual(en);
		});
		it(`${ns}: no empty string and the same {{placeholders}} in both`, () => {
			const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
			for (const [key, en] of Object.entries(resources.en[ns]) as [string, string][]) {
				const fr = (resources.fr[ns] as Record<string, string>)[key] ?? '';
				expect(en.trim(), `en ${ns}:${key}`).not.toBe('');
				expect(fr.trim(), `fr ${ns}:${key}`).not.toBe('');
				expect(vars(fr), `${ns}:${key}`).toEqual(vars(en));
				// One placeholder syntax everywhere (i18next's, and src/lib/fill.ts in the browser).
				expect(`${en} ${fr}`, `${ns}:${key}`).not.toMatch(/(^|[^{])\{\w+\}(?!\})/);
			}
		});
	}
});
