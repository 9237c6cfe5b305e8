// Steps several browser tests take the same way a chair would.
import type { BrowserContext, Page } from '@playwright/test';

let claimed = new WeakSet<Page>();

/** The shared browser starts each test with a fresh blank tab, which openPanel may take. */
export function forgetClaimedPages(): void {
	claimed = new WeakSet<Page>();
}

/** A tab of the panel, once it says it is ready for the chair (keys pressed before that are not its). The
 * browser's first, blank tab is used if it is still there (a new tab in a browser just started takes ~0.7 s). */
export async function openPanel(context: BrowserContext, extensionId: string): Promise<Page> {
	const blank = context.pages().find((p) => p.url() === 'about:blank' && !claimed.has(p));
	const page = blank ?? (await context.newPage());
	claimed.add(page);
	await page.goto(`chrome-extension://${extensionId}/panel.html`);
	await page.waitForFunction(() => performance.getEntriesByName('gavel-interactive').length > 0);
	return page;
}

/** New meeting from a pasted agenda, then (optionally) its title and attendees. */
export async function newMeetingFromAgenda(page: Page, agenda: string, details: { title?: string; attendees?: string[] } = {}): Promise<void> {
	await page.getByRole('button', { name: 'From agenda…' }).click();
	await page.getByLabel('Paste the agenda').fill(agenda);
	await page.getByRole('button', { name: 'Create meeting' }).click();
	if (details.title !== undefined) await page.getByLabel('Title', { exact: true }).fill(details.title);
	for (const name of details.attendees ?? []) {
		await page.getByLabel('Add attendee').fill(name);
		await page.getByLabel('Add attendee').press('Enter');
	}
}

/** Every record of every store of Gavel's database, as `page` (of the extension's origin) sees it. */
export function dumpDatabase(page: Page): Promise<{ events: unknown[]; meetings: Array<{ id: string; state: { items: Array<{ id: string }> } }>; meta: unknown[] }> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('gavel');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const all = async <T,>(name: string) => new Promise<T[]>((resolve) => {
			const request = db.transaction(name).objectStore(name).getAll();
			request.onsuccess = () => resolve(request.result as T[]);
		});
		const dump = { events: await all<unknown>('events'), meetings: await all<{ id: string; state: { items: Array<{ id: string }> } }>('meetings'), meta: await all<unknown>('meta') };
		db.close();
		return dump;
	});
}

/** Deletes Gavel's database from `page`, as a tool or the browser could (open connections step aside). */
export function deleteDatabase(page: Page): Promise<void> {
	return page.evaluate(() => new Promise<void>((resolve, reject) => {
		const deleting = indexedDB.deleteDatabase('gavel');
		deleting.onsuccess = () => resolve();
		deleting.onerror = () => reject(deleting.error);
	}));
}

/** Opens a meeting by its title: from the list, unless the panel opened in it already (a panel
 * reopens where the chair last was). */
export async function openMeeting(page: Page, title: RegExp): Promise<void> {
	const inList = page.getByRole('button', { name: title });
	const heading = page.locator('h1.meeting-title').filter({ hasText: title });
	await inList.or(heading).first().waitFor();
	if (await heading.isVisible()) return;
	await inList.click();
}
