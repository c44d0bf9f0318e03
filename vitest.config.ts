import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// The `~/` import alias of tsconfig.json (pages and components use it).
	resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		testTimeout: 120_000,
		// Several files run real `astro build`s (bad content, renames, determinism); Astro writes
		// its generated types and content modules into the project's .astro/ whatever the out dir,
		// so two builds at once could read each other's files. One file at a time.
		fileParallelism: false,
		reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
	},
});
