// A chair's whole meeting in Firefox's sidebar page: prepare from a pasted agenda, run it with
// notes, an action with its due date and a decision, end it, publish it. The minutes copied are
// the very bytes of Chromium's golden file for the same meeting, and Firefox started again on
// the same profile finds the meeting as it was.
import { readFileSync } from 'node:fs';
import { launchFirefox } from './firefox.ts';
import { expect, test } from './fixtures.ts';
import { advance, chord, click, control, fill, setClock, shown, valueOf, waitForText, waitForValue } from './steps.ts';

const AGENDA = '- Welcome and agenda (5m)\n- Release 4.2 status - 15 min\n  - CI failures\n- [10] Website branding\n- Hackathon planning (10 min)\n- Security review (5m)';
const golden = readFileSync(new URL('../golden/e2e-chair-meeting.md', import.meta.url), 'utf8');
const MIN = 60_000;

test('a chair prepares, runs and publishes a meeting, and finds it again after a restart', async ({ firefox, profile }) => {
	const page = await firefox.openPanel();
	await setClock(page, new Date('2026-11-25T16:00:00'));

	// Prepare
	await click(page, 'From agenda…');
	await fill(page, 'Paste the agenda', AGENDA);
	await click(page, 'Create meeting');
	await fill(page, 'Title', 'Weekly Meeting: 2026-11-25');
	for (const name of ['Amir Chaudhry', 'Anil Madhavapeddy', 'Richard Mortier']) {
		await fill(page, 'Add attendee', name);
		await page.keyboard.press('Enter');
	}
	await waitForText(page, '#agenda-heading', '5 items · 45 min planned');
	await fill(page, 'Chair', 'Amir Chaudhry');
	await fill(page, 'Start', '16:00');

	// Run
	await click(page, 'Run');
	await click(page, 'Start meeting');
	await fill(page, 'Notes for Welcome and agenda', 'Everyone is here.');
	await advance(page, 4 * MIN);
	await click(page, 'Next');
	await waitForText(page, '.clock .now', '2. Release 4.2 status');
	await fill(page, 'Notes for Release 4.2 status', 'Blocked on the TLS pull request.\n\nAnil will tag it once CI is green.');
	await fill(page, 'Action owner', 'Anil Madhavapeddy');
	await fill(page, 'Action', 'tag 4.2 once CI is green');
	await click(page, 'Add action');
	await click(page, 'Due date of “tag 4.2 once CI is green”: none');
	await fill(page, 'Due date of “tag 4.2 once CI is green”', '2026-12-02');
	await page.keyboard.press('Enter');
	await waitForText(page, '.action-controls', 'due December 2');
	await fill(page, 'Decision', 'Release on Friday');
	await click(page, 'Add decision');
	await advance(page, 18 * MIN);
	await waitForText(page, '.clock .left', /^3:\d\d over$/);
	await click(page, 'Next');
	await click(page, 'Pause');
	await shown(page, 'Resume');
	await click(page, 'End meeting');
	await waitForText(page, '.clock .now', 'Ended');

	// Publish, from the prompt the end of the meeting shows; marked final; copied.
	await click(page, 'Publish the minutes');
	await waitForText(page, '.status-line', 'Draft');
	await click(page, 'Mark as final');
	await waitForText(page, '.status-line', 'Final');
	expect(await waitForValue(page, 'Markdown', golden)).toBe(golden);
	await click(page, 'Copy minutes');
	await shown(page, 'Copied');
	// Pasted as a user would, into the agenda box of the meetings list.
	await click(page, 'All meetings');
	await click(page, 'From agenda…');
	await (await control(page, 'field', 'Paste the agenda')).click();
	await chord(page, 'Control+V');
	expect(await valueOf(page, 'Paste the agenda')).toBe(golden);
	await firefox.close();

	// Firefox started again on the same profile: the meeting is there, its minutes unchanged.
	const again = await launchFirefox(profile);
	try {
		const reopened = await again.openPanel();
		await click(reopened, /^Weekly Meeting: 2026-11-25/);
		await click(reopened, 'Publish');
		await waitForText(reopened, '.status-line', 'Final');
		expect(await waitForValue(reopened, 'Markdown', golden)).toBe(golden);
		expect(again.errors).toEqual([]);
		expect(again.requests).toEqual([]);
	} finally {
		await again.close();
	}
});
