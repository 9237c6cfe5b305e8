// The background in Chromium, stopped as an idle browser stops it: the toolbar button opens the
// side panel; starting, moving, pausing and ending the clock set the badge and the alarms at once
// although the worker is asleep (nothing the panel does wakes it); and the item's alarm wakes it
// to notify, with the panel closed. The worker is stopped from chrome://serviceworker-internals,
// as the browser stops it after 30 s idle: Playwright's debugger, attached to a running worker,
// would keep it awake for ever (../shared/reference/toolchain.md §4).
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { newMeetingFromAgenda, openPanel } from './steps.ts';

// A browser of its own (it stops the worker): see fixtures.ts.
test.use({ ownBrowser: true });

const badge = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));
const alarms = (page: Page) => page.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name).sort());

/** Stops the background as an idle browser does; the page then watches it, to show it stays stopped. */
async function stopBackground(context: BrowserContext): Promise<Page> {
	const internals = await context.newPage();
	await internals.goto('chrome://serviceworker-internals/');
	await internals.getByRole('button', { name: 'Stop' }).click();
	await expect(internals.getByText('Running Status: STOPPED')).toBeVisible();
	return internals;
}
const stillStopped = (internals: Page) => expect(internals.getByText('Running Status: STOPPED')).toBeVisible({ timeout: 100 });

test('the toolbar button opens the side panel', async ({ context }) => {
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
	expect(await worker.evaluate(async () => (await chrome.sidePanel.getPanelBehavior()).openPanelOnActionClick)).toBe(true);
	expect(await worker.evaluate(async () => (await chrome.sidePanel.getOptions({})).path)).toBe('panel.html');
});

test('with the background stopped, the badge and alarms follow the clock at once', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await newMeetingFromAgenda(page, '- Release status (5m)\n- Website (10m)');
	await page.getByRole('button', { name: 'Run' }).click();
	const internals = await stopBackground(context);
	expect(await badge(page)).toBe('');

	await page.getByRole('button', { name: 'Start meeting' }).click();
	await expect.poll(() => badge(page)).toBe('5');
	await expect.poll(() => alarms(page)).toEqual(['badge-tick', expect.stringMatching(/^item-end:/)]);
	expect(await page.evaluate(() => chrome.action.getTitle({}))).toBe('Gavel · Release status: 0 of 5 min');
	expect(await page.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([0x2e, 0x7d, 0x32, 255]);

	await page.getByRole('button', { name: 'Next' }).click();
	await expect.poll(() => badge(page)).toBe('10');
	const itemEnd = await page.evaluate(async () => (await chrome.alarms.getAll()).find((a) => a.name.startsWith('item-end:'))?.scheduledTime ?? 0);
	expect(Math.abs(itemEnd - (Date.now() + 10 * 60_000))).toBeLessThan(5_000);

	await page.getByRole('button', { name: 'Pause' }).click();
	await expect.poll(() => alarms(page)).toEqual([]);
	expect(await page.evaluate(() => chrome.action.getTitle({}))).toBe('Gavel · Website: 0 of 10 min (paused)');

	await page.getByRole('button', { name: 'End meeting' }).click();
	await expect.poll(() => badge(page)).toBe('');
	expect(await alarms(page)).toEqual([]);
	// None of it woke the background.
	await stillStopped(internals);
});

test('an item\'s time is up: the alarm wakes the stopped background, which notifies with the panel closed', async ({ context, extensionId }) => {
	const page = await context.newPage();
	// The panel's clock stands 52 s behind: the item's one minute is up 8 s after it starts.
	// (Journal order follows the clock, so it is set before the meeting is made.)
	const started = Date.now() - 52_000;
	await page.clock.setFixedTime(started);
	await page.goto(`chrome-extension://${extensionId}/panel.html`);
	await newMeetingFromAgenda(page, '- Quick check (1m)\n- Later (5m)');
	await page.getByRole('button', { name: 'Run' }).click();
	const internals = await stopBackground(context);

	await page.getByRole('button', { name: 'Start meeting' }).click();
	const due = started + 60_000;
	await expect.poll(() => alarms(page), { intervals: [100] }).toEqual(['badge-tick', expect.stringMatching(/^item-end:/)]);
	await stillStopped(internals);
	expect(await page.evaluate(() => chrome.notifications.getAll())).toEqual({});
	await page.close();

	// Only the alarm and IndexedDB are left to wake the background and tell it what to say.
	await expect(internals.getByText('Running Status: RUNNING')).toBeVisible({ timeout: 20_000 });
	// (Playwright keeps the stopped worker's handle and attaches it to the started one.)
	const woken: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
	await expect.poll(async () => Object.keys(await woken.evaluate(() => chrome.notifications.getAll())), { timeout: 15_000, intervals: [100] }).toEqual([expect.stringMatching(/^item-end:/)]);
	const late = Date.now() - due;
	// Never early; how late is reported (machines here are shared, so no bound is asserted).
	expect(late).toBeGreaterThan(-500);
	test.info().annotations.push({ type: 'notification after the budget (ms)', description: String(late) });
	console.log(`item-end notification ${late} ms after the budget ran out, from a background stopped before the meeting started`);
	// And the badge turns to the overrun, in red.
	await expect.poll(() => woken.evaluate(() => chrome.action.getBadgeText({}))).toBe('+1');
	expect(await woken.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([0xc6, 0x28, 0x28, 255]);
});
