// Firefox tests run in the same runner as Chromium's (Playwright's, project "firefox"), each with
// a fresh profile; every test also asserts that Gavel made no network request and reported no
// error. Without Firefox they are skipped with a note outside CI; in CI that is a failure.
import { test as base, expect } from '@playwright/test';
import { firefoxPath, launchFirefox, type Firefox, type FirefoxOptions } from './firefox.ts';

export const test = base.extend<{ profile: string; firefoxOptions: FirefoxOptions; firefox: Firefox }>({
	profile: async ({}, use, testInfo) => {
		if (firefoxPath === undefined) {
			if (process.env['CI']) throw new Error('no Firefox: .ci/run installs Debian\'s firefox-esr');
			testInfo.skip(true, 'no Firefox found (set FIREFOX_PATH or apt-get install firefox-esr)');
		}
		await use(testInfo.outputPath('profile'));
	},
	firefoxOptions: [{}, { option: true }],
	firefox: async ({ profile, firefoxOptions }, use, testInfo) => {
		const firefox = await launchFirefox(profile, firefoxOptions);
		await use(firefox);
		// What the pages showed when a step failed, beside the test's other output.
		if (testInfo.status !== testInfo.expectedStatus && firefox.browser.connected) {
			for (const [i, page] of (await firefox.browser.pages()).entries()) await page.screenshot({ path: testInfo.outputPath(`page-${i}.png`), fullPage: true }).catch(() => undefined);
		}
		await firefox.close();
		expect(firefox.requests, 'network requests').toEqual([]);
		expect(firefox.errors, 'errors Firefox reported').toEqual([]);
	},
});

export { expect };
