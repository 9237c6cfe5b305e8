// A meeting run from the keyboard alone: every step has a shortcut, typing in the notes is
// never taken over, and "?" shows the list.
import { expect, test } from './fixtures.ts';

test('a meeting prepared and run with the keyboard only', async ({ context, extensionId }) => {
	const page = await context.newPage();
	await page.goto(`chrome-extension://${extensionId}/panel.html`);
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
	await page.keyboard.press('Alt+1');
	await expect(page.locator('.clock .now')).toContainText('1. Release');
	await expect(page.getByRole('textbox', { name: 'Notes for Release' })).toHaveValue('Typed while the clock runs? Yes: and "?" here is just text.');
	await page.keyboard.press('Alt+X');
	await expect(page.locator('.clock .now')).toContainText('Ended');
	await page.keyboard.press('Alt+U');
	await expect(page.getByRole('button', { name: 'Copy minutes' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Markdown' })).toHaveValue(/#### Release ####\n\nTyped while the clock runs\?/);
	await page.keyboard.press('Alt+L');
	await expect(page.getByRole('button', { name: /^Keyboard call/ })).toBeVisible();
});
