// Every view, light and dark, at a side panel's width: axe finds no serious or critical
// accessibility violation. One test a view, each auditing both schemes, so that none runs long.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { newMeetingFromAgenda, openPanel } from './steps.ts';

/** The serious and critical violations in the page as it is, in either scheme. */
async function audit(page: Page, view: string): Promise<string[]> {
	const bad: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const result = await new AxeBuilder({ page }).analyze();
		bad.push(...result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${view} (${colorScheme}): ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
	}
	return bad;
}

/** A meeting of two items with an attendee, in Prepare. */
async function meeting(page: Page): Promise<void> {
	await newMeetingFromAgenda(page, '- Welcome (5m)\n- Release (1m)', { attendees: ['Amir Chaudhry'] });
}

async function running(page: Page): Promise<void> {
	await meeting(page);
	await page.getByRole('button', { name: 'Run' }).click();
	await page.getByRole('button', { name: 'Start meeting' }).click();
	await page.getByRole('textbox', { name: /^Notes for/ }).fill('Some notes');
	await page.getByRole('button', { name: 'Release' }).click();
}

test('the meetings view, empty and with a pasted agenda, has no serious violation', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	const bad = await audit(page, 'meetings (empty)');
	await page.getByRole('button', { name: 'From agenda…' }).click();
	await page.getByLabel('Paste the agenda').fill('- Welcome (5m)\n- Release (1m)');
	bad.push(...(await audit(page, 'meetings (new from agenda)')));
	expect(bad).toEqual([]);
});

test('Prepare has no serious violation', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await meeting(page);
	expect(await audit(page, 'prepare')).toEqual([]);
});

test('Run, with the clock running, has no serious violation', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await running(page);
	expect(await audit(page, 'run')).toEqual([]);
});

test('Publish has no serious violation', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await running(page);
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await page.waitForFunction(() => document.querySelector('.rendered')?.innerHTML !== '');
	expect(await audit(page, 'publish')).toEqual([]);
});

test('a series has no serious violation', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await meeting(page);
	await page.getByRole('button', { name: 'Make a weekly series from this meeting' }).click();
	await expect(page.locator('.cadence')).toBeVisible();
	expect(await audit(page, 'series')).toEqual([]);
});

test('the meetings list and the shortcuts help have no serious violation', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await meeting(page);
	await page.getByRole('button', { name: 'All meetings' }).click();
	await page.getByRole('button', { name: /^Meeting / }).waitFor();
	const bad = await audit(page, 'meetings (list)');
	await page.keyboard.press('?');
	await page.getByRole('dialog').waitFor();
	bad.push(...(await audit(page, 'help')));
	expect(bad).toEqual([]);
});
