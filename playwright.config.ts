/**
 * End-to-end tests in a real Chromium against the built site served by `astro preview`
 * (never the dev server). The browser is the one `scripts/chromium.ts` finds.
 */
import { defineConfig, devices } from '@playwright/test';
import { describeChromium, findChromium, launchOptions } from './scripts/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4329);
const browser = await findChromium();
// Printed once, by the main process (workers load this file too).
if (!process.env.TEST_WORKER_INDEX) console.log(describeChromium(browser));

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	...(process.env.CI ? { workers: 2 } : {}),
	retries: 0,
	timeout: 60_000,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		...devices['Desktop Chrome'],
		launchOptions: launchOptions(browser),
	},
	webServer: {
		// The site is built once by `npm test` (or `npm run build`) before this runs. The same Node
		// as this process runs it (the pinned Node 24, even when started outside `npm run`);
		// --ignore-lock: Astro 7 refuses a second preview in the same project (e.g. a developer's
		// own `npm run preview`). The server's error output goes to a log file: the tests that
		// provoke server errors on purpose assert the response they get instead.
		command: `mkdir -p test-results && ${process.execPath} node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${port} --ignore-lock 2> test-results/preview-server.log`,
		url: `http://127.0.0.1:${port}/en/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
