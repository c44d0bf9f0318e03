import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The test files that run real `astro build`s (tests/support/astro-build.ts). */
const buildFiles = [
	'tests/unit/content/build-fails.test.ts',
	'tests/unit/content/renames.test.ts',
	'tests/unit/site/deterministic-build.test.ts',
];

export default defineConfig({
	// The `~/` import alias of tsconfig.json (pages and components use it).
	resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
	test: {
		testTimeout: 120_000,
		// Test files share the module cache of their worker (the content is read and checked once
		// per worker, not once per file): no test file mocks modules or changes global state.
		isolate: false,
		reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					include: ['tests/unit/**/*.test.ts'],
					exclude: buildFiles,
				},
			},
			{
				extends: true,
				test: {
					name: 'builds',
					include: buildFiles,
					// Astro writes its generated types and content modules into the project's .astro/
					// whatever the out dir, so two builds at once could read each other's files: these
					// files run one at a time, in one worker, while the other tests run beside them.
					fileParallelism: false,
				},
			},
		],
	},
});
