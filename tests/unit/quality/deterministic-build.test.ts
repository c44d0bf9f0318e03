/**
 * Builds are deterministic (issue 5): two builds of the same tree, each into its own output and
 * cache directory, give byte-identical output. On failure the differing files are listed.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = 'test-results/deterministic-build';

function build(name: string): Promise<{ code: number | null; output: string; outDir: string }> {
	const outDir = join(root, name, 'dist');
	const cacheDir = join(root, name, 'cache');
	rmSync(join(root, name), { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	return new Promise((resolve) => {
		const child = spawn('node_modules/.bin/astro', ['build'], {
			env: {
				...process.env,
				KB_OUT_DIR: outDir,
				KB_CACHE_DIR: cacheDir,
				FORCE_COLOR: '0',
				NO_COLOR: '1',
			},
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (code) => resolve({ code, output, outDir }));
	});
}

/** Every file of a tree with the SHA-256 of its bytes. */
function hashes(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
		}
	};
	walk(dir);
	return out;
}

describe('deterministic build', () => {
	it('two builds give byte-identical output', { timeout: 180_000 }, async () => {
		// One after the other: two at once would share the machine's two cores with vitest's other workers.
		const a = await build('a');
		expect(a.code, a.output.slice(-2000)).toBe(0);
		const b = await build('b');
		expect(b.code, b.output.slice(-2000)).toBe(0);

		const ha = hashes(a.outDir);
		const hb = hashes(b.outDir);
		expect(ha.size, 'files in the first build').toBeGreaterThan(10);
		const differing = [...new Set([...ha.keys(), ...hb.keys()])]
			.filter((f) => ha.get(f) !== hb.get(f))
			.map((f) =>
				!ha.has(f)
					? `only in the second build: ${f}`
					: !hb.has(f)
						? `only in the first build: ${f}`
						: `differs: ${f}`,
			)
			.sort();
		expect(differing).toEqual([]);
		rmSync(root, { recursive: true, force: true });
	});
});
