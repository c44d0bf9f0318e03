#!/usr/bin/env node
/**
 * Screenshots of built pages for a human look: `npm run screenshot -- /en/errors/x/ [/fr/…]`.
 * Serves nothing itself: point it at a running `npm run preview` (BASE_URL, default :4321).
 * Options via env: WIDTH (default 1280), SCHEME=dark, OUT (default test-results/screens),
 * FULL=0 (viewport only), WAIT=<css selector> (wait for it before the shot).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const width = Number(process.env.WIDTH ?? 1280);
const out = process.env.OUT ?? 'test-results/screens';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({
	viewport: { width, height: 900 },
	colorScheme: process.env.SCHEME === 'dark' ? 'dark' : 'light',
});
for (const path of process.argv.slice(2)) {
	await page.goto(base + path);
	if (process.env.WAIT) await page.locator(process.env.WAIT).first().waitFor();
	const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_')}-${width}${process.env.SCHEME === 'dark' ? '-dark' : ''}.png`;
	await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
	console.log(file);
}
await browser.close();
