/**
 * The other errors grouped by Microsoft's article (the other-errors page's sections): every entry
 * once, in file order, under the article its link goes to, titled in the page's language when
 * an entry was read in it.
 */
import { describe, expect, it } from 'vitest';
import { groupByArticle } from '../../../src/content/other-error-articles';
import { loadOtherErrors } from '../../../src/content/other-errors';
import type { OtherErrorData } from '../../../src/content/schemas';
import { kb } from '../../support/content';

const files = loadOtherErrors(new Set(kb.codes.keys()));

const entry = (id: string, doc: string, title: string, lang?: 'en'): OtherErrorData => ({
	id,
	codes: [],
	message: id,
	variants: [],
	...(lang ? { lang } : {}),
	doc,
	source: { title, repo: 'o/r', path: 'a.md', date: '2026-01-01' },
});

describe('other errors grouped by article', () => {
	it('keeps every entry once, in file order, under the article its link goes to', () => {
		for (const lang of ['en', 'fr'] as const) {
			const articles = groupByArticle(files[lang].errors);
			expect(articles.flatMap((a) => a.errors)).toEqual(files[lang].errors);
			for (const a of articles)
				for (const e of a.errors) expect(e.doc.startsWith(`${a.url}`)).toBe(true);
			expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
		}
	});

	it('gives the same articles in the same order in both languages', () => {
		const ids = (lang: 'en' | 'fr') => groupByArticle(files[lang].errors).map((a) => a.id);
		expect(ids('fr')).toEqual(ids('en'));
	});

	it('titles an article in the file’s language when one of its entries was read in it', () => {
		const doc = 'https://learn.microsoft.com/azure/backup/some-article';
		const [article] = groupByArticle([
			entry('a', `${doc}#a`, 'English title', 'en'),
			entry('b', `${doc}#b`, 'Titre français'),
			entry('c', doc, 'Autre titre'),
		]);
		expect(article).toMatchObject({ id: 'some-article', url: doc, title: 'Titre français' });
		expect(article!.lang).toBeUndefined();
		expect(article!.errors.map((e) => e.id)).toEqual(['a', 'b', 'c']);
	});

	it('says when the title is English on the French page (no entry read in French)', () => {
		const doc = 'https://learn.microsoft.com/azure/backup/english-only';
		const [article] = groupByArticle([
			entry('a', `${doc}#a`, 'English title', 'en'),
			entry('b', `${doc}#b`, 'English title', 'en'),
		]);
		expect(article).toMatchObject({ title: 'English title', lang: 'en' });
	});
});
