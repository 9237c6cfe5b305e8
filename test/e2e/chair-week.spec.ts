// What hurt a chair in a week of real calls (issue 13), each done as the chair did it, keyboard first:
// a line that became a record turned back at once, a heading that differs from its agenda line,
// the fields of Prepare within reach (and no digit lost in a date), the Who field resolving names,
// the meeting's own description, and where each meeting is, at a glance.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { newMeetingFromAgenda, openPanel } from './steps.ts';

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '');

test('a typed line that became a record, an item or a person turns back into the line with Ctrl+Z or Undo', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await newMeetingFromAgenda(page, '- Release (10m)\n- Website (5m)', { title: 'Undo call', attendees: ['Ada Lovelace'] });
	await page.keyboard.press('Alt+R');
	await page.keyboard.press('Alt+S');
	const notes = page.getByRole('textbox', { name: 'Notes for Release' });
	await page.keyboard.press('Alt+M');

	// A decision, and Ctrl+Z right after: the line is back as typed, the record gone.
	await page.keyboard.type('Tagged.\ndecision: ship on Friday\n');
	await expect(page.locator('ul.records')).toContainText('Decision: ship on Friday');
	await expect(notes).toHaveValue('Tagged.\n');
	await page.keyboard.press('Control+Z');
	await expect(notes).toHaveValue('Tagged.\ndecision: ship on Friday\n');
	await expect(page.locator('ul.records li')).toHaveCount(0);
	await expect(page.locator('#notes-said')).toHaveText('Undone: the line is text again');
	// Typing goes on where it was.
	await page.keyboard.type('More.');
	await expect(notes).toHaveValue('Tagged.\ndecision: ship on Friday\nMore.');

	// A person, undone with the Undo on the status line.
	await page.keyboard.type('\npresent+ Grace Hopper\n');
	await expect(page.locator('#notes-said')).toContainText('Grace Hopper: present');
	await page.locator('#notes-said').getByRole('button', { name: 'Undo' }).click();
	await expect(notes).toHaveValue('Tagged.\ndecision: ship on Friday\nMore.\npresent+ Grace Hopper\n');
	await page.keyboard.press('Alt+Q');
	await expect(page.locator('ul.people li')).toHaveText([/^Ada Lovelace/]);

	// A topic: the new item started, and Ctrl+Z in its notes gives the clock back to Release.
	await page.keyboard.press('Alt+R');
	await page.keyboard.press('Alt+M');
	await page.keyboard.press('Control+End');
	await page.keyboard.type('topic: Raised by accident\n');
	await expect(page.locator('.clock .now')).toContainText('2. Raised by accident');
	await expect.poll(() => focused(page)).toBe('Notes for Raised by accident');
	await page.keyboard.press('Control+Z');
	await expect(page.locator('.clock .now')).toContainText('1. Release');
	await expect(page.locator('ol.run-items li')).toHaveText([/Release/, /Website/]);
	await expect(notes).toHaveValue('Tagged.\ndecision: ship on Friday\nMore.\npresent+ Grace Hopper\ntopic: Raised by accident\n');
	await expect.poll(() => focused(page)).toBe('Notes for Release');

	// Prose that starts like a command stays prose.
	await page.keyboard.type('Topic: the release slipped again.\nAction: nobody volunteered.\n');
	await expect(page.locator('ul.records li')).toHaveCount(0);
	await expect(page.locator('ol.run-items li')).toHaveCount(2);
});

test("a section headed otherwise than its agenda line, and the Who field's names", async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await newMeetingFromAgenda(page, '- Quality and Test (10m)', { title: 'Heading call', attendees: ['Anil Madhavapeddy', 'Thomas Leonard'] });
	await page.keyboard.press('Alt+R');
	await page.keyboard.press('Alt+S');
	await page.keyboard.press('Alt+M');
	await page.keyboard.type('Green.');
	await page.getByText('Heading in the minutes: as on the agenda').click();
	await page.getByLabel('Heading of “Quality and Test” in the minutes').fill('QA & Test');
	await expect(page.locator('details.section-heading summary')).toHaveText('Heading in the minutes: QA & Test');
	// "Anil" in the Who field is Anil Madhavapeddy, as in a typed action line.
	await page.keyboard.press('Alt+A');
	await page.keyboard.type('Anil');
	await page.keyboard.press('Tab');
	await page.keyboard.type('tag 4.2\n');
	await expect(page.locator('ul.records')).toContainText('Action: Anil Madhavapeddy — tag 4.2');
	await page.keyboard.press('Alt+X');
	await page.keyboard.press('Alt+U');
	const markdown = page.getByRole('textbox', { name: 'Markdown' });
	await expect(markdown).toHaveValue(/- Quality and Test\n/);
	await expect(markdown).toHaveValue(/#### QA & Test ####\n\nGreen\.\n\n- \*\*Action:\*\* Anil Madhavapeddy — tag 4\.2/);
	await expect(page.getByRole('region', { name: /Before you publish/ })).not.toContainText('not among the attendees');
});

test('Prepare from the keyboard: the title first, the chair and the next call a key away, no digit lost in a date', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	// Alt+V opens the paste box with the focus in it; the meeting made opens on its title.
	await page.keyboard.press('Alt+V');
	await expect.poll(() => focused(page)).toBe('paste-agenda');
	await page.keyboard.type('- Release (10m)');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect.poll(() => focused(page)).toBe('title');
	await page.keyboard.type('Weekly Meeting: 2026-12-02');
	await page.keyboard.press('Alt+G');
	await page.keyboard.type('Amir Chaudhry, Anil Madhavapeddy and Richard Mortier\n');
	await expect(page.locator('ul.people li')).toHaveText([/^Amir Chaudhry/, /^Anil Madhavapeddy/, /^Richard Mortier/]);
	// From the attendee field, the chair is one key away.
	await page.keyboard.press('Alt+H');
	await expect.poll(() => focused(page)).toBe('chair');
	// Shift+Tab back into the date and typing there: every digit is kept, and says what it means.
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Shift+Tab');
	await expect.poll(() => focused(page)).toBe('date');
	await page.keyboard.press('Control+A');
	await page.keyboard.type('2026-12-03');
	await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-12-03');
	await expect(page.locator('#date-said')).toHaveText('Thursday, December 3');
	await page.keyboard.press('Control+A');
	await page.keyboard.type('2026-13-03');
	await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-13-03');
	await expect(page.locator('#date-said')).toHaveText('“2026-13-03” is not a date: type it as 2015-08-26 or 26 Aug.');
	await page.keyboard.press('Control+A');
	await page.keyboard.type('2 Dec 2026');
	await page.keyboard.press('Alt+N');
	await page.keyboard.type('9 Dec');
	await expect(page.locator('#next-call-said')).toHaveText('Wednesday, December 9');
	// The minutes' description, the meeting's own.
	await page.getByLabel('Description').fill('2nd December 2026: the release');
	await page.keyboard.press('Alt+U');
	const markdown = page.getByRole('textbox', { name: 'Markdown' });
	await expect(markdown).toHaveValue(/^---\nupdated: 2026-12-02\n/);
	await expect(markdown).toHaveValue(/description: '2nd December 2026: the release'/);
	await expect(markdown).toHaveValue(/The next call is scheduled for \*\*Wednesday, 9th December\*\*/);
	// Mark as final from the keyboard.
	await page.keyboard.press('Alt+S');
	await expect(page.locator('.status-line')).toContainText('Final');
});

test('the meetings list says where each meeting is, and an ended one says when it ended', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	// A title that says the meeting's date (today's, the panel's local one): the list does not repeat it.
	const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
	await newMeetingFromAgenda(page, '- Release', { title: `Weekly Meeting: ${today}` });
	await page.keyboard.press('Alt+R');
	await expect(page.locator('.clock .muted').first()).toHaveText('Meeting 0:00');
	await page.keyboard.press('Alt+S');
	await page.keyboard.press('Alt+X');
	await expect(page.locator('.clock p.muted').first()).toHaveText(/^Meeting 0:0\d · ended \d{1,2}:\d\d/);
	await page.keyboard.press('Alt+L');
	await newMeetingFromAgenda(page, '- Website', { title: 'Board call' });
	await page.keyboard.press('Alt+L');
	await expect(page.locator('button.meeting .muted')).toHaveText([/^\d{4}-\d\d-\d\d · not started · 1 item$/, /^ended · draft · 1 item$/]);
});

test('AoB takes typed commands; the notes grow with their text; a wide tab keeps a readable line; boxes sit on their labels', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await newMeetingFromAgenda(page, '- Release (10m)', { title: 'AoB call', attendees: ['Ada Lovelace'] });
	// The regrets box and its word on one line (they sat ~4 px apart).
	const middle = (selector: string) => page.locator(selector).first().evaluate((el) => { const r = el.getBoundingClientRect(); return r.top + r.height / 2; });
	expect(Math.abs((await middle('ul.people label.check input')) - (await middle('ul.people label.check span')))).toBeLessThanOrEqual(1.5);
	await page.keyboard.press('Alt+R');
	await page.keyboard.press('Alt+S');
	// The notes box grows with what is typed, up to most of the panel.
	const notes = page.getByRole('textbox', { name: 'Notes for Release' });
	const before = await notes.evaluate((el) => el.getBoundingClientRect().height);
	await notes.fill(Array.from({ length: 20 }, (_, i) => `Point ${i + 1}.`).join('\n'));
	await expect.poll(() => notes.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(before * 1.5);
	// In AoB, people, links and topics as in the notes; a record goes to the item the clock is on, and it says so.
	await page.keyboard.press('Alt+O');
	await page.keyboard.type('- Xen hackathon in March.\npresent+ Grace Hopper\naction: Ada to book the room\nlink: https://mirage.io/hackathon the page\n');
	await expect(page.locator('#aob-said')).toHaveText('Link [the-page] added');
	await expect(page.getByRole('textbox', { name: 'Any other business' })).toHaveValue('- Xen hackathon in March.\n[the page][the-page]\n');
	await expect(page.locator('ul.records')).toContainText('Action: Ada Lovelace — book the room');
	await page.keyboard.press('Alt+X');
	await page.keyboard.press('Alt+U');
	const markdown = page.getByRole('textbox', { name: 'Markdown' });
	await expect(markdown).toHaveValue(/Attendees: Ada Lovelace and Grace Hopper/);
	await expect(markdown).toHaveValue(/\[the-page\]: https:\/\/mirage\.io\/hackathon/);
	// At 1,000 px the panel keeps its column (about 80 characters), centred.
	await page.setViewportSize({ width: 1000, height: 800 });
	expect(await page.locator('.app').evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(800);
});
