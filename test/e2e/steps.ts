// Steps several browser tests take the same way a chair would.
import type { BrowserContext, Page } from '@playwright/test';

export async function openPanel(context: BrowserContext, extensionId: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`chrome-extension://${extensionId}/panel.html`);
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
