import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	causeUrl,
	errorUrl,
	langOfPath,
	searchUrl,
	solutionUrl,
	stepAnchor,
	switchLangUrl,
} from '../../../src/lib/urls';
import { pickLang } from '../../../src/i18n/languages';

describe('URL helpers', () => {
	it('build language-prefixed URLs from ids only', () => {
		expect(errorUrl('fr', 'backup-internal-error')).toBe('/fr/errors/backup-internal-error/');
		expect(causeUrl('en', 'no-internet-access')).toBe('/en/causes/no-internet-access/');
		expect(solutionUrl('en', 'no-internet-access', 'route-traffic-through-http-proxy')).toBe(
			'/en/causes/no-internet-access/#route-traffic-through-http-proxy',
		);
		expect(stepAnchor('update-linux-agent', 'check-running')).toBe(
			'update-linux-agent--check-running',
		);
	});

	it('encode the search query', () => {
		expect(searchUrl('fr', 'a b&c#d')).toBe('/fr/search/?q=a%20b%26c%23d');
		expect(searchUrl('en')).toBe('/en/search/');
	});

	it('switch language keeping path, query and fragment', () => {
		expect(switchLangUrl('/fr/causes/x/?os=linux#s--a', 'en')).toBe('/en/causes/x/?os=linux#s--a');
		expect(switchLangUrl('/en/', 'fr')).toBe('/fr/');
		expect(switchLangUrl('/', 'fr')).toBe('/fr/');
		expect(switchLangUrl('/#x', 'en')).toBe('/en/#x');
	});

	it('switching twice returns the same URL (property)', () => {
		const seg = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
		fc.assert(
			fc.property(
				fc.constantFrom('fr', 'en'),
				fc.array(seg, { maxLength: 4 }),
				fc.option(seg),
				fc.option(seg),
				(lang, parts, q, h) => {
					const url = `/${lang}/${parts.map((p) => `${p}/`).join('')}${q ? `?q=${q}` : ''}${h ? `#${h}` : ''}`;
					const other = lang === 'fr' ? 'en' : 'fr';
					expect(switchLangUrl(switchLangUrl(url, other), lang)).toBe(url);
					expect(langOfPath(switchLangUrl(url, other))).toBe(other);
				},
			),
		);
	});

	it('picks the browser language', () => {
		expect(pickLang(['fr-CA', 'en'])).toBe('fr');
		expect(pickLang(['de-DE', 'en-GB'])).toBe('en');
		expect(pickLang(['de'])).toBe('en');
	});
});
