import { defineConfig } from '@playwright/test';

// Extensions need a persistent context, made per test in test/e2e/fixtures.ts; Playwright
// never downloads a browser here: it drives Debian's Chromium (or CHROME_PATH).
export default defineConfig({
	testDir: 'test/e2e',
	outputDir: 'test-results',
	timeout: 30_000,
	...(process.env['CI'] ? { workers: 2 } : {}),
	retries: 0,
	reporter: process.env['CI'] ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]] : 'list',
});
