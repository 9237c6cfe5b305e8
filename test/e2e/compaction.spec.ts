// An ended meeting's journal is compacted when the chair leaves it: each run of keystrokes folds
// into one event, and the meeting reads back the same.
import { expect, test } from './fixtures.ts';
import { dumpDatabase, newMeetingFromAgenda, openMeeting, openPanel } from './steps.ts';

test('leaving an ended meeting folds its keystrokes, and the meeting is unchanged', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await newMeetingFromAgenda(page, '- Release (10m)\n- Website (5m)', { title: 'Compacted call' });
	await page.getByRole('button', { name: 'Run' }).click();
	await page.getByRole('button', { name: 'Start meeting' }).click();
	await page.getByRole('textbox', { name: 'Notes for Release' }).pressSequentially('Tagged 4.2 today.');
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('textbox', { name: 'Notes for Website' }).pressSequentially('New logo.');
	await page.getByRole('button', { name: 'End meeting' }).click();
	await expect(page.getByText('Saved')).toBeVisible();
	const typed = (dump: Awaited<ReturnType<typeof dumpDatabase>>) => (dump.events as Array<{ type: string; patch?: { notes?: string } }>).filter((e) => e.type === 'item.updated' && e.patch?.notes !== undefined);
	expect(typed(await dumpDatabase(page))).toHaveLength('Tagged 4.2 today.'.length + 'New logo.'.length);

	await page.getByRole('button', { name: 'All meetings' }).click();
	await expect.poll(async () => typed(await dumpDatabase(page)).map((e) => e.patch?.notes)).toEqual(['Tagged 4.2 today.', 'New logo.']);
	await openMeeting(page, /^Compacted call/);
	await page.getByRole('button', { name: 'Run' }).click();
	await page.getByRole('link', { name: 'Release' }).or(page.getByRole('button', { name: 'Release', exact: true })).first().click();
	await expect(page.getByRole('textbox', { name: 'Notes for Release' })).toHaveValue('Tagged 4.2 today.');
});
