// Two people typing into one item's notes at the same moment (issue 15): key for key, each from
// the end of the notes, each panel hearing the other's keys a moment later; and how many of
// their characters did not end up where they were typed.
import { expect, type Locator } from '@playwright/test';

/** Both type at once into the notes they are in; the notes once both show every key, and the same. */
export async function typeAtOnce(left: Locator, right: Locator, a: string, b: string): Promise<string> {
	const before = await left.inputValue();
	for (const box of [left, right]) {
		await box.focus();
		await box.press('Control+End');
	}
	for (let i = 0; i < Math.max(a.length, b.length); i++) await Promise.all([left.page().keyboard.type(a[i] ?? ''), right.page().keyboard.type(b[i] ?? '')]);
	for (const box of [left, right]) await expect.poll(async () => (await box.inputValue()).length).toBe(before.length + a.length + b.length);
	const notes = await left.inputValue();
	await expect(right).toHaveValue(notes);
	return notes;
}

/** Ten times (or `tries`), both type a line at once from the end of the notes; each time's characters out of place, and the notes at the end. */
export async function typeAtOnceTries(left: Locator, right: Locator, lines: (round: number) => [string, string], tries = 10): Promise<{ displaced: number[]; notes: string }> {
	const counts: number[] = [];
	let notes = await left.inputValue();
	for (let round = 0; round < tries; round++) {
		const [a, b] = lines(round);
		const before = notes;
		notes = await typeAtOnce(left, right, a, b);
		counts.push(displaced(notes, before, a, b));
	}
	return { displaced: counts, notes };
}

/**
 * Characters not where they would be had each person's words stayed whole and in order after the
 * notes as they were (`before`): 0 when the notes are `before` then one's words then the other's.
 */
export function displaced(notes: string, before: string, a: string, b: string): number {
	if (!notes.startsWith(before)) return a.length + b.length;
	const typed = notes.slice(before.length);
	const misses = (whole: string) => [...whole].filter((c, i) => typed[i] !== c).length + Math.max(0, typed.length - whole.length);
	return Math.min(misses(a + b), misses(b + a));
}
