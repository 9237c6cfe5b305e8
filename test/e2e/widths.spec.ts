// Every width a panel gets: Firefox's default sidebar (240 px), Chrome's narrowest side panel
// (320), its usual one (400) and a wide one (600), light and dark. In every view of a meeting
// full of long names and titles, nothing scrolls sideways, no element runs past the edge, no
// word is broken letter by letter, and every control keeps a usable size inside the panel.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { layoutProblems } from './layout-check.ts';
import { newMeetingFromAgenda, openPanel } from './steps.ts';
import { startRelayProcess } from '../helpers/relay-process.ts';

const AGENDA = '- Welcome and agenda (5m)\n- Release 4.2 status and the continuous integration failures (15m)\n  - CI failures on FreeBSD\n- Website branding (10m)\n- Internationalisation (120m)';

/** The view's problems in either scheme, each once with the schemes it is found in. */
async function check(page: Page, view: string): Promise<string[]> {
	const found = new Map<string, string[]>();
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		for (const problem of await page.evaluate(layoutProblems)) found.set(problem, [...(found.get(problem) ?? []), colorScheme]);
	}
	return [...found].map(([problem, schemes]) => `${view} (${schemes.join(', ')}): ${problem}`);
}

for (const width of [240, 320, 400, 600]) {
	test(`every view fits a ${width} px panel, light and dark`, async ({ context, extensionId, allowRequests }) => {
		// The one connection: to the relay this test starts, once the meeting is shared.
		allowRequests(/^ws:\/\/127\.0\.0\.1:\d+\//);
		const page = await openPanel(context, extensionId);
		await page.setViewportSize({ width, height: 700 });
		const problems = await check(page, 'meetings (empty)');
		await newMeetingFromAgenda(page, AGENDA, { title: 'Weekly Meeting of the Internationalisation Working Group: 2026-11-25', attendees: ['Amir Chaudhry', 'Anil Madhavapeddy', 'Hannes Mehnert-Kaloper', 'Richard Mortier'] });
		await page.getByLabel('Chair').selectOption('Amir Chaudhry');
		problems.push(...(await check(page, 'prepare')));

		await page.getByRole('button', { name: 'Run' }).click();
		await page.getByRole('button', { name: 'Start meeting' }).click();
		await page.getByRole('textbox', { name: /^Notes for/ }).fill('Internationalisation: https://github.com/mirage/mirage-www/issues/1234567890 needs reviewing.');
		await page.getByLabel('Action owner').fill('Hannes Mehnert-Kaloper');
		await page.getByLabel('Action', { exact: true }).fill('internationalise the documentation generator');
		await page.getByRole('button', { name: 'Add action' }).click();
		await page.getByLabel('Decision').fill('Internationalisation is postponed');
		await page.getByRole('button', { name: 'Add decision' }).click();
		problems.push(...(await check(page, 'run')));

		// Shared, through a relay on this machine: the form, then the line with the invitation.
		const relay = await startRelayProcess('gavel');
		try {
			await page.getByRole('button', { name: 'Share', exact: true }).click();
			problems.push(...(await check(page, 'share form')));
			await page.getByLabel('Relay').fill(relay.url);
			await page.getByLabel('Your name, as the others see it').fill('Hannes Mehnert-Kaloper');
			await page.getByRole('button', { name: 'Share', exact: true }).last().click();
			await expect(page.getByRole('status').filter({ hasText: /^Shared, live/ })).toBeVisible();
			problems.push(...(await check(page, 'sharing')));
			await page.getByRole('button', { name: 'Stop sharing' }).click();
		} finally {
			await relay.kill();
		}

		await page.getByRole('button', { name: 'Publish', exact: true }).click();
		await page.waitForFunction(() => document.querySelector('.rendered')?.innerHTML !== '');
		await expect(page.locator('.checks')).toContainText('secretary');
		problems.push(...(await check(page, 'publish')));

		await page.getByRole('button', { name: 'Prepare' }).click();
		await page.getByRole('button', { name: 'Make a weekly series from this meeting' }).click();
		await expect(page.locator('.cadence')).toBeVisible();
		problems.push(...(await check(page, 'series')));

		await page.getByRole('button', { name: 'All meetings' }).click();
		await page.locator('button.meeting').waitFor();
		problems.push(...(await check(page, 'meetings')));
		await page.getByRole('button', { name: 'Join a shared meeting…' }).click();
		problems.push(...(await check(page, 'join form')));
		await page.keyboard.press('Escape');
		await page.keyboard.press('?');
		await page.getByRole('dialog').waitFor();
		problems.push(...(await check(page, 'help')));
		expect(problems).toEqual([]);
	});
}
