/**
 * `npm test`: every suite in turn (format, lint, type check, a production build, unit tests in
 * Node, then the end-to-end tests in Chromium against the build), the time each took, and one summary
 * line: `N passed, N failed`. Exits non-zero when anything failed or a suite could not run.
 */
import { spawnSync } from 'node:child_process';
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
}

const readJson = <T>(path: string): T | undefined =>
	existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;

const suites: Suite[] = [
	{ label: 'format', bin: 'prettier', args: ['--check', '--log-level', 'warn', '.'] },
	{ label: 'lint', bin: 'eslint', args: ['.'] },
	{ label: 'type check', bin: 'astro', args: ['check'] },
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

for (const suite of suites) {
	if (suite.needs && failedSuites.has(suite.needs)) {
		broken.push(`${suite.label} (not run: ${suite.needs} failed)`);
		continue;
	}
	console.log(`\n=== ${suite.label} ===`);
	const start = performance.now();
	const bin = `node_modules/.bin/${suite.bin}`;
	const run = spawnSync(process.execPath, [bin, ...suite.args], {
		stdio: 'inherit',
		env: {
			...process.env,
			CI: process.env.CI ?? '1',
			...(suite.envAfter && !failedSuites.has(suite.envAfter.after) ? suite.envAfter.env : {}),
		},
	});
	const ok = run.status === 0;
	times.push(`${suite.label} ${((performance.now() - start) / 1000).toFixed(1)} s`);
	if (!ok) failedSuites.add(suite.label);
	if (!suite.report) {
		if (ok) passed += 1;
		else failed += 1;
		continue;
	}
	const counts = suite.report();
	if (!counts) {
		broken.push(`${suite.label} (no report)`);
		continue;
	}
	passed += counts.passed;
	failed += counts.failed;
	if (!ok && counts.failed === 0) broken.push(`${suite.label} (suite error)`);
}

console.log(`\nTime per suite: ${times.join(', ')}`);
if (broken.length) console.log(`Suites that did not run cleanly: ${broken.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken.length > 0 ? 1 : 0);
