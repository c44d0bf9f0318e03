/**
 * The one Chromium that the end-to-end tests, the benchmark, the screenshots and the Lighthouse
 * audit drive, found in this order:
 *   1. `CHROME_PATH`;
 *   2. a system Chromium (Debian's /usr/bin/chromium, a wrapper of /usr/lib/chromium/chromium);
 *   3. Playwright's own browser, when `npx playwright install chromium` has been run;
 *   4. otherwise the headless Chromium that ships brotli-packed inside the `@sparticuz/chromium`
 *      npm package: it installs with `npm install` like any package (no download at run time) and
 *      is unpacked once into the system's temporary folder (`/tmp/chromium`, about 1.5 s).
 * The flags keep a headless Chromium quiet on a machine with a closed network.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export interface ChromiumChoice {
	/** Absolute path of the executable. */
	executablePath: string;
	/** Where it came from, for the one line the tests print. */
	source: 'CHROME_PATH' | 'system Chromium' | "Playwright's Chromium" | '@sparticuz/chromium';
}

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

const systemPaths = [
	'/usr/bin/chromium',
	'/usr/lib/chromium/chromium',
	'/usr/bin/chromium-browser',
];

function playwrightOwn(): string | undefined {
	try {
		const path = chromium.executablePath();
		return existsSync(path) ? path : undefined;
	} catch {
		return undefined; // Playwright throws when it has no browser for this platform.
	}
}

/** Finds (and, for the packaged one, unpacks) the Chromium to use. */
export async function findChromium(env = process.env): Promise<ChromiumChoice> {
	const fromEnv = env.CHROME_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
		return { executablePath: fromEnv, source: 'CHROME_PATH' };
	}
	const system = systemPaths.find((p) => existsSync(p));
	if (system) return { executablePath: system, source: 'system Chromium' };
	const own = playwrightOwn();
	if (own) return { executablePath: own, source: "Playwright's Chromium" };
	const { default: packaged } = await import('@sparticuz/chromium');
	return { executablePath: await packaged.executablePath(), source: '@sparticuz/chromium' };
}

/** One line naming the browser, printed once by the test run. */
export const describeChromium = ({ executablePath, source }: ChromiumChoice): string =>
	`Chromium: ${source} (${executablePath})`;

/** Launch options for Playwright's `chromium.launch` / `use.launchOptions`. */
export const launchOptions = ({ executablePath }: ChromiumChoice) => ({
	executablePath,
	args: chromiumArgs,
});
