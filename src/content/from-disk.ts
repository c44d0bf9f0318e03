/**
 * Reads a content tree from disk in plain Node (no Astro): the same schemas and the same
 * graph checks as the build. Used by unit tests (bad-content fixtures), the `match` CLI
 * and the search benchmark.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isLang } from '../i18n/languages';
import { checkContent, formatProblems, type KnowledgeBase } from './graph';
import { collectionSchemas, type CollectionName } from './schemas';
import type { ContentProblem, RawEntry } from './types';

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits a Markdown/MDX file into its YAML front matter (parsed) and its body. */
export function splitFrontMatter(text: string): { data: unknown; body: string } {
	const m = frontMatter.exec(text);
	if (!m) throw new Error('missing front matter (the file must start with a --- YAML block ---)');
	return { data: parseYaml(m[1] ?? '') ?? {}, body: text.slice(m[0].length) };
}

export interface ReadResult {
	entries: (RawEntry & { body: string })[];
	problems: ContentProblem[];
}

/** Reads and validates every `<collection>/<lang>/<id>.mdx` under `root` (fields only). */
export function readContentDir(root: string, cwd = process.cwd()): ReadResult {
	const entries: ReadResult['entries'] = [];
	const problems: ContentProblem[] = [];
	for (const collection of Object.keys(collectionSchemas) as CollectionName[]) {
		const dir = join(root, collection);
		if (!existsSync(dir)) continue;
		for (const lang of readdirSync(dir).sort()) {
			const langDir = join(dir, lang);
			for (const name of readdirSync(langDir)
				.filter((n) => /\.mdx?$/.test(n))
				.sort()) {
				const path = join(langDir, name);
				const file = relative(cwd, path);
				if (!isLang(lang)) {
					problems.push({
						file,
						field: '(folder)',
						message: `unknown language folder "${lang}"`,
						hint: 'Use content/<collection>/fr/ or content/<collection>/en/.',
					});
					continue;
				}
				let parsed: { data: unknown; body: string };
				try {
					parsed = splitFrontMatter(readFileSync(path, 'utf8'));
				} catch (err) {
					problems.push({
						file,
						field: '(front matter)',
						message: (err as Error).message.split('\n')[0] ?? 'unreadable',
						hint: 'Check the YAML between the --- lines (indentation, quotes around strings with ":" or "#").',
					});
					continue;
				}
				const result = collectionSchemas[collection].safeParse(parsed.data);
				if (!result.success) {
					for (const issue of result.error.issues) {
						problems.push({
							file,
							field: issue.path.join('.') || '(front matter)',
							message: issue.message,
							hint: 'See the field’s documentation in src/content/schemas.ts.',
						});
					}
					continue;
				}
				entries.push({
					collection,
					id: name.replace(/\.mdx?$/, ''),
					lang,
					file,
					data: result.data,
					body: parsed.body,
				} as RawEntry & { body: string });
			}
		}
	}
	return { entries, problems };
}

/** Reads, validates and builds the graph; throws with every problem listed when anything is wrong. */
export function loadKnowledgeBaseFromDisk(root = 'content'): {
	kb: KnowledgeBase;
	entries: ReadResult['entries'];
} {
	const { entries, problems } = readContentDir(root);
	const checked = checkContent(entries);
	const all = [...problems, ...checked.problems];
	if (all.length > 0) throw new Error(formatProblems(all));
	return { kb: checked.kb, entries };
}
