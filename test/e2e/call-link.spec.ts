// "Link this call": nothing is asked at install; the chair names the call's site, Gavel asks for
// that site alone, finds the call's tab and keeps its address; "Go to call" brings that tab
// forward, or opens the call. A call's pages are served by the test, not the network.
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openPanel } from './steps.ts';

// A browser of its own (it grants a site's permission): see fixtures.ts.
test.use({ ownBrowser: true });

/** Grants Gavel one site, as the user's "Allow" in the browser's prompt would: a test cannot
 * answer that prompt (microsoft/playwright#32755), chrome://extensions can grant the same. */
async function allowSite(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
	const page = await context.newPage();
	await page.goto('chrome://extensions/');
	await page.evaluate(([id, host]) => (chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }).developerPrivate.addHostPermission(id ?? '', host ?? ''), [extensionId, origin]);
	await page.close();
}

test('a call is linked from its site, and "Go to call" brings its tab forward or opens it', async ({ context, extensionId, allowRequests }) => {
	allowRequests(/^https:\/\/(meet\.jit\.si|call\.example\.org)\//);
	await context.route(/^https:\/\/(meet\.jit\.si|call\.example\.org)\//, (route) => route.fulfill({ contentType: 'text/html', body: '<title>The call</title>On the call' }));
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
	const granted = () => worker.evaluate(() => chrome.permissions.getAll().then((p) => p.origins ?? []));
	expect(await granted()).toEqual([]);

	const call = await context.newPage();
	await call.goto('https://meet.jit.si/GavelWeekly#config.prejoin=false');
	await allowSite(context, extensionId, 'https://meet.jit.si/*');
	const page = await openPanel(context, extensionId);
	await page.getByRole('button', { name: 'New meeting' }).click();
	await page.getByRole('button', { name: 'Link this call…' }).click();
	await page.getByRole('button', { name: 'Jitsi Meet' }).click();
	await expect(page.locator('.call-address')).toHaveText('meet.jit.si/GavelWeekly');

	// The panel's tab is in front; "Go to call" puts the call's tab there instead.
	const activeUrl = () => worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs[0]?.url ?? tabs[0]?.id));
	await page.bringToFront();
	await page.getByRole('button', { name: 'Go to call' }).click();
	await expect.poll(activeUrl).toBe('https://meet.jit.si/GavelWeekly#config.prejoin=false');
	expect(context.pages().filter((p) => p.url().startsWith('https://meet.jit.si/'))).toHaveLength(1);

	// Kept with the meeting, and shown in Run too.
	await page.bringToFront();
	await page.getByRole('button', { name: 'Run' }).click();
	await expect(page.locator('.clock .call-address')).toHaveText('meet.jit.si/GavelWeekly');

	// Another site, by its link: linked at once; without that site's permission, "Go to call" opens the call.
	await page.getByRole('button', { name: 'Unlink the call' }).click();
	// Run offers only to go to a linked call: linking is done in Prepare.
	await expect(page.locator('.clock .call-link')).toHaveCount(0);
	await page.getByRole('button', { name: 'Prepare' }).click();
	await page.getByRole('button', { name: 'Link this call…' }).click();
	await page.getByLabel('Call address on another site').fill('javascript:alert(1)');
	await page.getByRole('button', { name: 'Link', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'is not a web address' })).toBeVisible();
	await page.getByLabel('Call address on another site').fill('call.example.org/weekly');
	await page.getByRole('button', { name: 'Link', exact: true }).click();
	await expect(page.locator('.call-address')).toHaveText('call.example.org/weekly');
	const opened = context.waitForEvent('page');
	await page.getByRole('button', { name: 'Go to call' }).click();
	await expect(await opened).toHaveURL('https://call.example.org/weekly');
});
