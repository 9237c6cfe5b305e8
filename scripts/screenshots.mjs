// `npm run screenshots`: a chair's meeting walked through every view in headless Chromium at a
// side panel's width (400 px), light and dark, written to docs/screenshots/ for the README.
// The page clock is fixed (Playwright's clock) so the Run view shows a real overrun.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const extension = join(root, 'dist/chrome');
const out = join(root, 'docs/screenshots');
const browser = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (browser === undefined) throw new Error('no Chromium: set CHROME_PATH or apt-get install chromium');
mkdirSync(out, { recursive: true });

const AGENDA = '- Welcome and agenda (5m)\n- Release 4.2 status - 15 min\n  - CI failures\n- [10] Website branding\n- Hackathon planning (10 min)\n- AoB';

for (const scheme of ['light', 'dark']) {
	const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gavel-shots-')), {
		executablePath: browser,
		headless: true,
		colorScheme: scheme,
		viewport: { width: 400, height: 760 },
		args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--disable-background-networking', '--disable-component-update'],
	});
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
	const page = await context.newPage();
	await page.clock.install({ time: new Date('2026-11-25T16:00:00') });
	await page.goto(`chrome-extension://${new URL(worker.url()).host}/panel.html`);
	// Taken once every edit is written, so the header says "Saved".
	const shot = async (name) => {
		await page.locator('.saved', { hasText: /^Saved$/ }).waitFor();
		await page.screenshot({ path: join(out, `${name}-${scheme}.png`), fullPage: false });
	};

	await page.getByRole('button', { name: 'From agenda…' }).click();
	await page.getByLabel('Paste the agenda').fill(AGENDA);
	await page.getByRole('button', { name: 'Create meeting' }).click();
	await page.getByLabel('Title', { exact: true }).fill('Weekly Meeting: 2026-11-25');
	for (const name of ['Amir Chaudhry', 'Anil Madhavapeddy', 'Richard Mortier']) {
		await page.getByLabel('Add attendee').fill(name);
		await page.getByLabel('Add attendee').press('Enter');
	}
	await page.getByLabel('Chair').selectOption('Amir Chaudhry');
	await page.getByLabel('Start').fill('16:00');
	await shot('prepare');

	await page.getByRole('button', { name: 'Run' }).click();
	await page.getByRole('button', { name: 'Start meeting' }).click();
	await page.clock.fastForward('04:10');
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('textbox', { name: /^Notes for/ }).fill('The release is blocked on the TLS pull request; `mirage configure` needs one more fix.\n\nAnil will tag it once CI is green.');
	await page.getByLabel('Action owner').fill('Anil Madhavapeddy');
	await page.getByLabel('Action', { exact: true }).fill('tag 4.2 once CI is green');
	await page.getByLabel('Action', { exact: true }).press('Enter');
	await page.clock.fastForward('17:30');
	await shot('run');

	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await page.getByRole('textbox', { name: 'Markdown' }).waitFor();
	await page.waitForFunction(() => document.querySelector('.rendered')?.innerHTML !== '');
	await shot('publish');

	// The checks, just below the sticky header and tabs; a fix that takes words out shows them first.
	await page.getByRole('button', { name: 'Leave it out…' }).last().click();
	await page.getByRole('button', { name: 'Change it' }).waitFor();
	await page.evaluate(() => window.scrollTo(0, (document.querySelector('.checks')?.getBoundingClientRect().top ?? 0) + window.scrollY - (document.querySelector('.top')?.getBoundingClientRect().height ?? 0) - 8));
	await shot('checks');

	// The meeting becomes a weekly series; a week on, its next meeting reviews the open action.
	await page.getByRole('button', { name: 'Prepare' }).click();
	await page.getByRole('button', { name: 'Make a weekly series from this meeting' }).click();
	await page.getByLabel('Name', { exact: true }).fill('MirageOS weekly call');
	await page.getByLabel('Written by').fill('Amir Chaudhry');
	await page.getByLabel('Add a standing link').fill('call-agenda https://github.com/mirage/mirage-www/wiki/Call-Agenda');
	await page.getByLabel('Add a standing link').press('Enter');
	await page.clock.fastForward('24:00:00');
	await page.evaluate(() => window.scrollTo(0, 0));
	await shot('series');

	await page.getByRole('button', { name: 'All meetings' }).click();
	await page.getByRole('button', { name: /^Weekly Meeting/ }).first().waitFor();
	await shot('meetings');
	await context.close();
}
console.log(`wrote ${out}/{meetings,prepare,run,publish,checks,series}-{light,dark}.png`);
