// Before publishing, the chair sees what to look at and fixes each in one click.
import { expect, test } from './fixtures.ts';
import { newMeetingFromAgenda, openPanel } from './steps.ts';

test('the checks before publishing name each problem, and each fix clears it', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await newMeetingFromAgenda(page, '- Release (10m)\n- Website (5m)', { title: 'Checked call', attendees: ['Anil Madhavapeddy'] });
	await page.getByLabel('Chair').selectOption('Anil Madhavapeddy');
	await page.getByRole('button', { name: 'Run' }).click();
	await page.getByRole('button', { name: 'Start meeting' }).click();
	const notes = page.getByRole('textbox', { name: 'Notes for Release' });
	await notes.focus();
	await page.keyboard.type('Tagged.\naction: Zoe to write the post\ns/nothing/here/\n');

	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	const checks = page.getByRole('region', { name: /Before you publish/ });
	await expect(checks.getByRole('listitem')).toHaveText([
		/No secretary .*Choose the secretary/,
		/Zoe owns an action but is not among the attendees.*Add Zoe/,
		/Website.* has no notes.*Leave it out/,
		/the correction "s\/nothing\/here\/" matched nothing.*Remove the line/,
	]);
	await checks.getByRole('button', { name: 'Add Zoe' }).click();
	await checks.getByRole('button', { name: 'Leave it out' }).click();
	await checks.getByRole('button', { name: 'Remove the line' }).click();
	await expect(checks.getByRole('listitem')).toHaveCount(1);
	await checks.getByRole('button', { name: 'Choose the secretary' }).click();
	await expect(page.getByLabel('Secretary')).toBeFocused();
	await page.getByLabel('Secretary').selectOption('Zoe');
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(checks).toContainText('nothing to fix');
	await expect(page.getByRole('textbox', { name: 'Markdown' })).not.toHaveValue(/s\/nothing/);
});
