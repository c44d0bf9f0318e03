/**
 * The repository's own Markdown (README, docs/, the real corpus's README, the corrections): every
 * relative link names a file that exists, and every `#fragment` a heading of that file, slugged
 * as GitHub slugs it (github-slugger). docs/search.md points into docs/search-log.md by section:
 * a heading renamed on one side breaks the pointer, and this says which. The corrections are
 * read on the site, whose page gives their headings anchors of its own (`correction-12`): those
 * count too, as the page renders them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderCorrections } from '../../../src/lib/corrections';

const files = [
	'README.md',
	'docs/search.md',
	'docs/search-log.md',
	'docs/links.md',
	'docs/quality.md',
	'bench/search/real/README.md',
	'content/CORRECTIONS.md',
	'content/CORRECTIONS.fr.md',
];

/** Every token of a Markdown file, nested ones included (links sit inside paragraphs, lists, tables). */
function* walk(tokens: readonly Token[]): Generator<Token> {
	for (const token of tokens) {
		yield token;
		const t = token as Token & {
			tokens?: Token[];
			items?: Tokens.ListItem[];
			header?: Tokens.TableCell[];
			rows?: Tokens.TableCell[][];
		};
		if (t.tokens) yield* walk(t.tokens);
		if (t.items) yield* walk(t.items);
		if (t.header) yield* walk(t.header.flatMap((c) => c.tokens));
		if (t.rows) yield* walk(t.rows.flat().flatMap((c) => c.tokens));
	}
}

const tokensOf = (file: string) => marked.lexer(readFileSync(file, 'utf8'));

/** A heading's text as GitHub renders it, before slugging: code spans and emphasis unmarked. */
const plain = (tokens: readonly Token[]): string =>
	tokens
		.map((t) => {
			const inner = t as Token & { tokens?: Token[]; text?: string };
			return inner.tokens ? plain(inner.tokens) : (inner.text ?? inner.raw);
		})
		.join('');

const anchorsCache = new Map<string, Set<string>>();
function anchorsOf(file: string): Set<string> {
	let anchors = anchorsCache.get(file);
	if (!anchors) {
		const slugger = new GithubSlugger();
		anchors = new Set(
			[...walk(tokensOf(file))]
				.filter((t): t is Tokens.Heading => t.type === 'heading')
				.map((h) => slugger.slug(plain(h.tokens))),
		);
		if (/CORRECTIONS/.test(file))
			for (const [, id] of renderCorrections(readFileSync(file, 'utf8')).matchAll(/ id="([^"]+)"/g))
				anchors.add(id!);
		anchorsCache.set(file, anchors);
	}
	return anchors;
}

/** The relative links of a file: `path`, `path#fragment` or `#fragment`. */
const linksOf = (file: string) =>
	[...walk(tokensOf(file))]
		.filter((t): t is Tokens.Link => t.type === 'link')
		.map((l) => l.href)
		.filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('/'));

describe('links between the repository’s Markdown files', () => {
	it('finds the headings it checks against', () => {
		expect(anchorsOf('docs/search-log.md')).toContain('what-fusejs-adds');
		expect(anchorsOf('docs/search.md')).toContain('known-gaps');
	});
	it.each(files)('%s: every relative link and fragment resolves', (file) => {
		const broken = linksOf(file).filter((href) => {
			const [path, fragment] = href.split('#') as [string, string | undefined];
			const target = path ? relative('.', join(dirname(file), decodeURI(path))) : file;
			if (!existsSync(target)) return true;
			return (
				fragment !== undefined &&
				target.endsWith('.md') &&
				!anchorsOf(target).has(decodeURIComponent(fragment))
			);
		});
		expect(broken).toEqual([]);
	});
});
