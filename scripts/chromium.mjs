/**
 * Which Chromium the tests, the benchmark, the screenshots and the audit drive: the system one
 * when there is one (Debian's package: /usr/bin/chromium, a wrapper of /usr/lib/chromium/chromium),
 * else Playwright's own (`npx playwright install chromium`). The flags keep a headless Chromium
 * quiet on a machine with a closed network (no background connections, updates or sync).
 */
import { existsSync } from 'node:fs';

/** Path of the system Chromium, or undefined to let Playwright use its own browser. */
export const chromiumPath =
	process.env.CHROME_PATH ??
	['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** Launch options for Playwright's `chromium.launch` / `launchOptions`. */
export const chromiumLaunchOptions = {
	...(chromiumPath ? { executablePath: chromiumPath } : {}),
	args: chromiumArgs,
};
