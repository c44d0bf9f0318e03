/**
 * The screenshots in docs/screens/: a home page, an error page, a deep link landing (a short link
 * with a fragment) and a printed error page, at 360 and 1280 px, light (French) and dark
 * (English), first screen only. Needs a running preview: `PORT=4521 npm run preview`, then
 * `npm run screens -- http://127.0.0.1:4521`.
 */
import { chromium } from 'playwright-core';
import { findChromium, launchOptions } from './chromium.ts';
const base = process.argv[2] ?? 'http://127.0.0.1:4321';
const browser = await chromium.launch(launchOptions(await findChromium()));
const shots: [string, string, boolean?][] = [
	['home', '/{lang}/'],
	['error', '/{lang}/errors/guest-agent-status-unavailable/'],
	['deep-link', '/go/UserErrorGuestAgentStatusUnavailable/#windows-agent-unresponsive'],
	['print', '/{lang}/errors/guest-agent-status-unavailable/', true],
];
for (const width of [360, 1280])
	for (const scheme of ['light', 'dark'] as const) {
		const lang = scheme === 'light' ? 'fr' : 'en';
		const context = await browser.newContext({
			viewport: { width, height: width === 360 ? 740 : 800 },
			colorScheme: scheme,
			locale: lang,
		});
		const page = await context.newPage();
		for (const [name, path, print] of shots) {
			await page.goto(base + path.replace('{lang}', lang));
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(name === 'deep-link' ? 400 : 100);
			if (print) await page.emulateMedia({ media: 'print', colorScheme: scheme });
			const file = `docs/screens/${name}-${lang}-${width}-${scheme}.png`;
			await page.screenshot({ path: file, fullPage: false });
			if (print) await page.emulateMedia({ media: 'screen' });
			console.log(file);
		}
		await context.close();
	}
await browser.close();
