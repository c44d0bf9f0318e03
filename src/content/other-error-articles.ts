/**
 * The other errors grouped by Microsoft's article, as the other-errors page lists them: one
 * section per article, its errors in file order.
 */
import type { OtherErrorData } from './schemas';

/** The other errors of one Microsoft article, as the other-errors page lists them. */
export interface OtherErrorArticle {
	/** The article's address, without a section (`https://learn.microsoft.com/azure/backup/…`). */
	url: string;
	/** The anchor of its heading on the page: the article's file name (`disk-backup-troubleshoot`). */
	id: string;
	/** Its title, in the file's language when one of its entries was read in that language. */
	title: string;
	/** The title's language when it is not the file's (every entry was read in English). */
	lang?: OtherErrorData['lang'];
	errors: OtherErrorData[];
}

/**
 * The errors grouped by the article their `doc` links to, articles and errors in file order.
 * The title is that of the first entry read in the file's language (an entry with no `lang`),
 * else that of the first entry.
 */
export function groupByArticle(errors: readonly OtherErrorData[]): OtherErrorArticle[] {
	const articles = new Map<string, OtherErrorArticle>();
	for (const e of errors) {
		const url = e.doc.replace(/#.*$/, '');
		let article = articles.get(url);
		if (!article) {
			article = { url, id: url.replace(/^.*\//, ''), title: e.source.title ?? url, errors: [] };
			if (e.lang) article.lang = e.lang;
			articles.set(url, article);
		} else if (e.lang === undefined && article.errors.every((x) => x.lang !== undefined)) {
			article.title = e.source.title ?? article.title;
			delete article.lang;
		}
		article.errors.push(e);
	}
	return [...articles.values()];
}
