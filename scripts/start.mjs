// `npm start`: opens Chromium with a fresh profile and Gavel loaded from dist/chrome.
// Without a display it says so and explains how to load the extension by hand.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
console.log(`Opening ${browser} with Gavel loaded (profile ${profile}).`);
// An unpacked extension's id is the SHA-256 of its absolute path, first 32 hex digits mapped 0-f to a-p.
const id = [...createHash('sha256').update(extension).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
const args = [`--user-data-dir=${profile}`, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run', '--no-default-browser-check'];
spawn(browser, [...args, `chrome-extension://${id}/panel.html`], { stdio: 'inherit' });
