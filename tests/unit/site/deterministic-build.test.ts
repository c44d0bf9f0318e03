/**
 * Builds are deterministic: two builds of the same tree, each into its own output and
 * cache directory, give byte-identical output. On failure the differing files are listed.
 * Under `npm test` the first build is the CLI build the suite just made (KB_REFERENCE_BUILD).
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSite } from '../../support/astro-build';

const root = 'test-results/deterministic-build';

async function build(name: string): Promise<{ ok: boolean; text: string; outDir: string }> {
	const outDir = join(root, name, 'dist');
	rmSync(join(root, name), { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	return { ...(await buildSite({ outDir, cacheDir: join(root, name, 'cache') })), outDir };
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

/**
 * A build of the same tree made just before by `astro build` (`npm test` builds the site before
 * the unit tests and names its output here), used as the first of the two builds.
 */
const reference = process.env.KB_REFERENCE_BUILD;

describe('deterministic build', () => {
	it('two builds give byte-identical output', { timeout: 180_000 }, async () => {
		const a =
			reference && existsSync(reference)
				? { ok: true, text: '', outDir: reference }
				: await build('a');
		expect(a.ok, a.text).toBe(true);
		const b = await build('b');
		expect(b.ok, b.text).toBe(true);

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
