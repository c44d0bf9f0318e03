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
			env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_OUT_DIR: outDir, KB_CACHE_DIR: `${contentDir}-cache`, FORCE_COLOR: '0', NO_COLOR: '1' },
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
				expect(text).toContain(c.file.split('/').pop());
				if (c.field) expect(text).toContain(c.field.replace(/\[\d+\]|\.\d+/g, '').split('.')[0]);
				// Our checks and Astro's schema errors give a hint; parsers give the line and column.
				if (c.parserError) expect(text).toMatch(new RegExp(`${c.file.split('/').pop()!.replace('.', '\\.')}:\\d+:\\d+`));
				else expect(text).toMatch(/Hint:\s*\S/);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		});
	}
});
