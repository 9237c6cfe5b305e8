import { defineConfig } from '@playwright/test';

// Two browsers, one runner. Chromium: the built extension in Debian's Chromium (or CHROME_PATH),
// a persistent context per test (test/e2e/fixtures.ts). Firefox: Debian's firefox-esr driven by
// puppeteer-core over WebDriver BiDi (test/e2e-firefox/fixtures.ts). Nothing downloads a browser.
export default defineConfig({
	outputDir: 'test-results',
	timeout: 30_000,
	...(process.env['CI'] ? { workers: 2 } : {}),
	retries: 0,
	reporter: process.env['CI'] ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]] : 'list',
	projects: [
		{ name: 'chromium', testDir: 'test/e2e' },
		// Firefox takes ~4.5 s to start here (session.new waits for its startup to finish), twice in
		// a test that restarts it; under two workers that doubles.
		{ name: 'firefox', testDir: 'test/e2e-firefox', timeout: 60_000 },
	],
});
