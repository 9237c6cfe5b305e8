// A minutes file imported in the panel comes back from Publish byte for byte; a file that
// cannot be read is refused with its line and column, and no meeting is made.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const MINUTES = `---
updated: 2015-03-11
author:
  name: Amir Chaudhry
  uri: http://amirchaudhry.com
  email: amirmc@gmail.com
subject: 'Weekly Meeting: 2015-03-11'
permalink: weekly-2015-03-11
description: '11th Mar 2015: Racing and Testing'
---

### Agenda ###

- Race issues
- Quality and Test


Attendees:
Amir Chaudhry (chair), Thomas Gazagnaire and Dave Scott


### Notes ###

#### Race issues #### 

Still unresolved; see the [minimal example][eg-race].
<!-- an aside Gavel has no field for -->

[eg-race]: https://github.com/mirage/mirage-net-xen/issues/20

-- 

#### AoB ####

- The next call is scheduled for **Wednesday, 25th March**.
`;

test('a minutes file is imported and published again unchanged', async ({ context, extensionId }) => {
	const page = await context.newPage();
	await page.goto(`chrome-extension://${extensionId}/panel.html`);
	await page.getByLabel('Import minutes…').setInputFiles({ name: '2015-03-11.md', mimeType: 'text/markdown', buffer: Buffer.from(MINUTES) });
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Weekly Meeting: 2015-03-11');
	await expect(page.getByLabel('Chair')).toHaveValue('Amir Chaudhry');
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(page.getByRole('textbox', { name: 'Markdown' })).toHaveValue(MINUTES);
});

test('a file that cannot be read is refused with its place, and nothing is made', async ({ context, extensionId }) => {
	const page = await context.newPage();
	await page.goto(`chrome-extension://${extensionId}/panel.html`);
	await page.getByLabel('Import minutes…').setInputFiles({ name: 'broken.md', mimeType: 'text/markdown', buffer: Buffer.from("---\nupdated: 2015-03-11\nsubject: 'never closed\n---\n") });
	await expect(page.getByRole('alert')).toHaveText('broken.md:3:10: a single-quoted value has no closing quote (key "subject")');
	await expect(page.getByText('No meetings yet.')).toBeVisible();
});

test("another community's minutes import with the date they state, and one that states none is asked for it", async ({ context, extensionId }) => {
	const page = await context.newPage();
	await page.goto(`chrome-extension://${extensionId}/panel.html`);
	// The date in a heading, as the Node.js TSC writes it; no date in the file's name.
	await page.getByLabel('Import minutes…').setInputFiles({ name: 'tsc-minutes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Technical Steering Committee Meeting 2018-01-10\n\n## Agenda\n\n- Release\n') });
	await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2018-01-10');
	await page.getByRole('button', { name: 'All meetings' }).click();

	// None at all: the panel asks, the typed date is taken, nothing is made until then.
	await page.getByLabel('Import minutes…').setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Developers call\n\n## Agenda\n\n- Website\n') });
	const asked = page.getByRole('textbox', { name: '“notes.md” gives no meeting date. On what date was the meeting?' });
	await expect(asked).toBeFocused();
	await expect(page.getByRole('button', { name: /^Developers call/ })).toHaveCount(0);
	await page.keyboard.type('12 Jan 2018');
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2018-01-12');
	await expect(page.getByRole('textbox', { name: /^Item \d+ title$/ }).last()).toHaveValue('Website');
});

test('a published page saved as HTML imports as its minutes, without the page around them', async ({ context, extensionId }) => {
	const page = await context.newPage();
	await page.goto(`chrome-extension://${extensionId}/panel.html`);
	await page.getByLabel('Import minutes…').setInputFiles({ name: 'weekly.html', mimeType: 'text/html', buffer: readFileSync(new URL('../fixtures/minutes-page.html', import.meta.url)) });
	await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-11-18');
	await expect(page.getByLabel('Chair')).toHaveValue('Ada Lovelace');
	await expect(page.getByRole('textbox', { name: /^Item \d+ title$/ }).first()).toHaveValue('Release 4.2 status');
	await expect(page.getByRole('textbox', { name: /^Item \d+ title$/ }).last()).toHaveValue('Website redesign');
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	const markdown = page.getByRole('textbox', { name: 'Markdown' });
	await expect(markdown).toHaveValue(/CI is green on all platforms\./);
	await expect(markdown).not.toHaveValue(/tracking|Weekly calls/);
});

test('minutes copied from a published page and pasted import with their structure', async ({ context, extensionId }) => {
	const page = await context.newPage();
	await page.goto(`chrome-extension://${extensionId}/panel.html`);
	await page.getByRole('button', { name: 'Paste minutes…' }).click();
	const box = page.getByLabel('Paste published minutes: a page copied from the browser, or Markdown');
	await expect(box).toBeFocused();
	// As a browser puts a copied selection on the clipboard: its HTML, and its text.
	const html = "<meta charset='utf-8'><h1>Developers call 2026-11-25</h1><p><strong>Present:</strong> Ada Lovelace, Grace Hopper</p><p><strong>Chair:</strong> Ada Lovelace</p><h2>Release</h2><p>Tagged on Friday.</p><h2>Website</h2><ul><li>Decision: keep the old theme</li></ul>";
	await box.evaluate((el, data) => {
		const clipboard = new DataTransfer();
		clipboard.setData('text/html', data);
		clipboard.setData('text/plain', 'Developers call 2026-11-25\nPresent: Ada Lovelace, Grace Hopper');
		el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
	}, html);
	await page.getByRole('button', { name: 'Import these minutes' }).click();
	await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-11-25');
	await expect(page.getByLabel('Chair')).toHaveValue('Ada Lovelace');
	await expect(page.getByRole('textbox', { name: /^Item \d+ title$/ }).first()).toHaveValue('Release');
	await expect(page.getByRole('textbox', { name: /^Item \d+ title$/ }).last()).toHaveValue('Website');
});
