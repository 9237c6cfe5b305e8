// A long history: the list opens on the newest twenty meetings, and "Show older meetings" brings
// older ones a hundred at a time, the focus on the first of them. The history is restored from a
// backup made in the panel, its one meeting copied into weekly calls going back half a year.
import { readFileSync, writeFileSync } from 'node:fs';
import { makeChecksum } from '../helpers/backup-checksum.ts';
import { expect, test } from './fixtures.ts';
import { openPanel } from './steps.ts';

type Created = { meetingId: string; type: string; meeting: { id: string; title: string; date: string } };

test('the list shows the newest twenty meetings, and older ones when asked', async ({ context, extensionId }, testInfo) => {
	const page = await openPanel(context, extensionId);
	await page.getByRole('button', { name: 'New meeting' }).click();
	await page.getByRole('button', { name: 'All meetings' }).click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up all meetings' }).click();
	const backup = JSON.parse(readFileSync((await (await downloading).path()) ?? '', 'utf8')) as { meetings: Array<{ id: string; events: Created[] }>; checksum?: string };
	const [made] = backup.meetings;
	if (made === undefined || made.events.length !== 1) throw new Error('a new meeting is one event');

	// 25 weekly calls before the one made here, newest first: 2025-11-19, 2025-11-12, …
	backup.meetings = Array.from({ length: 25 }, (_, n) => {
		const date = new Date(Date.UTC(2025, 10, 19) - n * 7 * 86_400_000).toISOString().slice(0, 10);
		const id = `weekly-${date}`;
		const [event] = made.events as [Created];
		return { id, events: [{ ...event, meetingId: id, meeting: { ...event.meeting, id, date, title: `Weekly call ${date}` } }] };
	});
	delete backup.checksum;
	const file = testInfo.outputPath('history.json');
	writeFileSync(file, JSON.stringify({ ...backup, checksum: await makeChecksum(backup) }));
	await page.getByLabel('Restore from a backup…').setInputFiles(file);
	await expect(page.getByRole('status')).toContainText('Restored 25 new meetings');

	const meetings = page.locator('ul.meetings > li button.meeting');
	await page.reload();
	await expect(meetings).toHaveCount(20);
	await expect(meetings.nth(1)).toContainText('Weekly call 2025-11-19');
	await page.getByRole('button', { name: 'Show older meetings' }).click();
	await expect(meetings).toHaveCount(26);
	await expect(meetings.last()).toContainText('Weekly call 2025-06-04');
	// The first of the older ones has the focus; there is nothing older to show.
	await expect(meetings.nth(20)).toBeFocused();
	await expect(page.getByRole('button', { name: 'Show older meetings' })).toHaveCount(0);
});
