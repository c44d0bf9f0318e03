/**
 * `npm test`: every suite (format, lint and type check at the same time, then in turn a
 * production build, unit tests in Node, and the end-to-end tests in Chromium against the build),
 * the time each took, and one summary line: `N passed, N failed`. Exits non-zero when anything failed or a suite could not run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

interface Suite {
	label: string;
	/** A script of node_modules/.bin, run with this process's Node (the pinned Node 24). */
	bin: string;
	args: string[];
	/** Reads the suite's report: counts per test. Without one, the suite counts as one check. */
	report?: () => { passed: number; failed: number } | undefined;
	/** Skipped (and reported) when an earlier suite of this name failed. */
	needs?: string;
	/** Extra environment, given only when the suite named `after` passed. */
	envAfter?: { after: string; env: Record<string, string> };
	/**
	 * Runs at the same time as the suites around it that say so too (the checks that only read
	 * files, each on one core); their output is printed once they have all ended, suite by suite.
	 */
	concurrent?: boolean;
}

const readJson = <T>(path: string): T | undefined =>
	existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;

const suites: Suite[] = [
	{
		label: 'format',
		bin: 'prettier',
		args: ['--check', '--log-level', 'warn', '.'],
		concurrent: true,
	},
	{ label: 'lint', bin: 'eslint', args: ['.'], concurrent: true },
	{ label: 'type check', bin: 'astro', args: ['check'], concurrent: true },
	{ label: 'build', bin: 'astro', args: ['build'] },
	{
		label: 'unit',
		bin: 'vitest',
		args: ['run'],
		// The deterministic-build test compares its own build with the one just made.
		envAfter: { after: 'build', env: { KB_REFERENCE_BUILD: 'dist' } },
		report: () => {
			const r = readJson<{ numPassedTests: number; numFailedTests: number }>(
				'test-results/unit.json',
			);
			return r && { passed: r.numPassedTests, failed: r.numFailedTests };
		},
	},
	{
		label: 'e2e',
		bin: 'playwright',
		args: ['test'],
		needs: 'build',
		report: () => {
			const r = readJson<{ stats: { expected: number; flaky?: number; unexpected: number } }>(
				'test-results/e2e.json',
			);
			return r && { passed: r.stats.expected + (r.stats.flaky ?? 0), failed: r.stats.unexpected };
		},
	},
];

rmSync('test-results', { recursive: true, force: true });
let passed = 0;
let failed = 0;
const broken: string[] = [];
const times: string[] = [];
const failedSuites = new Set<string>();

const envOf = (suite: Suite) => ({
	...process.env,
	CI: process.env.CI ?? '1',
	...(suite.envAfter && !failedSuites.has(suite.envAfter.after) ? suite.envAfter.env : {}),
});

/** Runs a suite with its output on this terminal; resolves to whether it passed. */
function runInline(suite: Suite): boolean {
	console.log(`\n=== ${suite.label} ===`);
	const run = spawnSync(process.execPath, [`node_modules/.bin/${suite.bin}`, ...suite.args], {
		stdio: 'inherit',
		env: envOf(suite),
	});
	return run.status === 0;
}

/** Runs a suite with its output kept (stdout and stderr, in the order they came). */
function runCaptured(suite: Suite): Promise<{ ok: boolean; output: string; seconds: number }> {
	const start = performance.now();
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [`node_modules/.bin/${suite.bin}`, ...suite.args], {
			stdio: ['ignore', 'pipe', 'pipe'],
			env: envOf(suite),
		});
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d.toString()));
		child.stderr.on('data', (d: Buffer) => (output += d.toString()));
		child.on('close', (code) =>
			resolve({ ok: code === 0, output, seconds: (performance.now() - start) / 1000 }),
		);
	});
}

function record(suite: Suite, ok: boolean, seconds: number): void {
	times.push(`${suite.label} ${seconds.toFixed(1)} s`);
	if (!ok) failedSuites.add(suite.label);
	if (!suite.report) {
		if (ok) passed += 1;
		else failed += 1;
		return;
	}
	const counts = suite.report();
	if (!counts) {
		broken.push(`${suite.label} (no report)`);
		return;
	}
	passed += counts.passed;
	failed += counts.failed;
	if (!ok && counts.failed === 0) broken.push(`${suite.label} (suite error)`);
}

for (let i = 0; i < suites.length;) {
	const suite = suites[i]!;
	if (suite.concurrent) {
		const batch: Suite[] = [];
		while (suites[i]?.concurrent) batch.push(suites[i++]!);
		const results = await Promise.all(batch.map(runCaptured));
		batch.forEach((s, n) => {
			const r = results[n]!;
			console.log(`\n=== ${s.label} ===`);
			if (r.output) process.stdout.write(r.output.endsWith('\n') ? r.output : `${r.output}\n`);
			record(s, r.ok, r.seconds);
		});
		continue;
	}
	i++;
	if (suite.needs && failedSuites.has(suite.needs)) {
		broken.push(`${suite.label} (not run: ${suite.needs} failed)`);
		continue;
	}
	const start = performance.now();
	const ok = runInline(suite);
	record(suite, ok, (performance.now() - start) / 1000);
}

console.log(`\nTime per suite: ${times.join(', ')}`);
if (broken.length) console.log(`Suites that did not run cleanly: ${broken.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken.length > 0 ? 1 : 0);
