// Preparing: a removed item or attendee comes back with Undo, items reorder by dragging, and a
// meeting duplicates for the next call with its agenda and people but not its notes.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { newMeetingFromAgenda, openPanel } from './steps.ts';

const titles = (page: Page) => page.locator('ol.items li input[aria-label$="title"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

test('undo a removal, drag to reorder, duplicate for next time', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await newMeetingFromAgenda(page, '- One (5m)\n- Two (10m)\n- Three (15m)', { title: 'Recurring call', attendees: ['Amir', 'Anil'] });

	await page.getByRole('button', { name: 'Remove Two' }).click();
	expect(await titles(page)).toEqual(['One', 'Three']);
	await page.keyboard.press('Alt+Z');
	expect(await titles(page)).toEqual(['One', 'Two', 'Three']);
	await expect(page.getByRole('heading', { name: /Agenda/ })).toContainText('3 items · 30 min planned');

	await page.getByRole('button', { name: 'Remove Anil' }).click();
	await expect(page.locator('ul.people')).not.toContainText('Anil');
	await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
	await expect(page.locator('ul.people li')).toHaveText([/Amir/, /Anil/]);

	await page.locator('ol.items li').nth(2).locator('.grip').dragTo(page.locator('ol.items li').nth(0));
	expect(await titles(page)).toEqual(['Three', 'One', 'Two']);
	await page.getByLabel('Item 3 title').focus();
	await page.keyboard.press('Alt+ArrowUp');
	expect(await titles(page)).toEqual(['Three', 'Two', 'One']);
	await expect(page.getByLabel('Item 2 title')).toBeFocused();
	await page.keyboard.press('Alt+ArrowDown');
	expect(await titles(page)).toEqual(['Three', 'One', 'Two']);

	await page.getByRole('button', { name: 'Run' }).click();
	await page.getByRole('button', { name: 'Start meeting' }).click();
	await page.getByRole('textbox', { name: 'Notes for Three' }).fill('Notes of this week only');
	await page.getByRole('button', { name: 'All meetings' }).click();
	await page.getByRole('button', { name: 'Duplicate Recurring call' }).click();
	expect(await titles(page)).toEqual(['Three', 'One', 'Two']);
	await expect(page.locator('ul.people li')).toHaveText([/Amir/, /Anil/]);
	await page.getByRole('button', { name: 'Run' }).click();
	await expect(page.getByRole('button', { name: 'Start meeting' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Notes for Three' })).toHaveValue('');
	await page.getByRole('button', { name: 'All meetings' }).click();
	await expect(page.getByRole('button', { name: /^Recurring call/ })).toHaveCount(2);
});
