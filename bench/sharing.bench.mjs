// One meeting on two machines in real headless Chromium: two browsers (profiles of their own) and
// `gavel relay` on 127.0.0.1 as its own process. The chair has the 40-item meeting with 50 KB of
// notes open and shares it from the panel; the secretary joins from the invitation (the time from
// Join to the meeting's notes on screen); then the chair types at a person's pace and each key is
// timed from its keydown on the chair's machine to the paint that shows it on the secretary's.
// Both pages read one clock (performance.timeOrigin + now(): the same system clock, to ~1 ms).
import { startBuiltRelay } from '../scripts/built-relay.mjs';
import { seeded, stats } from './panel.bench.mjs';

/** In the secretary's page, before Gavel runs: each value Preact gives a notes box, with when the frame showing it is painted. */
function watchShown() {
	const shown = [];
	Object.assign(globalThis, { shown });
	const value = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
	Object.defineProperty(HTMLTextAreaElement.prototype, 'value', {
		...value,
		set(text) {
			value.set.call(this, text);
			const length = text.length;
			requestAnimationFrame(() => setTimeout(() => shown.push({ length, at: performance.timeOrigin + performance.now() }), 0));
		},
	});
}

/** In the chair's page: each key's keydown, on the same clock. */
function watchKeys() {
	const keys = [];
	Object.assign(globalThis, { keys });
	addEventListener('keydown', (e) => keys.push(performance.timeOrigin + e.timeStamp), true);
}

const FRAMES_ON_DEMAND = ['--disable-frame-rate-limit'];
const notesBox = (page) => page.getByRole('textbox', { name: /^Notes for/ });

/** `keys` characters typed by the chair, one every `every` ms. */
export async function remoteKeyBenchmark(keys, every, report) {
	const relay = await startBuiltRelay();
	const chair = await seeded('meeting40', FRAMES_ON_DEMAND);
	const secretary = await seeded('empty', FRAMES_ON_DEMAND);
	try {
		const c = await chair.context.newPage();
		await c.goto(chair.url('panel.html'));
		// (The seed leaves the panel to reopen on the meeting's Run view.)
		await notesBox(c).waitFor();
		await c.getByRole('button', { name: 'Share', exact: true }).click();
		await c.getByLabel('Relay').fill(relay.url);
		await c.getByLabel('Your name, as the others see it').fill('Chair');
		await c.getByRole('button', { name: 'Share', exact: true }).last().click();
		const invitation = await c.getByLabel(/^Invitation/).inputValue();
		await c.getByRole('button', { name: 'Hide' }).click();

		const s = await secretary.context.newPage();
		await s.addInitScript(watchShown);
		await s.goto(secretary.url('panel.html'));
		await s.getByRole('button', { name: 'Join a shared meeting…' }).click();
		await s.getByLabel('Invitation from the chair').fill(invitation);
		await s.getByLabel('Your name, as the others see it').fill('Secretary');
		const joinStart = Date.now();
		await s.getByRole('button', { name: 'Join', exact: true }).click();
		await notesBox(s).waitFor();
		const joinMs = Date.now() - joinStart;
		await s.waitForTimeout(500);

		const before = (await notesBox(c).inputValue()).length;
		await notesBox(c).click();
		await c.keyboard.press('End');
		// From here on, each keydown is one character of the notes.
		await c.evaluate(watchKeys);
		const text = 'the secretary reads every word the chair types '.repeat(20).slice(0, keys);
		await c.keyboard.type(text, { delay: every });
		await s.waitForFunction((n) => globalThis.shown.some((v) => v.length >= n), before + keys, { timeout: 20_000 });
		await s.waitForTimeout(300);
		const typed = await c.evaluate(() => globalThis.keys);
		const shown = await s.evaluate(() => globalThis.shown);
		// Key i is shown by the first paint of a text at least as long as it made the notes.
		const latencies = typed.map((at, i) => (shown.find((v) => v.length >= before + i + 1 && v.at >= at)?.at ?? Number.NaN) - at).filter((ms) => Number.isFinite(ms));
		report(`two machines: ${typed.length} keys typed, ${latencies.length} shown on the other; joined in ${joinMs} ms`);
		const figures = stats(latencies);
		return [
			{ name: 'key_to_remote_paint_p50_ms', unit: 'ms (key on one machine to paint on the other, loopback relay)', median: figures.median, p95: figures.p95, runs: figures.runs },
			{ name: 'key_to_remote_paint_p99_ms', unit: 'ms (key on one machine to paint on the other, loopback relay)', median: figures.p99, p95: figures.p99, runs: figures.runs },
			{ name: 'join_40_items_in_browser_ms', unit: 'ms (Join pressed to the meeting on screen, 50 KB of notes)', median: joinMs, p95: joinMs, runs: 1 },
		];
	} finally {
		await chair.context.close();
		await secretary.context.close();
		relay.stop();
	}
}
