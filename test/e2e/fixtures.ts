// Launches the system Chromium with the built extension (dist/chrome) in a fresh profile and
// hands tests the context and the extension's id. Without a Chromium, outside CI, the tests
// are skipped with a note; in CI that is a failure.
import { test as base, chromium, expect as baseExpect, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The real side panel attaches as a target of type "other", which Playwright drops unless this
// (undocumented) switch is on (../shared/reference/toolchain.md §4); @playwright/test is pinned.
process.env['PW_CHROMIUM_ATTACH_TO_OTHER'] = '1';

export const extensionPath = fileURLToPath(new URL('../../dist/chrome', import.meta.url));
export const browserPath = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p !== undefined && existsSync(p));

/** Chromium with Gavel loaded, on the given profile folder (the same folder relaunches it). */
export async function launch(profile: string): Promise<BrowserContext> {
	if (browserPath === undefined) throw new Error('no Chromium');
	return chromium.launchPersistentContext(profile, {
		executablePath: browserPath,
		headless: true,
		viewport: { width: 400, height: 800 },
		acceptDownloads: true,
		// Headless hides scrollbars; a side panel on Linux or Windows has a classic one, 15 px of
		// its width (test/e2e/widths.spec.ts meets the width users have).
		ignoreDefaultArgs: ['--hide-scrollbars'],
		args: [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, '--disable-background-networking', '--disable-component-update', '--no-first-run'],
	});
}

const allowed: RegExp[] = [];

/** Watches a browser for requests Gavel makes and errors it logs; `check()` asserts there were none. */
export function watch(context: BrowserContext): { check(): void } {
	const requests: string[] = [];
	const errors: string[] = [];
	context.on('request', (request) => {
		if (!/^(chrome-extension|chrome|blob|data):/.test(request.url()) && !allowed.some((url) => url.test(request.url()))) requests.push(request.url());
	});
	const onPage = (page: Page) => {
		page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
		// (Chrome's own viewer of an image shown as a page styles it inline, which Gavel's CSP
		// refuses: not Gavel's code. The upgrade test uses such a page as a bare origin.)
		page.on('console', (message) => message.type() === 'error' && !page.url().endsWith('.png') && errors.push(`${page.url()}: ${message.text()}`));
	};
	context.pages().forEach(onPage);
	context.on('page', onPage);
	return {
		check() {
			baseExpect(requests, 'network requests').toEqual([]);
			baseExpect(errors, 'console errors').toEqual([]);
		},
	};
}

export const test = base.extend<{ profile: string; context: BrowserContext; extensionId: string; allowRequests: (url: RegExp) => void }>({
	profile: async ({}, use, testInfo) => {
		if (browserPath === undefined) {
			if (process.env['CI']) throw new Error('no Chromium: .ci/run installs Debian\'s chromium');
			testInfo.skip(true, 'no Chromium found (set CHROME_PATH or apt-get install chromium)');
		}
		await use(testInfo.outputPath('profile'));
	},
	// Pages a test opens itself (a call's tab, served by the test) are not Gavel's requests.
	allowRequests: async ({}, use) => {
		await use((url) => allowed.push(url));
		allowed.length = 0;
	},
	context: async ({ profile }, use) => {
		const context = await launch(profile);
		// Every test also asserts that Gavel made no network request and logged no error.
		const watching = watch(context);
		await use(context);
		await context.close().catch(() => undefined);
		watching.check();
	},
	extensionId: async ({ context }, use) => {
		const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
		await use(new URL(worker.url()).host);
	},
});

export const expect = baseExpect;
