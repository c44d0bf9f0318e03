/**
 * The corrections page: renders content/CORRECTIONS*.md (Markdown) to HTML. Each numbered
 * correction (`### 12. …`) gets the anchor `correction-12`, the same in every language, so a
 * ticket can link to it; the file's own `# title` is left out (the page has its title).
 */
import { Marked, type Tokens } from 'marked';
import type { Lang } from '../i18n/languages';
import type { OutlineSection } from './outline';

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

/** A heading's anchor: `correction-N` for a numbered correction, else one made from its text. */
function headingId(depth: number, text: string): string {
	const number = /^(\d+)\.\s/.exec(text);
	return depth === 3 && number ? correctionAnchor(Number(number[1])) : sectionAnchor(text);
}

/** `code` spans of a heading, rendered as the page renders them. */
function codeSpan(lang: Lang) {
	return (token: Tokens.Codespan) => {
		const english = lang !== 'en' && !frenchText.test(token.text);
		return `<code${english ? ' lang="en"' : ''}>${escapeHtml(token.text)}</code>`;
	};
}

/**
 * The HTML of a corrections file, without its first-level title. On the French page, code
 * spans without French text (English messages, commands, paths) are marked `lang="en"`.
 */
export function renderCorrections(markdown: string, lang: Lang = 'en'): string {
	const marked = new Marked({
		renderer: {
			codespan: codeSpan(lang),
			heading(
				this: { parser: { parseInline(t: Tokens.Generic[]): string } },
				token: Tokens.Heading,
			) {
				const html = this.parser.parseInline(token.tokens);
				const id = headingId(token.depth, token.text);
				return `<h${token.depth} id="${id}">${html}</h${token.depth}>\n`;
			},
		},
	});
	const body = markdown.replace(/^# .*\n+/, '');
	return marked.parse(body, { async: false });
}

/**
 * The outline of a corrections file, for "On this page": each `##` section with the numbered
 * corrections (`###`) under it, with the anchors and inline HTML the page gives their headings.
 */
export function correctionsOutline(markdown: string, lang: Lang = 'en'): OutlineSection[] {
	const marked = new Marked({ renderer: { codespan: codeSpan(lang) } });
	const outline: OutlineSection[] = [];
	for (const token of marked.lexer(markdown)) {
		if (token.type !== 'heading' || token.depth < 2 || token.depth > 3) continue;
		const heading = token as Tokens.Heading;
		const section: OutlineSection = {
			id: headingId(heading.depth, heading.text),
			html: marked.parseInline(heading.text, { async: false }),
			children: [],
		};
		const parent = outline.at(-1);
		if (heading.depth === 3 && parent) parent.children.push(section);
		else outline.push(section);
	}
	return outline;
}
