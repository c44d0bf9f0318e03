#!/usr/bin/env node
/**
 * Lighthouse on the built site (issue 5): the home, an error page and the search page of each
 * language, served by `astro preview`, in the system Chromium. Prints the four category scores
 * side by side (target: 100 each). Not a test: run it and record the figures in docs/quality.md.
 *
 *   npm run build && npm run audit                 mobile (Lighthouse's default: throttled, small screen)
 *   npm run audit -- --desktop                     desktop preset
 *   npm run audit -- --url http://127.0.0.1:4321   audit a server already running
 *   npm run audit -- --json                        the scores as JSON
 *
 * Chromium: $CHROME_PATH, else /usr/bin/chromium. Lighthouse is pinned (12.2.3) in package.json.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};

const pages = [
	['home', 'en', '/en/'],
	['home', 'fr', '/fr/'],
	['error', 'en', '/en/errors/guest-agent-status-unavailable/'],
	['error', 'fr', '/fr/errors/guest-agent-status-unavailable/'],
	['search', 'en', '/en/search/?q=UserErrorGuestAgentStatusUnavailable'],
	['search', 'fr', '/fr/search/?q=UserErrorGuestAgentStatusUnavailable'],
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Starts `astro preview` on a free port of 127.0.0.1 (alongside any other one) and waits for it. */
async function startPreview(port) {
	const child = spawn(
		'node_modules/.bin/astro',
		['preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
		{ stdio: ['ignore', 'pipe', 'pipe'] },
	);
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${url}/en/`)).ok) return { url, stop: () => child.kill() };
		} catch {
			/* not up yet */
		}
		if (child.exitCode !== null) break;
		await new Promise((r) => setTimeout(r, 200));
	}
	child.kill();
	throw new Error(`astro preview did not start on ${url}; run \`npm run build\` first.`);
}

async function main() {
	if (!option('--url') && !existsSync('dist/index.html'))
		throw new Error('No built site in dist/: run `npm run build` first.');
	const server = option('--url')
		? { url: option('--url').replace(/\/$/, ''), stop: () => {} }
		: await startPreview(Number(option('--port') ?? 4339));
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags: ['--headless=new', '--disable-dev-shm-usage', ...chromiumArgs],
	});
	const rows = [];
	try {
		for (const [kind, lang, path] of pages) {
			const config = flag('--desktop')
				? (await import('lighthouse/core/config/desktop-config.js')).default
				: undefined;
			const result = await lighthouse(
				`${server.url}${path}`,
				{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
				config,
			);
			const lhr = result?.lhr;
			if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
			if (lhr.runtimeError)
				console.error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
			const scores = Object.fromEntries(
				categories.map((c) => [
					c,
					lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100),
				]),
			);
			// What kept a category under 100: the failing audits, for the docs and the owners.
			const failing = categories
				.filter((c) => scores[c] !== 100)
				.flatMap((c) =>
					(lhr.categories[c]?.auditRefs ?? [])
						.filter(
							(r) =>
								r.weight > 0 && lhr.audits[r.id]?.score !== null && lhr.audits[r.id]?.score < 1,
						)
						.map(
							(r) => `${c}: ${r.id} (${lhr.audits[r.id].displayValue ?? lhr.audits[r.id].score})`,
						),
				);
			rows.push({ kind, lang, path, ...scores, failing });
		}
	} finally {
		await chrome.kill();
		server.stop();
	}

	if (flag('--json')) {
		console.log(JSON.stringify(rows, null, 2));
		return;
	}
	const head = ['page', 'lang', 'Performance', 'Accessibility', 'Best practices', 'SEO'];
	const table = [
		head,
		...rows.map((r) => [r.kind, r.lang, ...categories.map((c) => String(r[c] ?? '-'))]),
	];
	const widths = head.map((_, i) => Math.max(...table.map((row) => row[i].length)));
	const line = (row) =>
		row.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	console.log(
		`Lighthouse ${flag('--desktop') ? 'desktop' : 'mobile'} scores (target 100), ${server.url}\n`,
	);
	console.log(line(head));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of table.slice(1)) console.log(line(row));
	const below = rows.filter((r) => r.failing.length);
	if (below.length) {
		console.log('\nBelow 100 because of:');
		for (const r of below)
			console.log(`  ${r.path}\n${r.failing.map((f) => `    ${f}`).join('\n')}`);
	}
}

main().catch((err) => {
	console.error(err instanceof Error ? err.message : err);
	process.exit(1);
});
