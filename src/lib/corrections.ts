/**
 * The corrections page: renders content/CORRECTIONS*.md (Markdown) to HTML. Each numbered
 * correction (`### 12. …`) gets the anchor `correction-12`, the same in every language, so a
 * ticket can link to it; the file's own `# title` is left out (the page has its title).
 */
import { Marked, type Tokens } from 'marked';
import type { Lang } from '../i18n/languages';

/** The stable anchor of correction number `n`. */
export function correctionAnchor(n: number): string {
	return `correction-${n}`;
}

/** A section heading's anchor: lower case, letters and digits joined by hyphens. */
function sectionAnchor(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** French words and letters: a code span that has none is a verbatim English (or neutral) string. */
const frenchText = /[àâçéèêëîïôûùüÿœ’]|\b(de|la|le|les|des|du|est|pas|une?)\b/i;

/** `&`, `<`, `>` and `"` of a code span's text, escaped for HTML. */
const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The HTML of a corrections file, without its first-level title. On the French page, code
 * spans without French text (English messages, commands, paths) are marked `lang="en"`.
 */
export function renderCorrections(markdown: string, lang: Lang = 'en'): string {
	const marked = new Marked({
		renderer: {
			codespan(token: Tokens.Codespan) {
				const english = lang !== 'en' && !frenchText.test(token.text);
				return `<code${english ? ' lang="en"' : ''}>${escapeHtml(token.text)}</code>`;
			},
			heading(
				this: { parser: { parseInline(t: Tokens.Generic[]): string } },
				token: Tokens.Heading,
			) {
				const html = this.parser.parseInline(token.tokens);
				const number = /^(\d+)\.\s/.exec(token.text);
				const id =
					token.depth === 3 && number
						? correctionAnchor(Number(number[1]))
						: sectionAnchor(token.text);
				return `<h${token.depth} id="${id}">${html}</h${token.depth}>\n`;
			},
		},
	});
	const body = markdown.replace(/^# .*\n+/, '');
	return marked.parse(body, { async: false });
}
