/**
 * Screenshots of built pages for a human look: `npm run screenshot -- /en/errors/x/ [/fr/…]`.
 * Serves nothing itself: point it at a running `npm run preview` (--base, default :4321).
 *
 *   --width 360       viewport width (default 1280)
 *   --dark            dark colour scheme
 *   --out <dir>       where the PNGs go (default test-results/screens)
 *   --viewport-only   the first screen only, not the full page
 *   --wait <css>      wait for this selector before each shot
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { describeChromium, findChromium, launchOptions } from './chromium.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		base: { type: 'string', default: process.env.BASE_URL ?? 'http://127.0.0.1:4321' },
		width: { type: 'string', default: '1280' },
		dark: { type: 'boolean', default: false },
		out: { type: 'string', default: 'test-results/screens' },
		'viewport-only': { type: 'boolean', default: false },
		wait: { type: 'string' },
	},
});
const width = Number(values.width);
mkdirSync(values.out, { recursive: true });
const choice = await findChromium();
console.log(describeChromium(choice));
const browser = await chromium.launch(launchOptions(choice));
const page = await browser.newPage({
	viewport: { width, height: 900 },
	colorScheme: values.dark ? 'dark' : 'light',
});
for (const path of positionals) {
	await page.goto(values.base + path);
	if (values.wait) await page.locator(values.wait).first().waitFor();
	const file = `${values.out}/${path.replace(/[^a-z0-9]+/gi, '_')}-${width}${values.dark ? '-dark' : ''}.png`;
	await page.screenshot({ path: file, fullPage: !values['viewport-only'] });
	console.log(file);
}
await browser.close();
