// The alert of an item's end in Firefox, with the event page really stopped: Firefox stops an idle
// background after extensions.background.idle.timeout (30 s by default, 1 s here), as
// about:debugging then shows ("Background script: Stopped"). Starting the meeting sets the badge
// and the alarms from the panel with the background still stopped; at the item's budget the alarm
// wakes it, and it notifies, with the panel closed.
import type { Page } from 'puppeteer-core';
import { expect, test } from './fixtures.ts';
import { click, fill, setClock } from './steps.ts';

test.use({ firefoxOptions: { idleTimeoutMs: 1_000 } });

/** Gavel's background as about:debugging tells it: "Running" or "Stopped". */
async function backgroundState(debugging: Page): Promise<string> {
	return debugging.evaluate(() => /Background script\s+(\w+)/.exec(document.body.innerText)?.[1] ?? '');
}
const until = async (check: () => Promise<boolean>, timeout = 10_000) => {
	const end = Date.now() + timeout;
	while (!(await check())) {
		if (Date.now() > end) throw new Error(`not so after ${timeout} ms: ${check.toString()}`);
		await new Promise((r) => setTimeout(r, 100));
	}
};

test('an item\'s time is up: set by the panel while the background sleeps, notified by it when the alarm wakes it', async ({ firefox }) => {
	const page = await firefox.openPanel();
	// The panel's clock stands 55 s behind: the item's one minute is up 5 s after it starts.
	const started = Date.now() - 55_000;
	await setClock(page, new Date(started));
	await click(page, 'From agenda…');
	await fill(page, 'Paste the agenda', '- Quick check (1m)\n- Later (5m)');
	await click(page, 'Create meeting');
	await click(page, 'Run');

	const debugging = await firefox.browser.newPage();
	await debugging.goto('about:debugging#/runtime/this-firefox', { waitUntil: 'none' as never });
	await until(async () => (await backgroundState(debugging)) === 'Stopped');
	await page.bringToFront();
	await click(page, 'Start meeting');
	const due = started + 60_000;
	await until(async () => (await page.evaluate(() => browser.action.getBadgeText({}))) === '1');
	const alarms = await page.evaluate(async () => (await browser.alarms.getAll()).map((a) => a.name).sort());
	expect(alarms).toEqual(['badge-tick', expect.stringMatching(/^item-end:/)]);
	expect(await backgroundState(debugging)).toBe('Stopped');
	await page.close();

	// The alarm wakes the background, which reads the meeting from IndexedDB and notifies.
	await until(async () => (await backgroundState(debugging)) === 'Running', 15_000);
	const woke = Date.now() - due;
	const viewer = await firefox.openPanel();
	await until(async () => Object.keys(await viewer.evaluate(() => browser.notifications.getAll())).some((id) => id.startsWith('item-end:')));
	// Never early; how late is reported (machines here are shared, so no bound is asserted).
	expect(woke).toBeGreaterThan(-500);
	test.info().annotations.push({ type: 'background woken after the budget (ms)', description: String(woke) });
	console.log(`Firefox: the background stopped before the meeting started was woken ${woke} ms after the budget ran out, and notified`);
	await until(async () => (await viewer.evaluate(() => browser.action.getBadgeText({}))) === '+1');
	expect(await viewer.evaluate(() => browser.action.getBadgeBackgroundColor({}))).toEqual([0xc6, 0x28, 0x28, 255]);
});
