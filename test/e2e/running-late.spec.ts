// Running late: the panel says by how much, offers to put off the lowest items (enough of them),
// "Next" passes over them, and past the scheduled end it offers to end and publish.
import { expect, test } from './fixtures.ts';
import { newMeetingFromAgenda } from './steps.ts';

// A browser of its own (Playwright's clock is the context's, and stays installed): see fixtures.ts.
test.use({ ownBrowser: true });

test('the lowest items are put off when the meeting will run late, and past the end the panel offers to publish', async ({ context, extensionId }) => {
	const page = await context.newPage();
	await page.clock.install({ time: new Date('2026-11-25T16:00:00') });
	await page.goto(`chrome-extension://${extensionId}/panel.html`);
	await newMeetingFromAgenda(page, '- Release (10m)\n- Website (10m)\n- Hackathon (5m)\n- Security (5m)', { title: 'Late call' });
	await page.getByLabel('Start').fill('16:00');
	await page.getByRole('button', { name: 'Run' }).click();
	await page.getByRole('button', { name: 'Start meeting' }).click();
	await expect(page.getByRole('button', { name: /^Put off/ })).toHaveCount(0);

	// Release takes 18 minutes: 8 late, so Hackathon and Security (10 min) go.
	await page.clock.fastForward('18:00');
	await expect(page.locator('.schedule')).toHaveText(/8 min late$/);
	await page.getByRole('button', { name: 'Put off “Hackathon”, “Security” (10 min)' }).click();
	await expect(page.locator('.schedule')).toHaveText(/2 min early$/);
	await expect(page.locator('ol.run-items li.carried')).toHaveText([/Hackathon.*put off/, /Security.*put off/]);
	// One comes back.
	await page.getByRole('button', { name: 'Keep “Security” in this meeting' }).click();
	await expect(page.locator('ol.run-items li.carried')).toHaveText([/Hackathon/]);

	// Next passes over the item put off.
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.locator('.clock .now')).toContainText('2. Website');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.locator('.clock .now')).toContainText('4. Security');

	// 16:30 was the scheduled end.
	await expect(page.getByRole('button', { name: 'End and publish now' })).toHaveCount(0);
	await page.clock.fastForward('13:00');
	await page.getByRole('button', { name: 'End and publish now' }).click();
	await expect(page.getByRole('button', { name: 'Publish', exact: true })).toHaveAttribute('aria-current', 'page');
	await expect(page.getByRole('textbox', { name: 'Markdown' })).toHaveValue(/Release/);
	await page.getByRole('button', { name: 'Run' }).click();
	await expect(page.locator('.clock .now')).toContainText('Ended');
});
