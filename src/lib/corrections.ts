/**
 * The corrections page: renders content/CORRECTIONS*.md (Markdown) to HTML. Each numbered
 * correction (`### 12. …`) gets the anchor `correction-12`, the same in every language, so a
 * ticket can link to it; the file's own `# title` is left out (the page has its title).
 */
import { Marked, type Tokens } from 'marked';

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

/** The HTML of a corrections file, without its first-level title. */
export function renderCorrections(markdown: string): string {
	const marked = new Marked({
		renderer: {
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
