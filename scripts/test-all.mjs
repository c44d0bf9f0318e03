#!/usr/bin/env node
/**
 * Runs every suite (type check, unit tests in Node, then a production build, then the end-to-end tests in
 * Chromium against it) and prints one summary line: `N passed, N failed`.
 * Exits non-zero when anything failed or a suite could not run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (label, cmd, args) => {
	console.log(`\n=== ${label} ===`);
	const r = spawnSync(cmd, args, {
		stdio: 'inherit',
		env: { ...process.env, CI: process.env.CI ?? '1' },
	});
	return r.status === 0;
};
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

rmSync('test-results', { recursive: true, force: true });
let passed = 0;
let failed = 0;
let broken = [];

// Format, lint and type check: each counted as one check.
for (const [label, cmd, args] of [
	['format (prettier --check)', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
	['lint (eslint)', bin('eslint'), ['.']],
	['type check (astro check)', bin('astro'), ['check']],
]) {
	if (run(label, cmd, args)) passed += 1;
	else failed += 1;
}

const unitOk = run('unit tests (vitest)', bin('vitest'), ['run']);
const unit = readJson('test-results/unit.json');
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
} else broken.push('unit');
if (!unitOk && unit && unit.numFailedTests === 0) broken.push('unit (suite error)');

const buildOk = run('build', bin('astro'), ['build']);
if (!buildOk) {
	broken.push('build');
} else {
	const e2eOk = run('end-to-end tests (Playwright, Chromium)', bin('playwright'), ['test']);
	const e2e = readJson('test-results/e2e.json');
	if (e2e) {
		passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
		failed += e2e.stats.unexpected;
	} else broken.push('e2e');
	if (!e2eOk && e2e && e2e.stats.unexpected === 0) broken.push('e2e (suite error)');
}

if (broken.length) console.log(`\nSuites that did not run cleanly: ${broken.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken.length > 0 ? 1 : 0);
