/**
 * Lighthouse on the built site: the home, an error page and the search page of each
 * language, served by `astro preview`, in the system Chromium. Prints the four category scores
 * side by side (target: 100 each). Not a test: run it and record the figures in docs/quality.md.
 *
 *   npm run build && npm run audit                 mobile (Lighthouse's default: throttled, small screen)
 *   npm run audit -- --desktop                     desktop preset
 *   npm run audit -- --url http://127.0.0.1:4321   audit a server already running
 *   npm run audit -- --json                        the scores as JSON
 *
 * Lighthouse is pinned (12.2.3) in package.json; chrome-launcher is the launcher it is built with.
 */
import { parseArgs } from 'node:util';
import lighthouse, { type Config, type Flags } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, describeChromium, findChromium } from './chromium.ts';
import { startPreview } from './preview-server.ts';

const { values: options } = parseArgs({
	options: {
		desktop: { type: 'boolean', default: false },
		json: { type: 'boolean', default: false },
		url: { type: 'string' },
		port: { type: 'string', default: '4339' },
	},
});

const pages: [kind: string, lang: string, path: string][] = [
	['home', 'en', '/en/'],
	['home', 'fr', '/fr/'],
	['error', 'en', '/en/errors/guest-agent-status-unavailable/'],
	['error', 'fr', '/fr/errors/guest-agent-status-unavailable/'],
	['search', 'en', '/en/search/?q=UserErrorGuestAgentStatusUnavailable'],
	['search', 'fr', '/fr/search/?q=UserErrorGuestAgentStatusUnavailable'],
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];
type Row = { kind: string; lang: string; path: string; failing: string[] } & Partial<
	Record<Category, number | null>
>;

async function main() {
	const server = options.url
		? { url: options.url.replace(/\/$/, ''), stop: () => {} }
		: await startPreview(Number(options.port));
	const choice = await findChromium();
	console.log(describeChromium(choice));
	const chrome = await chromeLauncher.launch({
		chromePath: choice.executablePath,
		chromeFlags: ['--headless=new', '--disable-dev-shm-usage', ...chromiumArgs],
	});
	const rows: Row[] = [];
	try {
		for (const [kind, lang, path] of pages) {
			const config: Config | undefined = options.desktop
				? (await import('lighthouse/core/config/desktop-config.js')).default
				: undefined;
			const flags: Flags = {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...categories],
			};
			const result = await lighthouse(`${server.url}${path}`, flags, config);
			const lhr = result?.lhr;
			if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
			if (lhr.runtimeError)
				console.error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
			const row: Row = { kind, lang, path, failing: [] };
			for (const c of categories) {
				const category = lhr.categories[c];
				const score = category?.score == null ? null : Math.round(category.score * 100);
				row[c] = score;
				if (score === 100 || !category) continue;
				// What kept a category under 100: the failing audits, for the docs and the owners.
				for (const ref of category.auditRefs) {
					const audit = lhr.audits[ref.id];
					if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
						row.failing.push(`${c}: ${ref.id} (${audit.displayValue ?? audit.score})`);
				}
			}
			rows.push(row);
		}
	} finally {
		chrome.kill();
		server.stop();
	}

	if (options.json) {
		console.log(JSON.stringify(rows, null, 2));
		return;
	}
	const head = ['page', 'lang', 'Performance', 'Accessibility', 'Best practices', 'SEO'];
	const table = [
		head,
		...rows.map((r) => [r.kind, r.lang, ...categories.map((c) => String(r[c] ?? '-'))]),
	];
	const widths = head.map((_, i) => table.reduce((w, row) => Math.max(w, row[i]?.length ?? 0), 0));
	const line = (row: string[]) =>
		row.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
	console.log(
		`Lighthouse ${options.desktop ? 'desktop' : 'mobile'} scores (target 100), ${server.url}\n`,
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
