// The built extension loads in Chromium: its service worker starts, sets the toolbar button to
// open the side panel, and the panel page renders and reads a pasted agenda.
import { expect, test } from './fixtures.ts';

test('the extension loads and its panel reads an agenda', async ({ context, extensionId }) => {
	const worker = context.serviceWorkers()[0];
	expect(await worker?.evaluate(async () => (await chrome.sidePanel.getPanelBehavior()).openPanelOnActionClick)).toBe(true);
	expect(await worker?.evaluate(async () => (await chrome.sidePanel.getOptions({})).path)).toBe('panel.html');

	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	await page.setViewportSize({ width: 400, height: 640 });
	await page.goto(`chrome-extension://${extensionId}/panel.html`);
	await expect(page.getByRole('heading', { name: 'Gavel' })).toBeVisible();
	await page.getByLabel('Agenda').fill('- Welcome (5m)\n- Release status - 15 min\n  - CI\n- [10] Website');
	await expect(page.getByText('3 items, 30 min planned')).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Release status' })).toContainText('15 min');
	await page.screenshot({ path: test.info().outputPath('panel.png') });
	expect(errors).toEqual([]);
});
