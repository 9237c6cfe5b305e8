import { defineConfig } from 'vitest/config';

export default defineConfig({
	define: { __TARGET__: JSON.stringify('chrome') },
	test: {
		include: ['test/unit/**/*.test.{ts,tsx}'],
		environment: 'node',
		// CI sums every suite from the JSON reports (.ci/summary.mjs).
		reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
		outputFile: { json: 'reports/vitest.json' },
	},
});
