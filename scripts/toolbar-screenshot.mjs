// `npm run screenshots:toolbar`: Gavel's toolbar button as a chair sees it, on Chromium's dark
// and light toolbars, with the badge counting down an item and then in overrun. Headed Chromium
// on a private Xvfb (the toolbar is not drawn headless), the button pinned through the
// profile's preferences, the screen grabbed with ImageMagick: apt-get install xvfb imagemagick.
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const extension = join(root, 'dist/chrome');
const browser = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (browser === undefined) throw new Error('no Chromium: set CHROME_PATH or apt-get install chromium');
const work = mkdtempSync(join(tmpdir(), 'gavel-toolbar-'));

// Xvfb picks a free display and writes its number to fd 3.
const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1000x700x24'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
const display = await new Promise((resolve, reject) => {
	xvfb.stdio[3].once('data', (data) => resolve(`:${data.toString().trim()}`));
	xvfb.once('exit', () => reject(new Error('Xvfb did not start (apt-get install xvfb)')));
});

const launch = (profile, dark) => chromium.launchPersistentContext(profile, {
	executablePath: browser,
	headless: false,
	viewport: null,
	env: { ...process.env, DISPLAY: display },
	ignoreDefaultArgs: ['--enable-automation'],
	args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--window-size=900,600', '--window-position=0,0', ...(dark ? ['--force-dark-mode'] : [])],
});

const shots = [];
try {
	for (const dark of [true, false]) {
		const profile = join(work, dark ? 'dark' : 'light');
		// First run: learn the extension's id; then pin its button, as a user would.
		let context = await launch(profile, dark);
		const id = new URL((context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))).url()).host;
		await context.close();
		const prefsPath = join(profile, 'Default', 'Preferences');
		const prefs = JSON.parse(readFileSync(prefsPath, 'utf8'));
		writeFileSync(prefsPath, JSON.stringify({ ...prefs, extensions: { ...prefs.extensions, pinned_extensions: [id] } }));

		context = await launch(profile, dark);
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			for (const [name, behind] of [['running', 0], ['over', 14 * 60_000]]) {
				// The panel's clock stands `behind` real time: a 12-minute item started that long ago.
				await page.clock.setFixedTime(Date.now() - behind);
				await page.goto(`chrome-extension://${id}/panel.html`);
				await page.getByRole('button', { name: 'From agenda…' }).click();
				await page.getByLabel('Paste the agenda').fill('- Release status (12m)\n- Website (5m)');
				await page.getByRole('button', { name: 'Create meeting' }).click();
				await page.getByRole('button', { name: 'Run' }).click();
				await page.getByRole('button', { name: 'Start meeting' }).click();
				await page.waitForTimeout(1_500);
				const file = join(work, `${dark ? 'dark' : 'light'}-${name}.png`);
				execFileSync('import', ['-display', display, '-window', 'root', '-crop', '100x40+728+42', '+repage', file]);
				shots.push(file);
			}
		} finally {
			await context.close();
		}
	}
	const out = join(root, 'docs/screenshots/toolbar.png');
	// dark running, dark over / light running, light over; doubled so the pixels can be seen.
	execFileSync('convert', ['(', shots[0], shots[1], '+append', ')', '(', shots[2], shots[3], '+append', ')', '-append', '-scale', '200%', out]);
	console.log(`wrote ${out}`);
} finally {
	xvfb.kill();
	rmSync(work, { recursive: true, force: true });
}
