/**
 * Text folding shared by the index (content side) and the normaliser (paste side), so both
 * sides compare the same forms: lower case, no accents, straight quotes, words of letters
 * and digits separated by single spaces. Pure and linear in the input length.
 */

/** Typographic quotes, primes and backticks → straight quotes; dashes → hyphen; odd spaces → space. */
const quoteMap: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201A': "'",
	'\u201B': "'",
	'\u2032': "'",
	'\u02BC': "'",
	'`': "'",
	'\u00B4': "'",
	'\u201C': '"',
	'\u201D': '"',
	'\u201E': '"',
	'\u201F': '"',
	'\u2033': '"',
	'\u00AB': '"',
	'\u00BB': '"',
	'\u2039': '"',
	'\u203A': '"',
	'\u2010': '-',
	'\u2011': '-',
	'\u2012': '-',
	'\u2013': '-',
	'\u2014': '-',
	'\u2015': '-',
	'\u2212': '-',
	'\u00A0': ' ',
	'\u2007': ' ',
	'\u202F': ' ',
	'\u2009': ' ',
	'\u200A': ' ',
	'\u3000': ' ',
};
const quoteRe =
	/[\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4\u201C-\u201F\u2033\u00AB\u00BB\u2039\u203A\u2010-\u2015\u2212\u00A0\u2007\u202F\u2009\u200A\u3000]/g;

/** Curly quotes, guillemets, dashes and non-breaking spaces → their ASCII forms. */
export function foldQuotes(text: string): string {
	return text.replace(quoteRe, (c) => quoteMap[c] ?? c);
}

/** Letters that do not decompose under NFD. */
const ligatures: Record<string, string> = {
	œ: 'oe',
	æ: 'ae',
	ß: 'ss',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ı: 'i',
};
const ligatureRe = /[œæßøłđı]/g;

/** Lower case without accents: "Échec de l’opération" → "echec de l’operation". */
export function foldAccents(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(ligatureRe, (c) => ligatures[c] ?? c);
}

/** A word: letters and digits (after folding, ASCII letters in practice). */
const wordRe = /[\p{L}\p{N}]+/gu;

/** Folded words of a text, in order ("L’agent ne répond pas" → ["l", "agent", "ne", "repond", "pas"]). */
export function words(text: string): string[] {
	return foldAccents(foldQuotes(text)).match(wordRe) ?? [];
}

/** Folded text as Fuse sees it: words separated by single spaces. */
export function foldText(text: string): string {
	return words(text).join(' ');
}

/** Where each folded word of `text` sits in it ([start, end) offsets), for highlighting. */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
	const out: { word: string; start: number; end: number }[] = [];
	for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
		const start = m.index;
		for (const w of words(m[0])) out.push({ word: w, start, end: start + m[0].length });
	}
	return out;
}
