/**
 * Times the matcher inside Chromium: bundles browser-entry.ts with esbuild, serves it with the
 * indexes from a small local server (cross-origin isolated, so `performance.now()` has
 * microsecond resolution), and drives the page with Playwright.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium, launchOptions } from '../../scripts/chromium.ts';

export interface Query {
	query: string;
	lang: 'en' | 'fr';
}

export interface BrowserBench {
	prepareMs(name: string): Promise<number>;
	ours(name: string, queries: Query[], rounds: number): Promise<number[]>;
	naive(name: string, queries: Query[], budgetMs: number): Promise<number[]>;
	isolated: boolean;
	close(): Promise<void>;
}

/** `files`: served under /data/<name>.json. */
export async function openBrowserBench(files: Record<string, unknown>): Promise<BrowserBench> {
	const bundle = await build({
		entryPoints: [new URL('./browser-entry.ts', import.meta.url).pathname],
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: 'es2022',
		write: false,
		minify: true,
	});
	const js = bundle.outputFiles[0]!.text;
	const bodies = new Map(
		Object.entries(files).map(([name, value]) => [`/data/${name}.json`, JSON.stringify(value)]),
	);
	const server: Server = createServer((req, res) => {
		const headers = {
			'Cross-Origin-Opener-Policy': 'same-origin',
			'Cross-Origin-Embedder-Policy': 'require-corp',
		};
		const body =
			req.url === '/'
				? {
						type: 'text/html',
						text: '<!doctype html><title>search bench</title><script src="/bench.js"></script>',
					}
				: req.url === '/bench.js'
					? { type: 'text/javascript', text: js }
					: bodies.has(req.url ?? '')
						? { type: 'application/json', text: bodies.get(req.url ?? '')! }
						: undefined;
		if (!body) {
			res.writeHead(404).end();
			return;
		}
		const bytes = Buffer.from(body.text);
		res
			.writeHead(200, {
				...headers,
				'Content-Type': body.type,
				'Content-Length': String(bytes.length),
			})
			.end(bytes);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as AddressInfo).port;
	const browser = await chromium.launch(launchOptions(await findChromium()));
	const page = await browser.newPage();
	page.setDefaultTimeout(600_000);
	await page.goto(`http://127.0.0.1:${port}/`);
	const isolated = await page.evaluate(
		() => (globalThis as unknown as { crossOriginIsolated: boolean }).crossOriginIsolated,
	);
	type B = {
		bench: {
			load(n: string): Promise<{ prepareMs: number }>;
			loadNaive(n: string): Promise<void>;
			timeOurs(n: string, q: Query[], r: number): number[];
			timeNaive(n: string, q: Query[], b: number): number[];
		};
	};
	const loaded = new Map<string, number>();
	const naiveLoaded = new Set<string>();
	const prepareMs = async (name: string) => {
		if (!loaded.has(name))
			loaded.set(
				name,
				(await page.evaluate((n) => (globalThis as unknown as B).bench.load(n), name)).prepareMs,
			);
		return loaded.get(name)!;
	};
	return {
		isolated,
		prepareMs,
		async ours(name, queries, rounds) {
			await prepareMs(name);
			return page.evaluate(([n, q, r]) => (globalThis as unknown as B).bench.timeOurs(n, q, r), [
				name,
				queries,
				rounds,
			] as const);
		},
		async naive(name, queries, budgetMs) {
			if (!naiveLoaded.has(name)) {
				await page.evaluate((n) => (globalThis as unknown as B).bench.loadNaive(n), name);
				naiveLoaded.add(name);
			}
			return page.evaluate(([n, q, b]) => (globalThis as unknown as B).bench.timeNaive(n, q, b), [
				name,
				queries,
				budgetMs,
			] as const);
		},
		async close() {
			await browser.close();
			server.close();
		},
	};
}
