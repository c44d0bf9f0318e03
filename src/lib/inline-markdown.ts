/**
 * Renders the inline Markdown of content fields (step text, notes, conditions): **bold**,
 * *emphasis*, `code` and [links](https://…). Block syntax and raw HTML are not content here:
 * raw HTML is escaped, never passed through. External links open with rel="noopener noreferrer".
 */
import { Marked, type Tokens } from 'marked';

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const isExternal = (href: string) => /^https?:\/\//i.test(href);

const marked = new Marked({
	gfm: true,
	renderer: {
		html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
		link({ href, title, tokens }: Tokens.Link) {
			const inner = this.parser.parseInline(tokens);
			const attrs = isExternal(href) ? ' rel="noopener noreferrer" class="external"' : '';
			const t = title ? ` title="${escapeHtml(title)}"` : '';
			return `<a href="${escapeHtml(href)}"${t}${attrs}>${inner}</a>`;
		},
	},
});

/** Inline Markdown → HTML string (to be set with `set:html`). */
export function renderInline(markdown: string): string {
	return marked.parseInline(markdown, { async: false });
}

