// Back up everything in one click, restore it in another browser profile: the meetings come
// back, a second restore changes nothing, and a damaged file is refused with the database
// exactly as it was (compared store by store).
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, launch, test } from './fixtures.ts';
import { dumpDatabase, newMeetingFromAgenda, openPanel } from './steps.ts';

// A browser of its own (it restores into another profile): see fixtures.ts.
test.use({ ownBrowser: true });

const dump = async (page: Page) => JSON.stringify(await dumpDatabase(page));

test('a backup restores into a fresh profile, twice without change, and a damaged one is refused', async ({ context, extensionId, profile }, testInfo) => {
	const page = await openPanel(context, extensionId);
	// A first start has nothing to lose: no warning. With a meeting kept, the panel warns until a backup.
	await expect(page.getByText('Nothing to back up yet.')).toBeVisible();
	await expect(page.locator('.backup .problem')).toHaveCount(0);
	await newMeetingFromAgenda(page, '- Release (10m)\n- Website (5m)', { title: 'Backed-up call', attendees: ['Ada'] });
	await page.getByRole('button', { name: 'Run' }).click();
	await page.getByRole('button', { name: 'Start meeting' }).click();
	await page.getByRole('textbox', { name: 'Notes for Release' }).fill('Tagged 4.2 on Friday.');
	await expect(page.getByText('Saved')).toBeVisible();
	await page.getByRole('button', { name: 'All meetings' }).click();
	await expect(page.locator('.backup .problem')).toHaveText('Never backed up. Removing Gavel from the browser deletes its meetings.');

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up all meetings' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^gavel-backup-\d{4}-\d\d-\d\d\.json$/);
	const file = testInfo.outputPath(download.suggestedFilename());
	await download.saveAs(file);
	await expect(page.getByText(/^Last backup /)).toBeVisible();

	const other = await launch(`${profile}-other`);
	try {
		const worker = other.serviceWorkers()[0] ?? (await other.waitForEvent('serviceworker'));
		const fresh = await openPanel(other, new URL(worker.url()).host);
		const restore = fresh.getByLabel('Restore from a backup…');
		await restore.setInputFiles(file);
		await expect(fresh.getByRole('status')).toContainText('Restored 1 new meeting and');
		await fresh.getByRole('button', { name: /^Backed-up call/ }).click();
		await expect(fresh.getByRole('textbox', { name: 'Notes for Release' })).toHaveValue('Tagged 4.2 on Friday.');
		await fresh.getByRole('button', { name: 'All meetings' }).click();

		const before = await dump(fresh);
		await restore.setInputFiles(file);
		await expect(fresh.getByRole('status')).toContainText('Nothing to restore');
		expect(await dump(fresh)).toBe(before);

		const damaged = testInfo.outputPath('damaged.json');
		writeFileSync(damaged, readFileSync(file, 'utf8').replace('Tagged 4.2', 'Tagged 4.3'));
		await restore.setInputFiles(damaged);
		await expect(fresh.getByRole('alert')).toContainText('damaged.json: This is not a backup Gavel can restore: its checksum does not match');
		const cut = testInfo.outputPath('cut.json');
		writeFileSync(cut, readFileSync(file, 'utf8').slice(0, 200));
		await restore.setInputFiles(cut);
		await expect(fresh.getByRole('alert')).toContainText('cut.json: This is not a backup Gavel can restore: it is not JSON');
		expect(await dump(fresh)).toBe(before);
	} finally {
		await other.close();
	}
});
