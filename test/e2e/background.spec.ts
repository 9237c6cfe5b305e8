// The background in Chromium: the toolbar button opens the side panel, and while an item runs
// the badge shows its remaining minutes and an alarm waits for the end of its budget; pausing
// stops the refresh, ending clears both.
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { newMeetingFromAgenda, openPanel } from './steps.ts';

const badge = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
const alarms = (worker: Worker) => worker.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name).sort());

test('the toolbar button opens the side panel', async ({ context }) => {
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
	expect(await worker.evaluate(async () => (await chrome.sidePanel.getPanelBehavior()).openPanelOnActionClick)).toBe(true);
	expect(await worker.evaluate(async () => (await chrome.sidePanel.getOptions({})).path)).toBe('panel.html');
});

test('the badge and alarms follow the running item', async ({ context, extensionId }) => {
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
	const page = await openPanel(context, extensionId);
	await newMeetingFromAgenda(page, '- Release status (5m)\n- Website (10m)');
	await page.getByRole('button', { name: 'Run' }).click();
	expect(await badge(worker)).toBe('');

	await page.getByRole('button', { name: 'Start meeting' }).click();
	await expect.poll(() => badge(worker)).toBe('5');
	await expect.poll(() => alarms(worker)).toEqual(expect.arrayContaining(['badge-tick', expect.stringMatching(/^item-end:/)]));
	expect(await worker.evaluate(() => chrome.action.getTitle({}))).toMatch(/^Gavel · Release status: 0 of 5 min$/);

	await page.getByRole('button', { name: 'Next' }).click();
	await expect.poll(() => badge(worker)).toBe('10');

	await page.getByRole('button', { name: 'Pause' }).click();
	await expect.poll(() => alarms(worker)).toEqual([]);
	expect(await badge(worker)).toBe('10');

	await page.getByRole('button', { name: 'End meeting' }).click();
	await expect.poll(() => badge(worker)).toBe('');
	expect(await alarms(worker)).toEqual([]);
});
