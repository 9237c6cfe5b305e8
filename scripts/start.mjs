// `npm start`: opens Chromium with a fresh profile and Gavel loaded from dist/chrome, a demo call
// page in the tab and Gavel's side panel open beside it, as a chair would have them. It waits
// for the extension to be ready (a URL given on the command line would load before the
// extension registers, and be blocked). Without a display it says how to load it by hand.
import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const extension = resolve(new URL('../dist/chrome', import.meta.url).pathname);
const browser = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const manual = `Load it by hand: open chrome://extensions, turn on Developer mode, choose "Load unpacked" and pick\n  ${extension}`;

if (browser === undefined) {
	console.error(`No Chromium found (looked at CHROME_PATH, /usr/bin/chromium, /usr/bin/google-chrome).\n${manual}`);
	process.exit(1);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
	console.error(`Gavel is built in ${extension}, but there is no display to open Chromium on.\n${manual}`);
	process.exit(1);
}
const profile = mkdtempSync(join(tmpdir(), 'gavel-profile-'));
console.log(`Opening ${browser} with Gavel loaded (profile ${profile}). Close the window to stop.`);
const context = await chromium.launchPersistentContext(profile, {
	executablePath: browser,
	headless: false,
	viewport: null,
	// Not an automated test: no "controlled by automated software" bar.
	ignoreDefaultArgs: ['--enable-automation'],
	args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run', '--no-default-browser-check'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const page = context.pages()[0] ?? (await context.newPage());
// sidePanel.open needs a user gesture in an extension page: call it from one, then let that
// tab become the call.
await page.goto(`chrome-extension://${new URL(worker.url()).host}/panel.html`);
await page.evaluate(async () => chrome.sidePanel.open({ windowId: (await chrome.windows.getCurrent()).id }));
await page.goto(pathToFileURL(fileURLToPath(new URL('demo/call.html', import.meta.url))).href);
context.on('close', () => process.exit(0));
