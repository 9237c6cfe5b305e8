// `npm run screenshots:sharing`: one meeting on two machines, side by side, for the README. Two
// headless Chromiums on profiles of their own and `gavel relay` on 127.0.0.1 (the built CLI): the
// chair shares, the secretary joins from the invitation and types; each panel shows the other.
// The pair is put side by side by Chromium itself (a page of two images), not by another tool.
import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuiltRelay } from './built-relay.mjs';

const root = new URL('..', import.meta.url).pathname;
const extension = join(root, 'dist/chrome');
const out = join(root, 'docs/screenshots');
const browser = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (browser === undefined) throw new Error('no Chromium: set CHROME_PATH or apt-get install chromium');
const relay = await startBuiltRelay();

async function machine(scheme, name) {
	const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), `gavel-${name}-`)), {
		executablePath: browser,
		headless: true,
		colorScheme: scheme,
		viewport: { width: 400, height: 700 },
		args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--disable-background-networking', '--disable-component-update'],
	});
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto(`chrome-extension://${new URL(worker.url()).host}/panel.html`);
	return { context, page };
}

try {
	for (const scheme of ['light', 'dark']) {
		const chair = await machine(scheme, 'chair');
		const secretary = await machine(scheme, 'secretary');
		const c = chair.page;
		const s = secretary.page;
		await c.getByRole('button', { name: 'From agenda…' }).click();
		await c.getByLabel('Paste the agenda').fill('- Welcome and agenda (5m)\n- Release 4.2 status - 15 min\n- [10] Website branding\n- AoB');
		await c.getByRole('button', { name: 'Create meeting' }).click();
		await c.getByLabel('Title', { exact: true }).fill('Weekly Meeting: 2026-12-02');
		await c.getByRole('button', { name: 'Run' }).click();
		await c.getByRole('button', { name: 'Start meeting' }).click();
		await c.getByRole('button', { name: 'Next' }).click();
		await c.getByRole('button', { name: 'Share', exact: true }).click();
		await c.getByLabel('Relay').fill(relay.url);
		await c.getByLabel('Your name, as the others see it').fill('Amir');
		await c.getByRole('button', { name: 'Share', exact: true }).last().click();
		const invitation = await c.getByLabel(/^Invitation/).inputValue();

		await s.getByRole('button', { name: 'Join a shared meeting…' }).click();
		await s.getByLabel('Invitation from the chair').fill(invitation);
		await s.getByLabel('Your name, as the others see it').fill('Mort (secretary)');
		await s.getByRole('button', { name: 'Join', exact: true }).click();
		await s.getByRole('textbox', { name: /^Notes for/ }).waitFor();
		await s.getByRole('textbox', { name: /^Notes for/ }).pressSequentially('Blocked on the TLS pull request; Anil tags it once CI is green.', { delay: 5 });
		await c.getByRole('region', { name: 'Sharing' }).getByText('typing…').waitFor();
		await c.getByRole('textbox', { name: /^Notes for/ }).waitFor();
		await c.locator('.saved', { hasText: /^Saved$/ }).waitFor();
		const shots = [await c.screenshot(), await s.screenshot()];
		const pair = await chair.context.newPage();
		await pair.setViewportSize({ width: 816, height: 700 });
		const images = shots.map((png) => `<img src="data:image/png;base64,${png.toString('base64')}" width="400" height="700">`).join('');
		await pair.setContent(`<body style="margin:0;display:flex;gap:16px;background:${scheme === 'dark' ? '#111' : '#ccc'}">${images}</body>`);
		await pair.screenshot({ path: join(out, `sharing-${scheme}.png`) });
		await chair.context.close();
		await secretary.context.close();
	}
} finally {
	relay.stop();
}
console.log(`wrote ${out}/sharing-{light,dark}.png`);
