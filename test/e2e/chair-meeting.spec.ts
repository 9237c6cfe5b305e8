// A chair's whole meeting in the panel, in Chromium with Gavel loaded: prepare from a pasted
// agenda, run it, publish it; the downloaded minutes equal the golden file, and everything is
// still there after the browser is closed and started again on the same profile.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, launch, test } from './fixtures.ts';
import { newMeetingFromAgenda, openMeeting } from './steps.ts';

// A browser of its own (it restarts the browser): see fixtures.ts.
test.use({ ownBrowser: true });

const AGENDA = '- Welcome and agenda (5m)\n- Release 4.2 status - 15 min\n  - CI failures\n- [10] Website branding\n- Hackathon planning (10 min)\n- Security review (5m)';
const golden = new URL('../golden/e2e-chair-meeting.md', import.meta.url);

async function openPanel(page: Page, extensionId: string) {
	await page.clock.install({ time: new Date('2026-11-25T16:00:00') });
	await page.goto(`chrome-extension://${extensionId}/panel.html`);
}

test('a chair prepares, runs and publishes a meeting, and finds it again after a restart', async ({ context, extensionId, profile }) => {
	const page = await context.newPage();
	await openPanel(page, extensionId);

	// Prepare
	await newMeetingFromAgenda(page, AGENDA, { title: 'Weekly Meeting: 2026-11-25', attendees: ['Amir Chaudhry', 'Anil Madhavapeddy', 'Richard Mortier'] });
	await expect(page.getByRole('heading', { name: /Agenda/ })).toContainText('5 items · 45 min planned');
	await page.getByLabel('Chair').selectOption('Amir Chaudhry');
	await page.getByLabel('Start').fill('16:00');

	// Run
	await page.getByRole('button', { name: 'Run' }).click();
	await page.getByRole('button', { name: 'Start meeting' }).click();
	await page.getByRole('textbox', { name: /^Notes for/ }).fill('Everyone is here.');
	await page.clock.fastForward('04:00');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.locator('.clock .now')).toContainText('2. Release 4.2 status');
	await page.getByRole('textbox', { name: /^Notes for/ }).fill('Blocked on the TLS pull request.\n\nAnil will tag it once CI is green.');
	await page.getByLabel('Action owner').fill('Anil Madhavapeddy');
	await page.getByLabel('Action', { exact: true }).fill('tag 4.2 once CI is green');
	await page.getByRole('button', { name: 'Add action' }).click();
	// Its due date: a link until set, a date field while it is being set, then the link again.
	await page.getByRole('button', { name: 'Due date of “tag 4.2 once CI is green”: none' }).click();
	const due = page.getByLabel('Due date of “tag 4.2 once CI is green”', { exact: true });
	await expect(due).toBeFocused();
	await due.fill('2026-12-02');
	await due.press('Enter');
	await expect(page.getByRole('button', { name: 'Due date of “tag 4.2 once CI is green”: December 2' })).toBeFocused();
	await expect(page.locator('.action-controls')).toContainText('due December 2');
	await page.getByLabel('Decision').fill('Release on Friday');
	await page.getByRole('button', { name: 'Add decision' }).click();
	await page.clock.fastForward('18:00');
	await expect(page.locator('.clock')).toHaveClass(/over/);
	// The installed clock still moves with real time between steps: seconds, on a loaded machine.
	await expect(page.locator('.clock .left')).toHaveText(/^3:\d\d over$/);
	// 45 min planned from 16:00; one minute saved on the first item, three lost on this one.
	await expect(page.locator('.schedule')).toHaveText(/^Scheduled end 0?4:45\s?PM: 2 min late$|^Scheduled end 16:45: 2 min late$/);
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
	await page.getByRole('button', { name: 'End meeting' }).click();
	await expect(page.locator('.clock .now')).toContainText('Ended');

	// Publish, from the prompt the end of the meeting shows
	await page.getByRole('button', { name: 'Publish the minutes' }).click();
	await expect(page.locator('.rendered h4').first()).toHaveText('Welcome and agenda');
	// A new meeting's minutes are a draft, and say so, until the chair marks them final.
	await expect(page.locator('.status-line')).toContainText('Draft');
	await expect(page.getByRole('textbox', { name: 'Markdown' })).toHaveValue(/\ndraft: true\n---\n/);
	await page.getByRole('button', { name: 'Mark as final' }).click();
	await expect(page.locator('.status-line')).toContainText('Final');
	await expect(page.getByRole('textbox', { name: 'Markdown' })).not.toHaveValue(/draft/);
	await page.getByRole('button', { name: 'Copy minutes' }).click();
	await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
	// Paste it as a user would, into a text box of another panel page.
	const scratch = await context.newPage();
	await scratch.goto(`chrome-extension://${extensionId}/panel.html`);
	// A second panel opens where the chair is (this meeting's Publish view); the agenda box is on the list.
	await expect(scratch.locator('h1.meeting-title')).toHaveText('Weekly Meeting: 2026-11-25');
	await scratch.getByRole('button', { name: 'All meetings' }).click();
	await scratch.getByRole('button', { name: 'From agenda…' }).click();
	await scratch.getByLabel('Paste the agenda').focus();
	await scratch.keyboard.press('Control+V');
	const copied = await scratch.getByLabel('Paste the agenda').inputValue();
	await scratch.close();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: /^Download 2026-11-25\.md/ }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('2026-11-25.md');
	const file = readFileSync((await download.path()) ?? '', 'utf8');
	if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(golden)) writeFileSync(golden, file);
	expect(file).toBe(readFileSync(golden, 'utf8'));
	expect(copied).toBe(file);

	// Close the browser, start it again on the same profile: all there.
	await context.close();
	const again = await launch(profile);
	try {
		const worker = again.serviceWorkers()[0] ?? (await again.waitForEvent('serviceworker'));
		const reopened = await again.newPage();
		await openPanel(reopened, new URL(worker.url()).host);
		await openMeeting(reopened, /^Weekly Meeting: 2026-11-25/);
		await reopened.getByRole('button', { name: 'Publish', exact: true }).click();
		await expect(reopened.getByRole('textbox', { name: 'Markdown' })).toHaveValue(file);
	} finally {
		await again.close();
	}
});
