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
		/src\/data.ml line cannot be written without the minutes' author.*Name the author/,
		/Zoe owns an action but is not among the attendees.*Add Zoe/,
		/Website.* has no notes.*Leave it out/,
		/the correction "s\/nothing\/here\/" matched nothing.*Remove the line/,
	]);
	await checks.getByRole('button', { name: 'Add Zoe' }).click();
	// Fixes that take words out of the minutes show them and ask; Escape keeps the text.
	await checks.getByRole('button', { name: 'Leave it out…' }).click();
	const change = checks.getByRole('group', { name: 'Leave it out: the change to the minutes' });
	// The agenda line goes, and the description made from the agenda follows it.
	await expect(change.locator('del')).toHaveText([/^− description: '.*: Release and Website'$/, '− - Website']);
	await expect(change.locator('ins')).toHaveText([/^\+ description: '.*: Release'$/]);
	await expect(change.getByRole('button', { name: 'Change it' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(change).toHaveCount(0);
	await checks.getByRole('button', { name: 'Leave it out…' }).click();
	await expect(change.getByRole('button', { name: 'Change it' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(change).toHaveCount(0);
	await checks.getByRole('button', { name: 'Remove the line…' }).click();
	await checks.getByRole('button', { name: 'Change it' }).click();
	await expect(checks.getByRole('listitem')).toHaveCount(2);
	await checks.getByRole('button', { name: 'Choose the secretary' }).click();
	await expect(page.getByLabel('Secretary')).toBeFocused();
	await page.getByLabel('Secretary').selectOption('Zoe');
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await checks.getByRole('button', { name: 'Name the author' }).click();
	await expect(page.getByLabel('Written by')).toBeFocused();
	await page.keyboard.type('Anil Madhavapeddy');
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(page.getByLabel('src/data.ml: add at the top of Wiki.entries')).toHaveValue(/^    weekly ~y:\d{4} ~m:\d+ ~d:\d+ ~a:anil;$/);
	await expect(checks).toContainText('nothing to fix');
	await expect(page.getByRole('textbox', { name: 'Markdown' })).not.toHaveValue(/s\/nothing/);
});
