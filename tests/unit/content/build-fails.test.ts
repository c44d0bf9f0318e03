/**
 * The real build refuses bad content: each bad-content fixture is built with `astro build`
 * and must fail with a message naming the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { badCases, makeBadTree } from '../../fixtures/bad-content';

function build(contentDir: string): Promise<{ code: number | null; output: string }> {
	const outDir = mkdtempSync(join(tmpdir(), 'kb-out-'));
	return new Promise((resolve) => {
		const child = spawn('node_modules/.bin/astro', ['build'], {
			env: {
				...process.env,
				KB_CONTENT_DIR: contentDir,
				KB_OUT_DIR: outDir,
				KB_CACHE_DIR: `${contentDir}-cache`,
				FORCE_COLOR: '0',
				NO_COLOR: '1',
			},
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (code) => {
			rmSync(outDir, { recursive: true, force: true });
			rmSync(`${contentDir}-cache`, { recursive: true, force: true });
			resolve({ code, output });
		});
	});
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('astro build on bad content', { timeout: 120_000 }, () => {
	for (const c of badCases) {
		it(`fails on ${c.name}, naming ${c.file}${c.field ? ` / ${c.field}` : ''}`, async () => {
			const dir = makeBadTree(c);
			try {
				const { code, output } = await build(dir);
				const text = plain(output);
				expect(code, text.slice(-2000)).not.toBe(0);
				const name = c.file.split('/').pop()!;
				if (c.parserError) {
					// YAML and MDX syntax errors come from the parsers: the file with its line and column.
					expect(text).toMatch(new RegExp(`${escape(name)}:\\d+:\\d+`));
				} else if (c.schemaError) {
					// Astro's schema error: the entry, the field, and a hint.
					// (A case that breaks both twins is reported on whichever Astro loads first.)
					const [collection] = c.file.split('/');
					expect(text).toMatch(
						new RegExp(
							`${collection} → (en|fr)/${escape(name.replace(/\.mdx$/, ''))} data does not match collection schema`,
						),
					);
					expect(text).toMatch(new RegExp(`^\\s*${escape(c.field)}(\\*\\*)?:`, 'm'));
					expect(text).toMatch(/^\s*Hint:/m);
				} else {
					// Our cross-file checks: one line `<file> → <field>: <message>. Hint: <hint>`.
					expect(text).toMatch(
						new RegExp(`${escape(c.file)} → ${escape(c.field)}: .+\\. Hint: \\S`),
					);
				}
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		});
	}
});
