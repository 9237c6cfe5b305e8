// Two meetings of a weekly series, end to end in Chromium: the first becomes a series and gives
// two actions (typed, one name completed, one by another name the roster knows) and an item not reached; a week on, "Next meeting" prepares the second with both
// actions up for review and the item carried over; one action is closed there, and the series
// then has only the other open. The minutes of both equal their golden files.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { newMeetingFromAgenda } from './steps.ts';

// A browser of its own (Playwright's clock is the context's, and stays installed): see fixtures.ts.
test.use({ ownBrowser: true });

const AGENDA = '- Welcome (5m)\n- Release 4.2 (15m)\n- Hackathon planning (10m)';

async function publishFinal(page: Page, golden: string, fileName: string): Promise<string> {
	await page.getByRole('button', { name: 'Publish the minutes' }).click();
	await page.getByRole('button', { name: 'Mark as final' }).click();
	await expect(page.locator('.status-line')).toContainText('Final');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: `Download ${fileName}` }).click();
	const file = readFileSync((await (await downloading).path()) ?? '', 'utf8');
	const path = new URL(`../golden/${golden}`, import.meta.url);
	if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(path)) writeFileSync(path, file);
	expect(file).toBe(readFileSync(path, 'utf8'));
	return file;
}

test('two meetings of a series: actions come up for review, one is closed, both minutes are right', async ({ context, extensionId }) => {
	const page = await context.newPage();
	await page.clock.install({ time: new Date('2026-11-25T15:50:00') });
	await page.goto(`chrome-extension://${extensionId}/panel.html`);

	// The first meeting, made a weekly series.
	await newMeetingFromAgenda(page, AGENDA, { title: 'Weekly Meeting: 2026-11-25', attendees: ['Amir Chaudhry', 'Anil Madhavapeddy', 'Richard Mortier'] });
	await page.getByLabel('Chair').selectOption('Amir Chaudhry');
	await page.getByLabel('Secretary').selectOption('Richard Mortier');
	await page.getByLabel('Start').fill('16:00');
	await page.getByRole('button', { name: 'Make a weekly series from this meeting' }).click();
	await expect(page.locator('.cadence')).toContainText(/Every Wednesday at 16:00/);
	await page.getByLabel('Name', { exact: true }).fill('MirageOS weekly call');
	await page.getByLabel('Written by').fill('Amir Chaudhry');
	await page.getByLabel('Other names of Richard Mortier').fill('Mort, @mort');
	await page.getByLabel('Add a standing link').fill('mir-mail http://lists.xenproject.org/mailman/listinfo/mirageos-devel');
	await page.getByLabel('Add a standing link').press('Enter');
	await expect(page.getByLabel('Address of [mir-mail]')).toHaveValue('http://lists.xenproject.org/mailman/listinfo/mirageos-devel');

	await page.getByRole('button', { name: 'Wednesday, November 25' }).click();
	await expect(page.getByLabel('Next call')).toHaveValue('2026-12-02');
	await page.getByRole('button', { name: 'Run' }).click();
	await page.clock.setSystemTime(new Date('2026-11-25T16:00:00'));
	await page.getByRole('button', { name: 'Start meeting' }).click();
	await page.getByRole('textbox', { name: 'Notes for Welcome' }).fill('Everyone is here.');
	await page.getByRole('button', { name: 'Next' }).click();
	const release = page.getByRole('textbox', { name: 'Notes for Release 4.2' });
	await release.focus();
	// Names complete from the roster and the attendees: Tab takes the first.
	await page.keyboard.type('Blocked on the TLS pull request.\naction: an');
	await expect(page.locator('.suggest button')).toHaveText(['Anil Madhavapeddy']);
	await page.keyboard.press('Tab');
	await expect(release).toHaveValue('Blocked on the TLS pull request.\naction: Anil Madhavapeddy ');
	await expect(release).toBeFocused();
	await page.keyboard.type('to tag 4.2 once CI is green\n');
	await expect(page.locator('#notes-said')).toContainText('Action for Anil Madhavapeddy');
	await expect(page.locator('.suggest')).toHaveCount(0);
	await page.keyboard.type('action: Mort will write the release post\n');
	await expect(page.locator('ul.records')).toContainText('Richard Mortier — write the release post');
	await page.getByRole('button', { name: 'End meeting' }).click();
	// Not reached: carried to the next meeting in one step.
	await page.getByRole('button', { name: 'Carry it to the next meeting' }).click();
	await expect(page.locator('ol.run-items li.carried')).toHaveText(/Hackathon planning.*to next meeting/);
	await publishFinal(page, 'e2e-series-1.md', '2026-11-25.md');

	// A week on, the series prepares the next meeting.
	await page.clock.setSystemTime(new Date('2026-12-01T09:00:00'));
	await page.getByRole('button', { name: 'All meetings' }).click();
	await page.getByRole('button', { name: 'Prepare the next meeting of MirageOS weekly call' }).click();
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Weekly Meeting: 2026-12-02');
	await expect(page.getByLabel('Date')).toHaveValue('2026-12-02');
	await expect(page.getByLabel('Next call')).toHaveValue('2026-12-09');
	// The roster is expected, nobody marked here yet; last week's topics are not repeated, only the one carried over.
	await expect(page.locator('ul.people li')).toHaveText([/Amir Chaudhry/, /Anil Madhavapeddy/, /Richard Mortier/]);
	const attendees = page.getByRole('heading', { name: /Attendees/ });
	await expect(attendees).toContainText('0 present · 3 not marked yet');
	expect(await page.getByRole('textbox', { name: /^Item \d+ title$/ }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(['Review of previous actions', 'Hackathon planning']);
	await page.getByLabel('Chair').selectOption('Amir Chaudhry');
	await page.getByLabel('Secretary').selectOption('Richard Mortier');
	// The chair and the secretary are there; Anil is marked when he joins.
	await expect(attendees).toContainText('2 present · 1 not marked yet');
	await page.getByLabel('Anil Madhavapeddy is here').check();
	await expect(attendees).toContainText('3 present');

	await page.getByRole('button', { name: 'Run' }).click();
	await page.clock.setSystemTime(new Date('2026-12-02T16:00:00'));
	await page.getByRole('button', { name: 'Start meeting' }).click();
	const review = page.locator('ul.records li.action');
	await expect(review).toHaveText([/Anil Madhavapeddy — tag 4\.2 once CI is green · from November 25, 2026/, /Richard Mortier — write the release post · from November 25, 2026/]);
	await page.getByLabel('Status of “write the release post”').selectOption('done');
	await page.getByRole('textbox', { name: 'Notes for Review of previous actions' }).fill('CI is still red, so 4.2 waits.');
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('textbox', { name: 'Notes for Hackathon planning' }).fill('Marrakech in March.');
	await page.getByRole('button', { name: 'End meeting' }).click();
	await publishFinal(page, 'e2e-series-2.md', '2026-12-02.md');

	// The series: the closed action is gone from the open ones; the other is still there, from the first meeting.
	await page.getByRole('button', { name: 'All meetings' }).click();
	await page.getByRole('button', { name: 'MirageOS weekly call', exact: true }).click();
	const open = page.getByRole('region', { name: /Open actions/ });
	await expect(open.getByRole('heading', { level: 3 })).toHaveText(['Anil Madhavapeddy']);
	await expect(open.getByRole('listitem')).toHaveText([/tag 4\.2 once CI is green\s*from November 25, 2026/]);
	await expect(page.getByRole('region', { name: /^Meetings/ }).getByRole('listitem')).toHaveText([/December 2/, /November 25/]);
	// A topic both meetings had is offered as a recurring one; made recurring, it is offered no more.
	await page.getByRole('button', { name: 'Put “Hackathon planning” on every agenda' }).click();
	await expect(page.getByRole('textbox', { name: 'Recurring item', exact: true })).toHaveValue('Hackathon planning');
	await expect(page.locator('.repeated')).toHaveCount(0);
	// Planned against taken, per meeting and per item, once the series asks for it.
	await page.getByLabel('Planned and actual time per item').check();
	const firstMeeting = page.getByRole('region', { name: /^Meetings/ }).getByRole('listitem').last();
	await expect(firstMeeting).toContainText('30 min planned · 0 taken');
	await firstMeeting.getByText('Per item').click();
	await expect(firstMeeting.locator('tbody tr')).toHaveText([/^Welcome\s*5 min\s*0 min$/, /^Release 4\.2\s*15 min\s*0 min$/, /^Hackathon planning\s*10 min\s*not reached$/]);
	// The call for agenda items for the next call reminds Anil of his action.
	await page.getByText('Call for agenda items', { exact: true }).click();
	await expect(page.getByLabel('Call for agenda items: the message')).toHaveValue(/The next MirageOS weekly call is on Wednesday, 9th December 2026 at 16:00[\s\S]*- Anil Madhavapeddy: tag 4\.2 once CI is green \(from Wednesday, 25th November 2026\)/);
});

test("a series' settings are kept as they are typed, and its next meeting follows them", async ({ context, extensionId }) => {
	const page = await context.newPage();
	await page.clock.install({ time: new Date('2026-11-23T10:00:00') });
	await page.goto(`chrome-extension://${extensionId}/panel.html`);
	await newMeetingFromAgenda(page, '- Standup (15m)', { title: 'Team sync 2026-11-23', attendees: ['Ada Lovelace'] });
	await page.getByRole('button', { name: 'Make a weekly series from this meeting' }).click();
	await page.getByLabel('Every … weeks').fill('2');
	await page.getByLabel('On', { exact: true }).selectOption({ label: 'Thursday' });
	await page.getByLabel('At', { exact: true }).fill('09:30');
	await page.getByLabel('Time zone').fill('Asia/Tokio');
	await page.getByLabel('Time zone').blur();
	await expect(page.getByRole('status').filter({ hasText: '“Asia/Tokio” is not a time zone' })).toBeVisible();
	await page.getByLabel('Time zone').fill('Asia/Tokyo');
	await page.getByLabel('Time zone').blur();
	await page.getByLabel('Add a recurring item').fill('Retro (20m)');
	await page.getByLabel('Add a recurring item').press('Enter');
	await page.getByLabel('Name', { exact: true }).fill('Team sync');
	await page.reload();

	await page.getByRole('button', { name: 'Team sync', exact: true }).click();
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Team sync');
	await expect(page.locator('.cadence')).toContainText('Every 2 weeks on Thursday at 09:30 (Asia/Tokyo)');
	await page.getByRole('button', { name: 'Prepare the next meeting' }).click();
	await expect(page.getByLabel('Date')).toHaveValue('2026-11-26');
	await expect(page.getByLabel('Next call')).toHaveValue('2026-12-10');
	// Only what the chair made recurring: not the topic of the meeting the series was made from.
	expect(await page.getByRole('textbox', { name: /^Item \d+ title$/ }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(['Review of previous actions', 'Retro']);

	// A newcomer: Publish names them, and one click puts them on the roster.
	await page.getByLabel('Add attendee').fill('Grace Hopper');
	await page.getByLabel('Add attendee').press('Enter');
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	const checks = page.getByRole('region', { name: /Before you publish/ });
	await expect(checks.getByRole('listitem').filter({ hasText: "Grace Hopper is not on the series' roster." })).toBeVisible();
	await checks.getByRole('button', { name: 'Add to the roster' }).click();
	await expect(checks.getByRole('listitem').filter({ hasText: 'roster' })).toHaveCount(0);
	await page.getByRole('button', { name: 'All meetings' }).click();
	await page.getByRole('button', { name: 'Team sync', exact: true }).click();
	await expect(page.getByRole('textbox', { name: 'Name on the roster' })).toHaveCount(2);
	expect(await page.getByRole('textbox', { name: 'Name on the roster' }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(['Ada Lovelace', 'Grace Hopper']);
});

test("a series learns its site's style from a published file and publishes its next meeting in it", async ({ context, extensionId }) => {
	const page = await context.newPage();
	await page.clock.install({ time: new Date('2026-11-23T10:00:00') });
	await page.goto(`chrome-extension://${extensionId}/panel.html`);
	await newMeetingFromAgenda(page, '- Release plan (15m)', { title: 'Example Working Group Telco — 2026-11-23', attendees: ['Ada Lovelace'] });
	await page.getByRole('button', { name: 'Make a weekly series from this meeting' }).click();

	// Not minutes: said, and nothing changes.
	await page.getByLabel('Learn the site’s style from a file…').setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('just some words') });
	await expect(page.getByRole('alert')).toContainText('No style learned from notes.md');
	await expect(page.getByLabel('Format')).toHaveValue('mirage-www');

	const published = readFileSync(new URL('../fixtures/styles/scribejs-2026-11-23-wg.md', import.meta.url));
	await page.getByLabel('Learn the site’s style from a file…').setInputFiles({ name: 'scribejs-2026-11-23-wg.md', mimeType: 'text/markdown', buffer: published });
	await expect(page.getByLabel('Format')).toHaveValue('learned');
	await expect(page.getByText('Style learned from scribejs-2026-11-23-wg.md: files named like scribejs-YYYY-MM-DD-wg.md.')).toBeVisible();
	await page.getByLabel('Name', { exact: true }).fill('Example WG');
	await page.reload();
	await page.getByRole('button', { name: 'Example WG', exact: true }).click();
	await expect(page.getByLabel('Format')).toHaveValue('learned');

	await page.getByRole('button', { name: 'Prepare the next meeting' }).click();
	await page.getByLabel('Add attendee').fill('Grace Hopper');
	await page.getByLabel('Add attendee').press('Enter');
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	const markdown = page.getByRole('textbox', { name: 'Markdown' });
	await expect(markdown).toHaveValue(/^---\nlayout: minutes\ndate: 2026-11-30\ntitle: .*\njson-ld: \|\n/);
	await expect(markdown).toHaveValue(/\n# Example Working Group Telco — Minutes\n\{: \.no_toc\}\n\n\*\*Date:\*\* 2026-11-30\n/);
	await expect(markdown).toHaveValue(/\n## Attendees\n\{: \.no_toc\}\n\*\*Present:\*\* Grace Hopper\n/);
	await expect(page.getByRole('button', { name: 'Download scribejs-2026-11-30-wg.md' })).toBeVisible();
});
