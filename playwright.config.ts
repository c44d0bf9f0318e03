/**
 * End-to-end tests in a real Chromium against the built site served by `astro preview`
 * (never the dev server). Uses the system Chromium when there is one (Debian: /usr/bin/chromium),
 * else Playwright's own browser.
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4329);

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
		launchOptions: chromiumLaunchOptions,
	},
	webServer: {
		// The site is built once by `npm test` (or `npm run build`) before this runs.
		// --ignore-lock: Astro 7 refuses a second preview in the same project (e.g. a developer's own `npm run preview`).
		command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
		url: `http://127.0.0.1:${port}/en/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
