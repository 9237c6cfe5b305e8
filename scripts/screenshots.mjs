// `npm run screenshots`: the panel in headless Chromium at a side panel's width, light and
// dark, written to docs/screenshots/ for the README.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const extension = join(root, 'dist/chrome');
const browser = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (browser === undefined) throw new Error('no Chromium: set CHROME_PATH or apt-get install chromium');
mkdirSync(join(root, 'docs/screenshots'), { recursive: true });

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gavel-shots-')), {
	executablePath: browser,
	headless: true,
	args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--disable-background-networking', '--disable-component-update'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
for (const scheme of ['light', 'dark']) {
	const page = await context.newPage();
	await page.setViewportSize({ width: 360, height: 560 });
	await page.emulateMedia({ colorScheme: scheme });
	await page.goto(`chrome-extension://${id}/panel.html`);
	await page.getByLabel('Agenda').fill('- Welcome and agenda (5m)\n- Release 4.2 status - 15 min\n  - CI failures\n  - TLS pull request\n- [10] Website branding\n- Hackathon planning (10 min)\n- AoB');
	await page.screenshot({ path: join(root, `docs/screenshots/panel-${scheme}.png`) });
	await page.close();
}
await context.close();
console.log('wrote docs/screenshots/panel-light.png and panel-dark.png');
