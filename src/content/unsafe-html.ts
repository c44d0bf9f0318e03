/**
 * Raw HTML an MDX body must not carry: it would run or load something the CSP and the review
 * do not expect. Pure; read by the `safeBodies` check (checks/safe-bodies.ts).
 *
 * Refused: `<script>`, `<iframe>`, `<frame>`, `<object>`, `<embed>`, `<base>`, `<meta>`, `<form>`,
 * an `<img>` (or `<source>`, `<video>`, `<audio>`) whose `src` is not in the site, any `on…=` event
 * attribute, and an `href`/`src` whose scheme is not allowed (link-policy.ts). Code spans and
 * fenced code blocks are text, not HTML: they are skipped.
 */
import { linkProblem, linkScheme } from '../lib/link-policy';

export interface HtmlFinding {
	/** 1-based line in the body. */
	line: number;
	message: string;
	hint: string;
}

const forbiddenElements = ['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'form'];
const mediaElements = ['img', 'source', 'video', 'audio', 'track', 'picture'];

/** Blanks out fenced code blocks and code spans, keeping line numbers and offsets. */
export function withoutCode(body: string): string {
	const blank = (s: string) => s.replace(/[^\n]/g, ' ');
	return body
		.replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\2[^\n]*|$)/gm, blank)
		.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every tag of the body (outside code) with its name, attributes and position. */
function* tags(text: string): Generator<{ name: string; attrs: string; index: number }> {
	// Attributes are bounded so that a body full of unclosed `<a` stays linear enough.
	const tag = /<([A-Za-z][\w.:-]*)((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\}){0,2000})\/?>/g;
	for (let m = tag.exec(text); m; m = tag.exec(text))
		yield { name: m[1]!.toLowerCase(), attrs: m[2] ?? '', index: m.index };
}

/** The attributes of a tag: name (lower-cased) → value (quotes removed; `{…}` kept as written). */
function attributes(attrs: string): Map<string, string> {
	const out = new Map<string, string>();
	const attr = /([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|\{[^}]*\}|[^\s>]+))?/g;
	for (let m = attr.exec(attrs); m; m = attr.exec(attrs)) {
		const raw = m[2] ?? '';
		out.set(m[1]!.toLowerCase(), raw.replace(/^(["'])([\s\S]*)\1$/, '$2'));
	}
	return out;
}

/** Every problem of the body's raw HTML; `httpAllowed`: the entry's `httpLinks`. */
export function unsafeHtml(
	body: string,
	httpAllowed: ReadonlySet<string> = new Set(),
): HtmlFinding[] {
	const text = withoutCode(body);
	const findings: HtmlFinding[] = [];
	for (const { name, attrs, index } of tags(text)) {
		const line = lineAt(text, index);
		if (forbiddenElements.includes(name)) {
			findings.push({
				line,
				message: `raw <${name}> element`,
				hint: 'An MDX body is prose: no scripts, frames, embedded objects or forms. Put commands in a step’s `code` list and link to other pages instead.',
			});
			continue;
		}
		const values = attributes(attrs);
		for (const attr of values.keys()) {
			if (/^on/i.test(attr))
				findings.push({
					line,
					message: `event attribute "${attr}" on <${name}>`,
					hint: 'Content carries no event handlers: remove the attribute.',
				});
		}
		const src = values.get('src') ?? values.get('srcset');
		if (mediaElements.includes(name) && src !== undefined) {
			const remote = linkScheme(src) !== undefined || /^\s*[\\/]{2}/.test(src) || /^\{/.test(src);
			if (remote)
				findings.push({
					line,
					message: `<${name}> loading "${src}" from outside the site`,
					hint: 'Images come from the site itself (a path starting with /), never from another host.',
				});
		}
		for (const key of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
			const value = values.get(key);
			if (value === undefined || key === 'src') continue;
			const problem = linkProblem(value, httpAllowed);
			if (problem) findings.push({ line, ...problem });
		}
	}
	return findings;
}
