/**
 * Real `astro build`s for the unit tests, run in-process with Astro's programmatic `build()`
 * (as Starlight's end-to-end utilities do): no new Node process and no second load of Astro per
 * build. The content tree, output and cache folders are picked through the environment variables
 * that `astro.config.mjs` and `src/content.config.ts` read. Builds run one at a time.
 * Temporary folders stay under test-results/builds/ (cleared by `npm test`): Astro's content
 * store still writes to its cache on a timer after a failed build.
 */
import { build } from 'astro';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildOptions {
	/** Content tree to build (default: the project's `content/`). */
	contentDir?: string;
	/** Output folder (default: a new folder under test-results/builds/). */
	outDir?: string;
	/** Astro's cache folder (default: a new folder under test-results/builds/). */
	cacheDir?: string;
}

export interface BuildResult {
	ok: boolean;
	/**
	 * What the build reported when it failed, as the CLI shows it: the message, the file with its
	 * line and column when the error has one, and the hint.
	 */
	text: string;
}

interface AstroErrorLike {
	message?: string;
	hint?: string;
	loc?: { file?: string; line?: number; column?: number };
}

function describeError(err: unknown): string {
	const e = (err ?? {}) as AstroErrorLike;
	const loc = e.loc?.file ? `${e.loc.file}:${e.loc.line ?? 0}:${e.loc.column ?? 0}\n` : '';
	const text = `${loc}${e.message ?? String(err)}${e.hint ? `\nHint: ${e.hint}` : ''}`;
	// Astro's messages carry Markdown bold (`**codes**`), which the CLI renders as bold text.
	return text.replaceAll('**', '');
}

let queue: Promise<unknown> = Promise.resolve();

/** Builds the site with the given folders; never throws. */
export function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
	const run = async (): Promise<BuildResult> => {
		mkdirSync('test-results/builds', { recursive: true });
		const temp = mkdtempSync('test-results/builds/build-');
		const env = {
			KB_CONTENT_DIR: options.contentDir,
			KB_OUT_DIR: options.outDir ?? join(temp, 'dist'),
			KB_CACHE_DIR: options.cacheDir ?? join(temp, 'cache'),
		};
		const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
		for (const [k, v] of Object.entries(env)) {
			if (v === undefined) delete process.env[k];
			else process.env[k] = v;
		}
		try {
			await build({ root: process.cwd(), logLevel: 'silent' });
			return { ok: true, text: '' };
		} catch (err) {
			return { ok: false, text: describeError(err) };
		} finally {
			for (const [k, v] of Object.entries(saved)) {
				if (v === undefined) delete process.env[k];
				else process.env[k] = v;
			}
		}
	};
	const next = queue.then(run, run);
	queue = next;
	return next;
}
