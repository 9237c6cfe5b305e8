// A database left at schema version 1 (test/fixtures/database-v1.json) upgrades in Chromium when
// the panel opens: every meeting, note and action is there. An older window holding the
// database steps aside; one that does not is named in a notice until it closes, and then the
// upgrade finishes. (test/unit/storage/upgrade.test.ts runs the same with the shipped migrations.)
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DB_VERSION } from '../../src/storage/migrations.ts';
import { openPanel } from './steps.ts';

// A browser of its own (it plants an old database): see fixtures.ts.
test.use({ ownBrowser: true });

const fixture = readFileSync(new URL('../fixtures/database-v1.json', import.meta.url), 'utf8');

/** In `page`, the version-1 database with the fixture in it, left open (closing when asked, if `stepAside`). */
async function holdVersionOne(page: Page, stepAside: boolean): Promise<void> {
	await page.evaluate(async ({ text, stepAside }) => {
		const data = JSON.parse(text) as { events: unknown[]; meetings: unknown[]; meta: Array<[string, unknown]> };
		(window as unknown as { stepped: boolean }).stepped = false;
		await new Promise<void>((resolve, reject) => {
			// The background made today's database when the extension started: start over from none
			// (its connection steps aside for the deletion). Asked together, so that nothing can
			// open the database in between: requests on one database are served in order.
			indexedDB.deleteDatabase('gavel');
			const request = indexedDB.open('gavel', 1);
			// Version 1 as src/storage/migrations.ts shipped it (step 0 -> 1), the fixture written in
			// the same transaction: the database never exists at version 1 without it.
			request.onupgradeneeded = () => {
				const d = request.result;
				const events = d.createObjectStore('events', { keyPath: ['meetingId', 'at', 'writer', 'seq'] });
				const meetings = d.createObjectStore('meetings', { keyPath: 'id' });
				meetings.createIndex('by-updated', 'updatedAt');
				meetings.createIndex('by-word', 'words', { multiEntry: true });
				const meta = d.createObjectStore('meta');
				for (const e of data.events) events.put(e);
				for (const m of data.meetings) meetings.put(m);
				for (const [k, v] of data.meta) meta.put(v, k);
			};
			request.onsuccess = () => {
				const db = request.result;
				// At once: another document's upgrade may ask the next moment.
				if (stepAside) {
					db.onversionchange = () => {
						db.close();
						(window as unknown as { stepped: boolean }).stepped = true;
					};
				}
				resolve();
			};
			request.onerror = () => reject(request.error);
		});
	}, { text: fixture, stepAside });
}

/** A page of the extension's origin that runs none of Gavel's code. */
const bareOriginPage = async (page: Page, extensionId: string) => page.goto(`chrome-extension://${extensionId}/icons/16.png`);

test('a version-1 database upgrades with every meeting, note and action, and an old window steps aside', async ({ context, extensionId }) => {
	const old = await context.newPage();
	await bareOriginPage(old, extensionId);
	await holdVersionOne(old, true);

	const panel = await openPanel(context, extensionId);
	await expect(panel.locator('ul.meetings > li')).toHaveCount(2);
	await expect(panel.locator('ul.meetings')).toContainText('Weekly Meeting: 2026-11-25');
	await expect(panel.locator('ul.meetings')).not.toContainText('Deleted scratch call');
	expect(await old.evaluate(() => (window as unknown as { stepped: boolean }).stepped)).toBe(true);
	await panel.getByRole('button', { name: /^Weekly Meeting: 2026-11-25/ }).click();
	await panel.getByRole('button', { name: 'Run' }).click();
	await expect(panel.locator('.clock .now')).toContainText('Ended');
	await expect(panel.locator('ul.records')).toContainText('Action:');
	await panel.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(panel.getByRole('textbox', { name: 'Markdown' })).toHaveValue(/#### .+ ####/);
	expect(await panel.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'gavel')?.version)).toBe(DB_VERSION);
});

test('an old window that holds the database is named in a notice, and the upgrade finishes once it closes', async ({ context, extensionId }) => {
	const old = await context.newPage();
	await bareOriginPage(old, extensionId);
	await holdVersionOne(old, false);

	// Not ready for the chair until the upgrade is done: it says why meanwhile.
	const panel = await context.newPage();
	await panel.goto(`chrome-extension://${extensionId}/panel.html`);
	await expect(panel.getByRole('alert')).toHaveText('Gavel is updating its database. Close Gavel in your other windows to let it finish.');
	await old.close();
	await expect(panel.getByRole('alert')).toHaveCount(0);
	await expect(panel.locator('ul.meetings > li')).toHaveCount(2);
});
