// Quitting the browser a moment after the last key. By its quit command (what Playwright's
// context.close() sends), each try types a sentence into the running meeting's notes, waits 0,
// 20, 50 or 100 ms, quits, and the next start on the same profile must show every character typed
// so far. By SIGTERM (logout, shutdown), Chromium gives a page no moment (pagehide does not run,
// and localStorage written a second before may be gone): only what reached IndexedDB survives,
// so there the loss window is measured, as for SIGKILL in durability.spec.ts. Ten tries or more of each,
// in tests of three or four, so that none runs long (a try starts the browser: ~2.5 s).
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, launch, test, watch } from './fixtures.ts';
import { newMeetingFromAgenda, openMeeting, openPanel } from './steps.ts';

/** The pid of the browser process started on this profile (not one of its renderers or helpers). */
function browserPid(profile: string): number {
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let args: string[] = [];
		try {
			args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
		} catch {
			continue; // gone meanwhile
		}
		if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
	}
	throw new Error(`no browser process on ${profile}`);
}

async function terminate(context: BrowserContext, profile: string): Promise<void> {
	const closed = new Promise((resolve) => context.once('close', resolve));
	process.kill(browserPid(profile), 'SIGTERM');
	await closed;
}

/** Chromium on the profile with the panel open in the meeting "Quit call" (made on the first start). */
async function start(profile: string): Promise<{ context: BrowserContext; page: Page; check(): void }> {
	const context = await launch(profile);
	const watching = watch(context);
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
	const page = await openPanel(context, new URL(worker.url()).host);
	if (await page.getByRole('button', { name: /^Quit call/ }).or(page.locator('h1.meeting-title')).count() === 0) {
		await newMeetingFromAgenda(page, '- Release (10m)', { title: 'Quit call' });
		await page.getByRole('button', { name: 'Run' }).click();
		await page.getByRole('button', { name: 'Start meeting' }).click();
	}
	await openMeeting(page, /^Quit call/);
	return { context, page, check: () => watching.check() };
}

const notesOf = (page: Page) => page.getByRole('textbox', { name: 'Notes for Release' });

const TRIES = [[1, 4], [5, 7], [8, 10]] as const;
// A SIGTERM try types for a second first: three to a test.
const SIGTERM_TRIES = [[1, 3], [4, 6], [7, 9], [10, 12]] as const;

for (const delay of [0, 20, 50, 100]) {
	for (const [from, to] of TRIES) {
		test(`quitting ${delay} ms after the last key keeps every character (tries ${from}–${to})`, async ({ profile }, testInfo) => {
			// Each starts the browser four or five times: room for a loaded machine.
			test.setTimeout(60_000);
			let expected = '';
			const lost: number[] = [];
			for (let n = from; n <= to + 1; n++) {
				const { context, page, check } = await start(profile);
				const kept = await notesOf(page).inputValue();
				if (n > from) lost.push(expected.length - kept.length);
				expect(expected.startsWith(kept), `after try ${n - 1}, the notes are what was typed`).toBe(true);
				if (n === to + 1) {
					await context.close();
					check();
					break;
				}
				await notesOf(page).focus();
				await page.keyboard.press('End');
				const sentence = `Try ${n}, ${delay} ms. `;
				await page.keyboard.type(sentence);
				expected = kept + sentence;
				if (delay > 0) await page.waitForTimeout(delay);
				await context.close();
				check();
			}
			testInfo.annotations.push({ type: 'characters lost per try', description: lost.join(' ') });
			console.log(`quit ${delay} ms after the last key, tries ${from}-${to}: characters lost ${lost.join(' ')}`);
			expect(lost).toEqual(Array.from({ length: to - from + 1 }, () => 0));
		});
	}
}

// One character every 25 ms for a second, then the signal.
for (const [from, to] of SIGTERM_TRIES) {
	test(`SIGTERM keeps everything but what was still on its way to disk (tries ${from}–${to})`, async ({ profile }, testInfo) => {
		test.setTimeout(60_000);
		const windows: number[] = [];
		const text = 'abcdefghijklmnopqrst';
		let before = '';
		let typed: Array<{ at: number }> = [];
		let signalled = 0;
		for (let n = from; n <= to + 1; n++) {
			const { context, page, check } = await start(profile);
			const kept = await notesOf(page).inputValue();
			expect((before + text).startsWith(kept) || kept === before, `after try ${n - 1}, the notes are what was typed`).toBe(true);
			if (n > from) {
				const firstLost = typed[kept.length - before.length];
				const window = firstLost === undefined ? 0 : signalled - firstLost.at;
				// What was typed a second before the signal was on disk long before (as after SIGKILL).
				expect(window, `try ${n - 1}: loss window`).toBeLessThan(1_000);
				windows.push(window);
			}
			if (n === to + 1) {
				await context.close();
				check();
				break;
			}
			before = kept;
			typed = [];
			await notesOf(page).focus();
			await page.keyboard.press('End');
			for (const char of text) {
				typed.push({ at: Date.now() });
				await page.keyboard.type(char);
				await page.waitForTimeout(25);
			}
			signalled = Date.now();
			await terminate(context, profile);
			check();
		}
		testInfo.annotations.push({ type: 'loss window per try (ms)', description: windows.join(' ') });
		console.log(`SIGTERM tries ${from}-${to}: loss window ${windows.join(' ')} ms`);
	});
}
