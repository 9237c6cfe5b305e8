// The real side panel (not a tab) opens from the panel's own code and runs the first steps; and
// two panels on one meeting (two windows) stay in step without overwriting each other.
import { expect, test } from './fixtures.ts';
import { newMeetingFromAgenda, openPanel } from './steps.ts';

test('the real side panel opens and prepares a meeting', async ({ context, extensionId }) => {
	const tab = await context.newPage();
	await tab.goto(`chrome-extension://${extensionId}/panel.html`);
	const opened = context.waitForEvent('page', (p) => p.url().endsWith('/panel.html') && p !== tab);
	// sidePanel.open needs a user gesture: Playwright's evaluate in an extension page counts as one.
	await tab.evaluate(async () => chrome.sidePanel.open({ windowId: (await chrome.windows.getCurrent()).id! }));
	const panel = await opened;
	expect(await panel.evaluate(async () => (await chrome.tabs.getCurrent()) === undefined)).toBe(true);
	await newMeetingFromAgenda(panel, '- Welcome (5m)\n- Release (10m)');
	await expect(panel.getByRole('heading', { name: /Agenda/ })).toContainText('2 items · 15 min planned');
	await panel.getByRole('button', { name: 'Run' }).click();
	await panel.getByRole('button', { name: 'Start meeting' }).click();
	await expect(panel.locator('.clock .now')).toContainText('1. Welcome');
	// The tab sees what the side panel stored.
	await expect(panel.getByText('Saved')).toBeVisible();
	await tab.reload();
	await expect(tab.getByRole('button', { name: /^Meeting \d{4}-\d\d-\d\d/ })).toBeVisible();
});

test('two panels on one meeting show each other\'s notes', async ({ context, extensionId }) => {
	const left = await openPanel(context, extensionId);
	await newMeetingFromAgenda(left, '- Release (10m)\n- Website (5m)', { title: 'Shared call' });
	await left.getByRole('button', { name: 'Run' }).click();
	await expect(left.getByText('Saved')).toBeVisible();

	// A second window with its own panel document.
	const opened = context.waitForEvent('page');
	await left.evaluate((url) => chrome.windows.create({ url, focused: false }), `chrome-extension://${extensionId}/panel.html`);
	const right = await opened;
	await right.waitForLoadState();
	expect(await right.evaluate(async () => (await chrome.windows.getCurrent()).id)).not.toBe(await left.evaluate(async () => (await chrome.windows.getCurrent()).id));
	await right.getByRole('button', { name: /^Shared call/ }).click();
	await right.getByRole('button', { name: 'Run' }).click();

	await left.getByRole('textbox', { name: 'Notes for Release' }).fill('Left writes about the release.');
	await expect(right.getByRole('textbox', { name: 'Notes for Release' })).toHaveValue('Left writes about the release.');
	await right.getByRole('button', { name: 'Website' }).click();
	await right.getByRole('textbox', { name: 'Notes for Website' }).fill('Right writes about the website.');
	await left.getByRole('button', { name: 'Website' }).click();
	await expect(left.getByRole('textbox', { name: 'Notes for Website' })).toHaveValue('Right writes about the website.');
	await left.getByRole('button', { name: 'Release' }).click();
	await expect(left.getByRole('textbox', { name: 'Notes for Release' })).toHaveValue('Left writes about the release.');
});
