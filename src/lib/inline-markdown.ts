/**
 * Renders the inline Markdown of content fields (step text, notes, conditions): **bold**,
 * *emphasis*, `code` and [links](https://…). Block syntax and raw HTML are not content here:
 * raw HTML is escaped, never passed through. External links open with rel="noopener noreferrer".
 * A link whose scheme could run code (`javascript:`, `data:`…) is rendered as its text only; the
 * build refuses such links before this is reached (src/content/checks/safe-links.ts).
 */
import { Marked, type Token, type Tokens } from 'marked';
import { isSafeHref } from './link-policy';

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const isExternal = (href: string) => /^https?:\/\//i.test(href);

const marked = new Marked({
	gfm: true,
	renderer: {
		html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
		link({ href, title, tokens }: Tokens.Link) {
			const inner = this.parser.parseInline(tokens);
			if (!isSafeHref(href)) return inner;
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

/**
 * The link targets of a Markdown text, as written: inline links, autolinks and bare URLs (GFM),
 * images and reference definitions. `inline`: read it as one inline field, else as a whole body.
 */
export function markdownLinks(markdown: string, { inline = true } = {}): string[] {
	const hrefs: string[] = [];
	const tokens: Token[] = inline
		? marked.Lexer.lexInline(markdown, { gfm: true })
		: marked.lexer(markdown, { gfm: true });
	marked.walkTokens(tokens, (token) => {
		if (token.type === 'link' || token.type === 'image') hrefs.push((token as Tokens.Link).href);
		else if (token.type === 'def') hrefs.push((token as Tokens.Def).href);
	});
	if (!inline) {
		const links = (tokens as Token[] & { links?: Record<string, { href: string }> }).links;
		for (const def of Object.values(links ?? {})) hrefs.push(def.href);
	}
	return [...new Set(hrefs)];
}
