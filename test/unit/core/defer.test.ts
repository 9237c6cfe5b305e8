// Running late: the lowest items are put off, enough of them to end on time; "Next" passes over
// them; the projected end no longer counts them.
import { describe, expect, it } from 'vitest';
import { itemsToDefer, nextItemId } from '../../../src/core/defer.ts';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import { timing } from '../../../src/core/timing.ts';
import type { Meeting } from '../../../src/core/types.ts';

const MIN = 60_000;
const start = Date.UTC(2026, 10, 25, 16);
const meeting = (carry: string[] = []): Meeting => ({
	...createMeeting({ id: 'm', title: 'Call', date: '2026-11-25' }),
	items: [
		createItem({ id: 'a', title: 'Welcome', budget: 5 }),
		createItem({ id: 'b', title: 'Release', budget: 15 }),
		createItem({ id: 'c', title: 'Website', budget: 10 }),
		createItem({ id: 'd', title: 'No budget' }),
		createItem({ id: 'e', title: 'Hackathon', budget: 5 }),
	].map((i) => (carry.includes(i.id) ? { ...i, carryOver: true } : i)),
	timeline: [{ type: 'meeting.started', at: start, itemId: 'a' }],
});

describe('deferring items', () => {
	it('takes the fewest items from the bottom whose budgets cover the lateness, skipping items that take no time', () => {
		const m = meeting();
		const t = timing(m, start + MIN);
		expect(itemsToDefer(m, t, 4 * MIN)).toEqual(['e']);
		expect(itemsToDefer(m, t, 6 * MIN)).toEqual(['c', 'e']);
		// More than all of them: all of them, in agenda order.
		expect(itemsToDefer(m, t, 99 * MIN)).toEqual(['b', 'c', 'e']);
	});

	it('never offers the current item, a started one, or one already put off', () => {
		const m = { ...meeting(['e']), timeline: [{ type: 'meeting.started' as const, at: start, itemId: 'c' }] };
		expect(itemsToDefer(m, timing(m, start + MIN), 10 * MIN)).toEqual(['b']);
		expect(itemsToDefer(m, timing(m, start + MIN), 99 * MIN)).toEqual(['a', 'b']);
	});

	it('leaves put-off items out of the projected end', () => {
		expect(timing(meeting(), start).projectedEnd).toBe(start + 35 * MIN);
		expect(timing(meeting(['c', 'e']), start).projectedEnd).toBe(start + 20 * MIN);
	});

	it('passes over put-off items on "Next"', () => {
		const m = meeting(['c', 'd']);
		expect(nextItemId(m, 'a')).toBe('b');
		expect(nextItemId(m, 'b')).toBe('e');
		expect(nextItemId(m, 'e')).toBeUndefined();
	});
});
