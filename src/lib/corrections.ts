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

/** The anchor of the `n`th section (`## …`, from 1): the same in every language. */
export function partAnchor(n: number): string {
	return `part-${n}`;
}

/** A file without its first-level title (the page has its own). */
const bodyOf = (markdown: string) => markdown.replace(/^# .*\n+/, '');

/** A section (`##`) or correction (`###`) heading: its level, its Markdown and its anchor. */
interface Heading {
	depth: number;
	text: string;
	id: string;
	/** The anchor its text once gave a section, which differed by language: still on the page. */
	formerly?: string;
}

/**
 * The `##` and `###` headings of a file, in order, with their anchors: `correction-N` for a
 * numbered correction, `part-N` for the `n`th section (the same in every language).
 */
function headingsOf(body: string): Heading[] {
	let part = 0;
	return new Marked()
		.lexer(body)
		.filter((t): t is Tokens.Heading => t.type === 'heading' && (t.depth === 2 || t.depth === 3))
		.map(({ depth, text }) => {
			const number = /^(\d+)\.\s/.exec(text);
			if (depth === 3 && number) return { depth, text, id: correctionAnchor(Number(number[1])) };
			if (depth === 2)
				return { depth, text, id: partAnchor(++part), formerly: sectionAnchor(text) };
			return { depth, text, id: sectionAnchor(text) };
		});
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
 * spans without French text (English messages, commands, paths) are marked `lang="en"`; on the
 * English page, French quotes (« … ») are marked `lang="fr"`.
 */
export function renderCorrections(markdown: string, lang: Lang = 'en'): string {
	const body = bodyOf(markdown);
	const headings = headingsOf(body);
	let next = 0;
	const marked = new Marked({
		renderer: {
			codespan: codeSpan(lang),
			heading(
				this: { parser: { parseInline(t: Tokens.Generic[]): string } },
				token: Tokens.Heading,
			) {
				const html = this.parser.parseInline(token.tokens);
				const { id, formerly } =
					token.depth === 2 || token.depth === 3
						? headings[next++]!
						: { id: sectionAnchor(token.text), formerly: undefined };
				const former = formerly ? `<span id="${formerly}"></span>` : '';
				return `${former}<h${token.depth} id="${id}">${html}</h${token.depth}>\n`;
			},
		},
	});
	const html = marked.parse(body, { async: false });
	// On the English page, the 2017 article's French quotes are French to a screen reader.
	return lang === 'en'
		? html.replace(/«[^«»]*»/g, (quote) => `<span lang="fr">${quote}</span>`)
		: html;
}

/**
 * The outline of a corrections file, for "On this page": each `##` section with the numbered
 * corrections (`###`) under it, with the anchors and inline HTML the page gives their headings.
 */
export function correctionsOutline(markdown: string, lang: Lang = 'en'): OutlineSection[] {
	const marked = new Marked({ renderer: { codespan: codeSpan(lang) } });
	const outline: OutlineSection[] = [];
	for (const { depth, text, id } of headingsOf(bodyOf(markdown))) {
		const section = { id, html: marked.parseInline(text, { async: false }), children: [] };
		const parent = outline.at(-1);
		if (depth === 3 && parent) parent.children.push(section);
		else outline.push(section);
	}
	return outline;
}
