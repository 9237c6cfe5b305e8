// `npm run screenshots:firefox`: Gavel in Firefox's real sidebar, at its default width, light and
// dark, beside a demo call: headed Firefox ESR on a private Xvfb (the sidebar is browser chrome,
// which a headless page screenshot does not show), the add-on installed as a temporary one, a
// meeting started in a tab of the panel, the sidebar opened with its shortcut (Alt+Shift+G, typed
// by xdotool), the screen grabbed with ImageMagick: apt-get install firefox-esr xvfb xdotool imagemagick.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const UUID = '6a1b3c5d-0e2f-4a6b-8c9d-1e2f3a4b5c6d';
const work = mkdtempSync(join(tmpdir(), 'gavel-firefox-shot-'));
const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1100x720x24'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
const display = await new Promise((resolve, reject) => {
	xvfb.stdio[3].once('data', (data) => resolve(`:${data.toString().trim()}`));
	xvfb.once('exit', () => reject(new Error('Xvfb did not start (apt-get install xvfb)')));
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

try {
	for (const scheme of ['light', 'dark']) {
		const browser = await puppeteer.launch({
			browser: 'firefox',
			executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
			headless: false,
			userDataDir: join(work, scheme),
			env: { ...process.env, DISPLAY: display },
			args: ['--remote-allow-system-access', '--width=1100', '--height=720'],
			extraPrefsFirefox: {
				'extensions.webextensions.uuids': JSON.stringify({ 'gavel@gavel.invalid': UUID }),
				'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
				'ui.systemUsesDarkTheme': scheme === 'dark' ? 1 : 0,
				'extensions.activeThemeID': scheme === 'dark' ? 'firefox-compact-dark@mozilla.org' : 'firefox-compact-light@mozilla.org',
			},
		});
		try {
			await browser.installExtension(join(root, 'dist/firefox'));
			const page = (await browser.pages())[0] ?? (await browser.newPage());
			await page.goto(`moz-extension://${UUID}/panel.html`, { waitUntil: 'none' });
			await page.waitForFunction(() => performance.getEntriesByName('gavel-interactive').length > 0);
			// A meeting running 6 minutes into a 10-minute item, made as a chair makes it.
			await page.evaluate(() => {
				const real = Date.now.bind(Date);
				Date.now = () => real() - 6 * 60_000;
			});
			await (await page.waitForSelector('::-p-text(From agenda…)')).click();
			await page.type('#paste-agenda', '- Release 4.2 status (10m)\n- Website branding (10m)\n- Security review (5m)');
			await (await page.waitForSelector('::-p-text(Create meeting)')).click();
			await (await page.waitForSelector('.tabs button:nth-child(2)')).click();
			await (await page.waitForSelector('::-p-text(Start meeting)')).click();
			await page.type('textarea.notes', 'Blocked on the TLS pull request; Anil will tag it once CI is green.');
			await sleep(500);
			// The tab becomes the call; the sidebar opens beside it with its shortcut, and reopens
			// where the panel was last: Run, then Publish with its checks.
			const env = { ...process.env, DISPLAY: display };
			const toggleSidebar = async () => {
				const window = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'firefox'], { env, encoding: 'utf8' }).trim().split('\n').at(-1);
				execFileSync('xdotool', ['windowfocus', '--sync', window, 'key', '--clearmodifiers', 'alt+shift+g'], { env });
				await sleep(2_500);
			};
			for (const view of ['run', 'publish']) {
				if (view === 'publish') {
					await toggleSidebar();
					await page.goto(`moz-extension://${UUID}/panel.html`, { waitUntil: 'none' });
					await (await page.waitForSelector('.tabs button:nth-child(3)')).click();
					await page.waitForSelector('.checks');
					await sleep(500);
				}
				await page.goto(pathToFileURL(join(root, 'scripts/demo/call.html')).href);
				await toggleSidebar();
				const out = join(root, `docs/screenshots/firefox-${view}-${scheme}.png`);
				execFileSync('import', ['-display', display, '-window', 'root', '-crop', '640x720+0+0', '+repage', out]);
				console.log(`wrote ${out}`);
			}
		} finally {
			await browser.close();
		}
	}
} finally {
	xvfb.kill();
	rmSync(work, { recursive: true, force: true });
}
