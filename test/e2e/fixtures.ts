// Launches the system Chromium with the built extension (dist/chrome) in a fresh profile and
// hands tests the context and the extension's id. Without a Chromium, outside CI, the tests
// are skipped with a note; in CI that is a failure.
import { test as base, chromium, expect as baseExpect, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forgetClaimedPages } from './steps.ts';

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

/** Watches a browser for requests Gavel makes (WebSockets too: none unless a meeting is shared, and
 * then only to `relay`) and errors it logs; `check()` asserts there were none. */
export function watch(context: BrowserContext, relay?: RegExp): { check(): void } {
	const requests: string[] = [];
	const errors: string[] = [];
	const sockets: string[] = [];
	const onRequest = (request: { url(): string }) => {
		if (!/^(chrome-extension|chrome|blob|data):/.test(request.url()) && !allowed.some((url) => url.test(request.url()))) requests.push(request.url());
	};
	context.on('request', onRequest);
	// Chromium's own line when a connection to the relay fails (a test that stops the relay): not Gavel's error, which says "Offline" in the panel.
	const relayDown = (text: string) => {
		const failed = /^WebSocket connection to '([^']+)' failed/.exec(text)?.[1];
		return failed !== undefined && relay?.test(failed) === true;
	};
	const onPage = (page: Page) => {
		page.on('websocket', (socket) => void (relay?.test(socket.url()) === true || allowed.some((url) => url.test(socket.url())) || sockets.push(socket.url())));
		page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
		// (Chrome's own viewer of an image shown as a page styles it inline, which Gavel's CSP
		// refuses: not Gavel's code. The upgrade test uses such a page as a bare origin.)
		page.on('console', (message) => message.type() === 'error' && !page.url().endsWith('.png') && !relayDown(message.text()) && errors.push(`${page.url()}: ${message.text()}`));
	};
	context.pages().forEach(onPage);
	context.on('page', onPage);
	return {
		check() {
			context.off('request', onRequest);
			context.off('page', onPage);
			baseExpect(requests, 'network requests').toEqual([]);
			baseExpect(sockets, 'WebSocket connections').toEqual([]);
			baseExpect(errors, 'console errors').toEqual([]);
		},
	};
}

/**
 * The shared browser as a new one would be: no page but one blank tab, and nothing of Gavel's
 * kept (IndexedDB, localStorage, alarms, the badge, notifications).
 */
async function wipe(context: BrowserContext): Promise<void> {
	const pages = context.pages();
	const fresh = await context.newPage();
	for (const page of pages) await page.close();
	forgetClaimedPages();
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
	// First what could wake the background, then the data it would read.
	await worker.evaluate(async () => {
		await chrome.alarms.clearAll();
		await chrome.action.setBadgeText({ text: '' });
		await chrome.action.setTitle({ title: 'Open Gavel' });
		await Promise.all(Object.keys(await chrome.notifications.getAll()).map((id) => chrome.notifications.clear(id)));
	});
	// An image of the extension's is a page of its origin that runs none of Gavel's code.
	await fresh.goto(new URL('icons/16.png', worker.url()).href);
	await fresh.evaluate(() => {
		localStorage.clear();
		return new Promise<void>((resolve, reject) => {
			const deleting = indexedDB.deleteDatabase('gavel');
			deleting.onsuccess = () => resolve();
			deleting.onerror = () => reject(deleting.error);
		});
	});
	await fresh.goto('about:blank');
}

const needChromium = (testInfo: { skip(condition: boolean, why: string): void }) => {
	if (browserPath !== undefined) return;
	if (process.env['CI']) throw new Error('no Chromium: .ci/run installs Debian\'s chromium');
	testInfo.skip(true, 'no Chromium found (set CHROME_PATH or apt-get install chromium)');
};

export const test = base.extend<{ ownBrowser: boolean; profile: string; context: BrowserContext; extensionId: string; allowRequests: (url: RegExp) => void }, { sharedBrowser: { get(): Promise<BrowserContext> } }>({
	ownBrowser: [false, { option: true }],
	profile: async ({}, use, testInfo) => {
		needChromium(testInfo);
		await use(testInfo.outputPath('profile'));
	},
	// Started when a worker's first test that shares asks for it; closed with the worker.
	sharedBrowser: [
		async ({}, use) => {
			let started: Promise<BrowserContext> | undefined;
			await use({ get: () => (started ??= launch(mkdtempSync(join(tmpdir(), 'gavel-shared-')))) });
			await (await started)?.close().catch(() => undefined);
		},
		{ scope: 'worker' },
	],
	// Pages a test opens itself (a call's tab, served by the test) are not Gavel's requests.
	allowRequests: async ({}, use) => {
		await use((url) => allowed.push(url));
		allowed.length = 0;
	},
	context: async ({ ownBrowser, sharedBrowser }, use, testInfo) => {
		needChromium(testInfo);
		const shared = ownBrowser ? undefined : await sharedBrowser.get();
		if (shared !== undefined) await wipe(shared);
		const context = shared ?? (await launch(testInfo.outputPath('profile')));
		// Every test also asserts that Gavel made no network request and logged no error.
		const watching = watch(context);
		await use(context);
		if (shared === undefined) await context.close().catch(() => undefined);
		watching.check();
	},
	extensionId: async ({ context }, use) => {
		const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
		await use(new URL(worker.url()).host);
	},
});

export const expect = baseExpect;
