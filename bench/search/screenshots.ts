/**
 * Screenshots of the search in both languages, desktop and 360 px wide, into bench/out/shots/
 * (for a look, not a test). Needs the built site served: BASE=http://127.0.0.1:4321 (default)
 * after `npm run build && npm run preview`. Run: `tsx bench/search/screenshots.ts`.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium';

const base = process.env.BASE ?? 'http://127.0.0.1:4321';
mkdirSync('bench/out/shots', { recursive: true });
const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: chromiumArgs });
async function shot(name: string, url: string, width: number, act?: (p: Page) => Promise<void>) {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	await page.goto(base + url);
	if (act) await act(page);
	await page.waitForTimeout(400);
	await page.screenshot({ path: `bench/out/shots/${name}.png` });
	console.log(name, (await page.locator('#search-results').getAttribute('data-verdict').catch(() => null)) ?? '', errors.join(' | '));
	await page.close();
}
const q = (s: string) => encodeURIComponent(s);
await shot('en-search-code', `/en/search/?q=${q('UserErrorGuestAgentStatusUnavailable - VM agent unable to communicate with Azure Backup')}`, 1200);
await shot('fr-search-cross-language', `/fr/search/?q=${q('Snapshot operation failed due to no network connectivity on the virtual machine')}`, 1200);
await shot('en-search-not-ours-360', `/en/search/?q=${q('Map backup failed with an internal error:')}`, 360);
await shot('fr-search-360', `/fr/search/?q=${q('Échec de l’opération d’extension VMSnapshot')}`, 360);
await shot('en-header-dropdown', '/en/errors/guest-agent-status-unavailable/', 1200, async (p) => {
	await p.keyboard.press('/');
	await p.keyboard.type('backup failed with an internal error');
	await p.waitForTimeout(800);
	await p.keyboard.press('ArrowDown');
});
await shot('fr-header-dropdown-360', '/fr/', 360, async (p) => {
	await p.locator('#header-search-input').click();
	await p.keyboard.type('instantane reseau');
	await p.waitForTimeout(800);
});
await browser.close();
