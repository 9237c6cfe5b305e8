// A meeting prepared and run from the keyboard alone in Firefox, as in Chromium: every step has a
// shortcut (Alt with a letter, which Firefox leaves to the page), typing in the notes is never
// taken over, and "?" shows the list.
import { expect, test } from './fixtures.ts';
import { chord, shown, waitForText, waitForValue } from './steps.ts';

test('a meeting prepared and run with the keyboard only', async ({ firefox }) => {
	const page = await firefox.openPanel();
	const type = (text: string) => page.keyboard.type(text);
	await page.keyboard.press('?');
	await waitForText(page, '[role=dialog]', 'Alt+N');
	await page.keyboard.press('Escape');
	await page.waitForFunction(() => document.querySelector('[role=dialog]') === null);

	await chord(page, 'Alt+W');
	await chord(page, 'Alt+T');
	await chord(page, 'Control+A');
	await type('Keyboard call');
	await chord(page, 'Alt+G');
	await type('Amir Chaudhry\n');
	await chord(page, 'Alt+I');
	await type('Release (10m)\n');
	await type('Website (5m)\n');
	await waitForText(page, '#agenda-heading', '2 items · 15 min planned');

	await chord(page, 'Alt+R');
	await shown(page, 'Start meeting');
	await chord(page, 'Alt+S');
	await waitForText(page, '.clock .now', 'Now · 1. Release');
	await chord(page, 'Alt+M');
	// The notes box grows with its text: Firefox has no field-sizing, so the panel sizes it (auto-grow.ts).
	const height = () => page.evaluate(() => document.querySelector('textarea.notes')?.getBoundingClientRect().height ?? 0);
	const empty = await height();
	await type('1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12');
	await page.waitForFunction((before: number) => (document.querySelector('textarea.notes')?.getBoundingClientRect().height ?? 0) > before * 1.3, {}, empty);
	await chord(page, 'Control+A');
	await page.keyboard.press('Backspace');
	await page.waitForFunction((before: number) => (document.querySelector('textarea.notes')?.getBoundingClientRect().height ?? 0) <= before + 1, {}, empty);
	expect(await height()).toBeLessThanOrEqual(empty + 1);
	await type('Typed while the clock runs? Yes.');
	expect(await page.$('[role=dialog]')).toBeNull();
	await chord(page, 'Alt+A');
	await type('Amir Chaudhry');
	await page.keyboard.press('Tab');
	await type('write it down\n');
	await chord(page, 'Alt+C');
	await type('Ship on Friday\n');
	await waitForText(page, 'ul.records', 'Action: Amir Chaudhry — write it down');
	await waitForText(page, 'ul.records', 'Decision: Ship on Friday');
	await chord(page, 'Alt+N');
	await waitForText(page, '.clock .now', '2. Website');
	await chord(page, 'Alt+P');
	await waitForText(page, '.clock .now', 'Paused');
	await chord(page, 'Alt+P');
	// Alt+1 shows item 1 and leaves the clock on item 2; Alt+S starts it.
	await chord(page, 'Alt+1');
	await waitForText(page, '.viewing', 'Looking at 1. Release: the clock stays on 2. Website.');
	await waitForText(page, '.clock .now', '2. Website');
	await chord(page, 'Alt+S');
	await waitForText(page, '.clock .now', '1. Release');
	expect(await waitForValue(page, 'Notes for Release', 'Typed while the clock runs? Yes.')).toBe('Typed while the clock runs? Yes.');
	await chord(page, 'Alt+X');
	await waitForText(page, '.clock .now', 'Ended');
	await chord(page, 'Alt+U');
	await shown(page, 'Copy minutes');
	await page.waitForFunction(() => /#### Release ####\n\nTyped while the clock runs\? Yes\./.test((document.querySelector('textarea.raw') as HTMLTextAreaElement | null)?.value ?? ''));
	await chord(page, 'Alt+L');
	await shown(page, /^Keyboard call/);
});
