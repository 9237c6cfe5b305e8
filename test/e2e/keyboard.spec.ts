// A meeting run from the keyboard alone: every step has a shortcut, typing in the notes is
// never taken over, and "?" shows the list.
import { expect, test } from './fixtures.ts';
import { openPanel } from './steps.ts';

test('a meeting prepared and run with the keyboard only', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await expect(page.getByRole('button', { name: 'New meeting' })).toBeVisible();
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
	await expect(page.getByRole('dialog')).toContainText('Alt+N');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toHaveCount(0);

	await page.keyboard.press('Alt+W');
	await expect(page.getByLabel('Title', { exact: true })).toBeVisible();
	await page.keyboard.press('Alt+T');
	await page.keyboard.press('Control+A');
	await page.keyboard.type('Keyboard call');
	await page.keyboard.press('Alt+G');
	await page.keyboard.type('Amir Chaudhry\n');
	await page.keyboard.press('Alt+I');
	await page.keyboard.type('Release (10m)\n');
	await page.keyboard.type('Website (5m)\n');
	await expect(page.getByRole('heading', { name: /Agenda/ })).toContainText('2 items · 15 min planned');

	await page.keyboard.press('Alt+R');
	await expect(page.getByRole('button', { name: 'Start meeting' })).toBeVisible();
	await page.keyboard.press('Alt+S');
	await expect(page.locator('.clock .now')).toContainText('Now · 1. Release');
	await page.keyboard.press('Alt+M');
	await page.keyboard.type('Typed while the clock runs? Yes: and "?" here is just text.');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await page.keyboard.press('Alt+A');
	await page.keyboard.type('Amir Chaudhry');
	await page.keyboard.press('Tab');
	await page.keyboard.type('write it down\n');
	await page.keyboard.press('Alt+C');
	await page.keyboard.type('Ship on Friday\n');
	await expect(page.locator('ul.records')).toContainText('Action: Amir Chaudhry — write it down');
	await expect(page.locator('ul.records')).toContainText('Decision: Ship on Friday');
	await page.keyboard.press('Alt+N');
	await expect(page.locator('.clock .now')).toContainText('2. Website');
	await page.keyboard.press('Alt+P');
	await expect(page.locator('.clock .now')).toContainText('Paused');
	await page.keyboard.press('Alt+P');
	// Alt+1 shows item 1 and leaves the clock on item 2; Alt+S starts it.
	await page.keyboard.press('Alt+1');
	await expect(page.locator('.viewing')).toContainText('Looking at 1. Release: the clock stays on 2. Website.');
	await expect(page.locator('.clock .now')).toContainText('2. Website');
	await page.keyboard.press('Alt+S');
	await expect(page.locator('.clock .now')).toContainText('1. Release');
	await expect(page.locator('.viewing')).toHaveCount(0);
	await expect(page.getByRole('textbox', { name: 'Notes for Release' })).toHaveValue('Typed while the clock runs? Yes: and "?" here is just text.');
	await page.keyboard.press('Alt+X');
	await expect(page.locator('.clock .now')).toContainText('Ended');
	await page.keyboard.press('Alt+U');
	await expect(page.getByRole('button', { name: 'Copy minutes' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Markdown' })).toHaveValue(/#### Release ####\n\nTyped while the clock runs\?/);
	await page.keyboard.press('Alt+L');
	await expect(page.getByRole('button', { name: /^Keyboard call/ })).toBeVisible();
});

test('removing, undoing, regrets, duplicating and copying from the keyboard', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

	// Prepare: three people, three items.
	await page.keyboard.press('Alt+W');
	await expect(page.getByLabel('Add attendee')).toBeVisible();
	await page.keyboard.press('Alt+G');
	for (const name of ['Ada', 'Bob', 'Cy']) await page.keyboard.type(`${name}\n`);
	await page.keyboard.press('Alt+I');
	for (const item of ['One (5m)', 'Two (5m)', 'Three (5m)']) await page.keyboard.type(`${item}\n`);
	// Who writes the minutes (the site's registry line names them).
	await page.keyboard.press('Alt+A');
	await page.keyboard.type('Amir Chaudhry');

	// ↑ from the entry field reaches the people; Space says who is not here; Alt+Delete removes the
	// one you are on and the focus stays in the list, on the next person.
	await page.keyboard.press('Alt+G');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect.poll(focused).toBe('Bob is here');
	await page.keyboard.press('Space');
	await expect(page.getByRole('heading', { name: /Attendees/ })).toContainText('2 present · 1 not marked yet');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('Alt+Delete');
	await expect(page.locator('ul.people li')).toHaveText([/^Bob/, /^Cy/]);
	await expect.poll(focused).toBe('Bob is here');
	await page.keyboard.press('Alt+Z');
	await expect(page.locator('ul.people li')).toHaveText([/^Ada/, /^Bob/, /^Cy/]);

	// An agenda item: Alt+Delete in its title field removes that item, not a character.
	await page.getByLabel('Item 2 title').focus();
	await page.keyboard.press('Alt+Delete');
	await expect(page.getByRole('heading', { name: /Agenda/ })).toContainText('2 items');
	await expect.poll(focused).toBe('Item 2 title');
	await expect(page.getByLabel('Item 2 title')).toHaveValue('Three');
	const titles = () => page.locator('ol.items input[aria-label$="title"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
	await page.keyboard.press('Alt+Z');
	await expect.poll(titles).toEqual(['One', 'Two', 'Three']);

	// Two removals in two lists: Alt+Z undoes the newest, then the other.
	await page.getByLabel('Regrets from Cy').focus();
	await page.keyboard.press('Alt+Delete');
	await page.getByLabel('Item 1 title').focus();
	await page.keyboard.press('Alt+Delete');
	await expect.poll(titles).toEqual(['Two', 'Three']);
	await page.keyboard.press('Alt+Z');
	await expect.poll(titles).toEqual(['One', 'Two', 'Three']);
	await expect(page.locator('ul.people li')).toHaveText([/^Ada/, /^Bob/]);
	await page.keyboard.press('Alt+Z');
	await expect(page.locator('ul.people li')).toHaveText([/^Ada/, /^Bob/, /^Cy/]);

	// Run: an action added by mistake goes with Alt+Delete, and comes back with Alt+Z.
	await page.keyboard.press('Alt+R');
	await page.keyboard.press('Alt+S');
	await expect(page.getByLabel('Action owner')).toBeVisible();
	await page.keyboard.press('Alt+A');
	await page.keyboard.type('Ada');
	await page.keyboard.press('Tab');
	await page.keyboard.type('wrong thing\n');
	await page.keyboard.press('Alt+C');
	await page.keyboard.type('Keep going\n');
	await expect(page.locator('ul.records li')).toHaveText([/Decision: Keep going/, /Action: Ada — wrong thing/]);
	await page.getByRole('button', { name: 'Remove the action “wrong thing”' }).focus();
	await page.keyboard.press('Alt+Delete');
	await expect(page.locator('ul.records li')).toHaveText([/Decision: Keep going/]);
	await page.keyboard.press('Alt+Z');
	await expect(page.locator('ul.records li')).toHaveText([/Decision: Keep going/, /Action: Ada — wrong thing/]);

	// Publish: Alt+H chooses the format; Alt+Y on an extra line copies that line.
	await page.keyboard.press('Alt+X');
	await page.keyboard.press('Alt+U');
	await page.keyboard.press('Alt+H');
	await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('profile');
	const registry = page.locator('#extra-registry-line');
	await registry.focus();
	await page.keyboard.press('Alt+Y');
	await expect(page.getByRole('button', { name: 'Copy the registry line' })).toHaveText('Copied');
	await expect(page.getByRole('button', { name: 'Copy minutes' })).toBeVisible();
	const line = await registry.inputValue();

	// Meetings: ↓ from the search reaches the meetings; Alt+J duplicates, Alt+Delete deletes.
	await page.keyboard.press('Alt+L');
	await expect(page.getByLabel('Search meetings')).toBeVisible();
	await page.keyboard.press('Alt+K');
	await page.keyboard.press('Control+V');
	await expect(page.getByLabel('Search meetings')).toHaveValue(line);
	await page.getByLabel('Search meetings').fill('');
	await expect(page.locator('ul.meetings > li')).toHaveCount(1);
	await page.keyboard.press('ArrowDown');
	await expect.poll(focused).toMatch(/^Meeting \d{4}-\d\d-\d\d/);
	await page.keyboard.press('Alt+J');
	await expect(page.getByLabel('Item 3 title')).toHaveValue('Three');
	await page.keyboard.press('Alt+L');
	await expect(page.locator('ul.meetings > li')).toHaveCount(2);
	await page.keyboard.press('Alt+K');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Alt+Delete');
	await expect(page.locator('ul.meetings > li')).toHaveCount(1);
	await expect.poll(focused).toMatch(/^Meeting \d{4}-\d\d-\d\d/);
	await page.keyboard.press('Alt+Z');
	await expect(page.locator('ul.meetings > li')).toHaveCount(2);
});
