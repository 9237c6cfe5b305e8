// When the browser refuses to store, the panel says so in a banner that stays, keeps typing
// possible, offers the unsaved edits as a file, and saves them all once storage is back: nothing
// typed is lost. The refusal is injected at IndexedDB's put() in the page, because Gavel's
// unlimitedStorage permission exempts it from quotas; issue 4's fault tests do real damage.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { deleteDatabase, dumpDatabase, newMeetingFromAgenda, openMeeting, openPanel } from './steps.ts';

test('a refused write shows a lasting banner, offers a download, and saves once it can', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await newMeetingFromAgenda(page, '- Release (10m)', { title: 'Quota call' });
	await expect(page.getByText('Saved')).toBeVisible();
	const refuse = (on: boolean) =>
		page.evaluate((on) => {
			const w = window as unknown as { gavelRefuse?: boolean; gavelPut?: typeof IDBObjectStore.prototype.put };
			w.gavelRefuse = on;
			if (w.gavelPut !== undefined) return;
			const put = (w.gavelPut = IDBObjectStore.prototype.put);
			IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
				if (w.gavelRefuse === true) throw new DOMException('The disk is full', 'QuotaExceededError');
				return put.apply(this, args);
			};
		}, on);
	await refuse(true);

	await page.getByRole('button', { name: 'Run' }).click();
	const notes = page.getByRole('textbox', { name: 'Notes for Release' });
	await notes.fill('Typed while the disk is full');
	const banner = page.getByRole('alert');
	await expect(banner).toContainText('Not saved: 1 edit is only in this panel.');
	await notes.fill('Typed while the disk is full, and more');
	await expect(banner).toContainText('Not saved: 2 edits are only in this panel.');

	const downloading = page.waitForEvent('download');
	await banner.getByRole('button', { name: 'Download unsaved edits' }).click();
	const saved = JSON.parse(readFileSync((await (await downloading).path()) ?? '', 'utf8')) as Array<{ patch?: { notes?: string } }>;
	expect(saved.map((e) => e.patch?.notes)).toEqual(['Typed while the disk is full', 'Typed while the disk is full, and more']);

	await refuse(false);
	await expect(banner).toHaveCount(0, { timeout: 15_000 });
	await expect(page.getByText('Saved')).toBeVisible();
	await page.reload();
	await openMeeting(page, /^Quota call/);
	await page.getByRole('button', { name: 'Run' }).click();
	await expect(page.getByRole('textbox', { name: 'Notes for Release' })).toHaveValue('Typed while the disk is full, and more');
});

test('a database deleted underneath: the panel says so and writes the open meeting again', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await newMeetingFromAgenda(page, '- Release (10m)\n- Website (5m)', { title: 'Survivor call', attendees: ['Ada'] });
	await page.getByRole('button', { name: 'Run' }).click();
	await page.getByRole('button', { name: 'Start meeting' }).click();
	await page.getByRole('textbox', { name: 'Notes for Release' }).fill('Written before the database went.');
	await expect(page.getByText('Saved')).toBeVisible();

	// Something outside Gavel (a tool, the browser) deletes the database.
	const other = await context.newPage();
	await other.goto(`chrome-extension://${extensionId}/icons/16.png`);
	await deleteDatabase(other);
	await expect(page.getByRole('alert')).toContainText('database was deleted');
	await page.getByRole('textbox', { name: 'Notes for Release' }).fill('Written before the database went, and after.');

	// A new panel reads it all from the new database (within the 200 ms write batch).
	await expect(async () => {
		const fresh = await openPanel(context, extensionId);
		try {
			await openMeeting(fresh, /^Survivor call/);
			await expect(fresh.locator('.clock .now')).toContainText('1. Release', { timeout: 1_000 });
			await expect(fresh.getByRole('textbox', { name: 'Notes for Release' })).toHaveValue('Written before the database went, and after.', { timeout: 1_000 });
		} finally {
			await fresh.close();
		}
	}).toPass({ timeout: 10_000 });
});

test('a meeting changed just before its panel went is listed and found as it was changed', async ({ context, extensionId }) => {
	const page = await openPanel(context, extensionId);
	await newMeetingFromAgenda(page, '- Release (10m)', { title: 'Draft call' });
	await expect(page.getByText('Saved')).toBeVisible();
	// Each edit is stored alone at once, and the meeting's snapshot (what the list shows and
	// searches) in the write batch a moment later. The panel going before that batch lands is
	// made certain here by refusing the batch: its transaction is aborted, as a refused write's is.
	await page.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
			if (this.name !== 'meetings') return put.apply(this, args);
			this.transaction.abort();
			throw new DOMException('The disk is full', 'QuotaExceededError');
		};
	});
	await page.getByLabel('Title', { exact: true }).fill('Renamed call');
	await page.getByRole('button', { name: 'Run' }).click();
	await page.getByRole('textbox', { name: 'Notes for Release' }).fill('Tagged zanzibar');
	// The edits are stored, so the panel says so; the snapshot is not.
	const notesStored = async () => JSON.stringify((await dumpDatabase(page)).events).includes('Tagged zanzibar');
	await expect.poll(notesStored).toBe(true);
	await expect(page.getByText('Saved')).toBeVisible();
	await page.close();

	const fresh = await openPanel(context, extensionId);
	await fresh.getByRole('button', { name: 'All meetings' }).click();
	await expect(fresh.getByRole('button', { name: /^Renamed call/ })).toBeVisible();
	await expect(fresh.getByRole('button', { name: /^Draft call/ })).toHaveCount(0);
	await fresh.getByRole('searchbox').fill('zanzibar');
	await expect(fresh.getByRole('button', { name: /^Renamed call/ })).toBeVisible();
});
