// The real side panel (not a tab) opens from the panel's own code and runs the first steps; and
// two panels on one meeting (two windows) stay in step without overwriting each other.
import { expect, test } from './fixtures.ts';
import { dumpDatabase, newMeetingFromAgenda, openMeeting, openPanel } from './steps.ts';
import { typeAtOnceTries } from './typing-at-once.ts';

// A browser of its own (it opens the real side panel and windows): see fixtures.ts.
test.use({ ownBrowser: true });

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
	// Reloaded, the tab opens where the chair is: that meeting, running.
	await tab.reload();
	await expect(tab.locator('h1.meeting-title')).toHaveText(/^Meeting \d{4}-\d\d-\d\d/);
	await expect(tab.locator('.clock .now')).toContainText('1. Welcome');
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
	await openMeeting(right, /^Shared call/);
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

test('two windows typing into the same notes at once: each one’s words whole and in order, 10 tries in 10', async ({ context, extensionId }) => {
	const left = await openPanel(context, extensionId);
	await newMeetingFromAgenda(left, '- Release (10m)', { title: 'Busy call' });
	await left.getByRole('button', { name: 'Run' }).click();
	const opened = context.waitForEvent('page');
	await left.evaluate((url) => chrome.windows.create({ url, focused: false }), `chrome-extension://${extensionId}/panel.html`);
	const right = await opened;
	await openMeeting(right, /^Busy call/);
	await right.getByRole('button', { name: 'Run' }).click();
	const leftNotes = left.getByRole('textbox', { name: 'Notes for Release' });
	const rightNotes = right.getByRole('textbox', { name: 'Notes for Release' });
	// Ten times, both type a line at once from the end of the notes, key for key.
	const { displaced, notes } = await typeAtOnceTries(leftNotes, rightNotes, (round) => [`left ${round} types `, `RIGHT ${round} TYPES `]);
	console.log(`displaced characters, two windows: ${displaced.join(' ')}`);
	expect(displaced).toEqual(Array(10).fill(0));
	await expect(left.getByRole('alert')).toHaveCount(0);

	// What is stored is what both show.
	const fresh = await openPanel(context, extensionId);
	await openMeeting(fresh, /^Busy call/);
	await fresh.getByRole('button', { name: 'Run' }).click();
	await expect(fresh.getByRole('textbox', { name: 'Notes for Release' })).toHaveValue(notes);
});

test('overlapping edits from another panel are not lost: the chair is told and can put the text back', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await newMeetingFromAgenda(page, '- Release (10m)', { title: 'Clash call' });
	await page.getByRole('button', { name: 'Run' }).click();
	const notes = page.getByRole('textbox', { name: 'Notes for Release' });
	await notes.fill('Blocked on SSL.');
	// Another panel changed the same word, typed on the notes as they were a moment before
	// ("Blocked on SSH."): its message arrives on the channel the panels share.
	// Its ids, from the snapshot (written a moment after the events).
	await expect.poll(async () => (await dumpDatabase(page)).meetings[0]?.state.items.length).toBe(1);
	const meeting = (await dumpDatabase(page)).meetings[0];
	await page.evaluate(({ meetingId, itemId }) => {
		const event = { meetingId, at: Date.now() + 1, writer: 'other-panel', seq: 1, type: 'item.updated', itemId, patch: { notes: 'Blocked on TLS.' }, edit: { from: 11, removed: 'SSH', insert: 'TLS' } };
		const channel = new BroadcastChannel('gavel');
		channel.postMessage({ kind: 'gavel-events', events: [event] });
		channel.close();
	}, { meetingId: meeting?.id, itemId: meeting?.state.items[0]?.id });
	await expect(notes).toHaveValue('Blocked on TLS.');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Two windows changed the same words');
	await expect(alert.locator('pre')).toHaveText('Blocked on SSL.');
	await page.getByRole('button', { name: 'Add it below the notes' }).click();
	await expect(notes).toHaveValue('Blocked on TLS.\n\nBlocked on SSL.');
	await expect(alert).toHaveCount(0);
});

test('a panel reopens where the chair left it: in the meeting and its view, or on the list', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await newMeetingFromAgenda(page, '- Release (10m)', { title: 'Reopened call' });
	await page.getByRole('button', { name: 'Run' }).click();
	await page.getByRole('textbox', { name: 'Notes for Release' }).fill('Half a sentence');
	await page.reload();
	await expect(page.locator('h1.meeting-title')).toHaveText('Reopened call');
	await expect(page.getByRole('button', { name: 'Run' })).toHaveAttribute('aria-current', 'page');
	await expect(page.getByRole('textbox', { name: 'Notes for Release' })).toHaveValue('Half a sentence');
	// The panel says it is interactive (after the frame that drew the notes box), once.
	const interactive = () => page.evaluate(() => performance.getEntriesByName('gavel-interactive').length);
	await expect.poll(interactive).toBe(1);

	await page.getByRole('button', { name: 'Prepare' }).click();
	await expect(page.getByLabel('Title', { exact: true })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Prepare' })).toHaveAttribute('aria-current', 'page');
	await page.getByRole('button', { name: 'All meetings' }).click();
	await expect(page.getByRole('button', { name: /^Reopened call/ })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('button', { name: /^Reopened call/ })).toBeVisible();
	await expect.poll(interactive).toBe(1);
});
