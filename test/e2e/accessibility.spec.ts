// Every view, light and dark, at a side panel's width: axe finds no serious or critical
// accessibility violation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function audit(page: Page, view: string) {
	const result = await new AxeBuilder({ page }).analyze();
	const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${view}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
	expect(bad).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`no serious or critical violation in any view (${colorScheme})`, async ({ context, extensionId }) => {
		const page = await context.newPage();
		await page.emulateMedia({ colorScheme });
		await page.goto(`chrome-extension://${extensionId}/panel.html`);
		await audit(page, 'meetings (empty)');
		await page.getByRole('button', { name: 'From agenda…' }).click();
		await page.getByLabel('Paste the agenda').fill('- Welcome (5m)\n- Release (1m)');
		await audit(page, 'meetings (new from agenda)');
		await page.getByRole('button', { name: 'Create meeting' }).click();
		await page.getByLabel('Add attendee').fill('Amir Chaudhry');
		await page.getByLabel('Add attendee').press('Enter');
		await audit(page, 'prepare');
		await page.getByRole('button', { name: 'Run' }).click();
		await page.getByRole('button', { name: 'Start meeting' }).click();
		await page.getByRole('textbox', { name: /^Notes for/ }).fill('Some notes');
		await page.getByRole('button', { name: 'Release' }).click();
		await audit(page, 'run');
		await page.getByRole('button', { name: 'Publish', exact: true }).click();
		await page.waitForFunction(() => document.querySelector('.rendered')?.innerHTML !== '');
		await audit(page, 'publish');
		await page.getByRole('button', { name: 'All meetings' }).click();
		await page.getByRole('button', { name: /^Meeting / }).waitFor();
		await audit(page, 'meetings (list)');
		await page.keyboard.press('?');
		await page.getByRole('dialog').waitFor();
		await audit(page, 'help');
	});
}
