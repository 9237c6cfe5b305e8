// Typed shortcuts in the notes: a scribe types the lines W3C and MeetBot users know, and each
// becomes a record as Enter finishes it, without leaving the notes box.
import { expect, test } from './fixtures.ts';
import { newMeetingFromAgenda, openPanel } from './steps.ts';

test('action, decision, present+, link, s/// and topic lines typed in the notes become records', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await newMeetingFromAgenda(page, '- Release (10m)\n- Website (5m)', { title: 'Typed call', attendees: ['Anil Madhavapeddy', 'Amir Chaudhry'] });
	await page.getByRole('button', { name: 'Run' }).click();
	await page.getByRole('button', { name: 'Start meeting' }).click();
	const notes = page.getByRole('textbox', { name: 'Notes for Release' });
	await notes.focus();
	await page.keyboard.type('The release is blocked on TLS.\nCI is gren.\n');
	await page.keyboard.type('s/gren/green/\n');
	await page.keyboard.type('action: Anil to tag 4.2 once CI is green\n');
	await expect(page.getByRole('status').filter({ hasText: 'Action for Anil Madhavapeddy' })).toBeVisible();
	await page.keyboard.type('resolved: ship on Friday\n');
	await page.keyboard.type('present+ Ada Lovelace\n');
	await page.keyboard.type('See:\nlink: https://github.com/mirage/mirage/pull/1 the TLS PR\n');
	await expect(notes).toHaveValue('The release is blocked on TLS.\nCI is green.\nSee:\n[the TLS PR][the-tls-pr]\n');
	await expect(page.locator('ul.records li')).toHaveText([/Decision: ship on Friday/, /Action: Anil Madhavapeddy — tag 4.2 once CI is green/]);

	// A topic starts a new item, and the typing goes on in its notes.
	await page.keyboard.type('topic: Hackathon dates\n');
	await expect(page.locator('.clock .now')).toContainText('2. Hackathon dates');
	await page.keyboard.type('Marrakesh in March.');
	await expect(page.getByRole('textbox', { name: 'Notes for Hackathon dates' })).toHaveValue('Marrakesh in March.');

	await page.getByRole('button', { name: 'Prepare' }).click();
	await expect(page.locator('ul.people')).toContainText('Ada Lovelace');
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(page.locator('.rendered a', { hasText: 'the TLS PR' })).toHaveAttribute('href', 'https://github.com/mirage/mirage/pull/1');
	await expect(page.locator('.rendered')).toContainText('Hackathon dates');
});

test('a URL pasted into the notes can become a reference link with a readable id', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await newMeetingFromAgenda(page, '- Release (10m)', { title: 'Pasted call' });
	await page.getByRole('button', { name: 'Run' }).click();
	const notes = page.getByRole('textbox', { name: 'Notes for Release' });
	await notes.focus();
	await page.keyboard.type('Blocked on ');
	await page.evaluate(() => navigator.clipboard.writeText('https://github.com/mirage/ocaml-tls/pull/350'));
	await page.keyboard.press('Control+V');
	await page.keyboard.type(' for now.');
	await expect(notes).toHaveValue('Blocked on https://github.com/mirage/ocaml-tls/pull/350 for now.');
	await page.getByRole('button', { name: 'Make it [ocaml-tls-pull-350]' }).click();
	await expect(notes).toHaveValue('Blocked on [ocaml-tls-pull-350] for now.');
	await expect(notes).toBeFocused();
	await expect(page.locator('#notes-said')).toHaveText('Link [ocaml-tls-pull-350] added');
	await expect(page.getByRole('button', { name: /^Make it/ })).toHaveCount(0);

	// Declined, the address stays as pasted and the offer goes.
	await page.keyboard.press('Enter');
	await page.keyboard.press('Control+V');
	await page.getByRole('button', { name: 'Keep the address' }).click();
	await expect(notes).toHaveValue('Blocked on [ocaml-tls-pull-350] for now.\nhttps://github.com/mirage/ocaml-tls/pull/350');
	await expect(page.getByRole('button', { name: /^Make it/ })).toHaveCount(0);

	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(page.getByRole('textbox', { name: 'Markdown' })).toHaveValue(/\n\[ocaml-tls-pull-350\]: https:\/\/github\.com\/mirage\/ocaml-tls\/pull\/350\n/);
});
