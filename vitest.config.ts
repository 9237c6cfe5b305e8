import { defineConfig } from 'vitest/config';

export default defineConfig({
	define: { __TARGET__: JSON.stringify('chrome') },
	// The polyfill throws outside an extension (DESIGN.md §5): unit tests get an in-memory browser.
	resolve: { alias: { 'webextension-polyfill': new URL('test/helpers/fake-browser.ts', import.meta.url).pathname } },
	test: {
		include: ['test/unit/**/*.test.{ts,tsx}'],
		environment: 'node',
		// The property tests run hundreds of cases (round-trip: ~1.2 s alone here); on a loaded
		// machine they passed vitest's default 5 s. A hang still fails, at 20 s.
		testTimeout: 20_000,
		// CI sums every suite from the JSON reports (.ci/summary.mjs).
		reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
		outputFile: { json: 'reports/vitest.json' },
	},
});
