// Clocks are computed from timestamped events, never from ticks: each row is a timeline and
// the figures a chair would read off the panel at a fixed `now`.
import { describe, expect, it } from 'vitest';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import { timing } from '../../../src/core/timing.ts';
import type { TimerMark } from '../../../src/core/types.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 25, 16, 0);
const at = (minutes: number) => T0 + minutes * MIN;
const meeting = (timeline: TimerMark[]) =>
	createMeeting({
		id: 'm',
		title: 'Call',
		date: '2026-11-25',
		items: [createItem({ id: 'a', title: 'A', budget: 10 }), createItem({ id: 'b', title: 'B', budget: 5 }), createItem({ id: 'c', title: 'C', budget: 15 })],
		timeline,
	});

interface Row {
	name: string;
	timeline: TimerMark[];
	now: number;
	status: string;
	current: string | undefined;
	elapsed: [number, number, number];
	overrun: [number, number, number];
	meetingElapsed: number;
	remainingBudget: number;
	projectedEnd: number | undefined;
}

const rows: Row[] = [
	{ name: 'not started', timeline: [], now: at(0), status: 'not-started', current: undefined, elapsed: [0, 0, 0], overrun: [0, 0, 0], meetingElapsed: 0, remainingBudget: 30, projectedEnd: undefined },
	{
		name: 'first item running',
		timeline: [{ type: 'meeting.started', at: at(0) }],
		now: at(4),
		status: 'running', current: 'a', elapsed: [4, 0, 0], overrun: [0, 0, 0], meetingElapsed: 4, remainingBudget: 6 + 5 + 15, projectedEnd: at(4 + 26),
	},
	{
		name: 'pause and resume across items',
		timeline: [
			{ type: 'meeting.started', at: at(0) },
			{ type: 'timer.paused', at: at(3) },
			{ type: 'timer.resumed', at: at(5) },
			{ type: 'item.next', at: at(8) },
			{ type: 'timer.paused', at: at(9) },
			{ type: 'timer.resumed', at: at(12) },
		],
		now: at(14),
		status: 'running', current: 'b', elapsed: [6, 3, 0], overrun: [0, 0, 0], meetingElapsed: 14, remainingBudget: 2 + 15, projectedEnd: at(14 + 17),
	},
	{
		name: 'paused: the item clock stops, the call does not',
		timeline: [{ type: 'meeting.started', at: at(0) }, { type: 'timer.paused', at: at(2) }],
		now: at(7),
		status: 'paused', current: 'a', elapsed: [2, 0, 0], overrun: [0, 0, 0], meetingElapsed: 7, remainingBudget: 8 + 20, projectedEnd: at(7 + 28),
	},
	{
		name: 'overrun',
		timeline: [{ type: 'meeting.started', at: at(0) }, { type: 'item.next', at: at(10) }],
		now: at(18),
		status: 'running', current: 'b', elapsed: [10, 8, 0], overrun: [0, 3, 0], meetingElapsed: 18, remainingBudget: 15, projectedEnd: at(18 + 15),
	},
	{
		name: 'going back to an earlier item adds to its time',
		timeline: [
			{ type: 'meeting.started', at: at(0) },
			{ type: 'item.next', at: at(4) },
			{ type: 'item.started', itemId: 'a', at: at(6) },
		],
		now: at(9),
		status: 'running', current: 'a', elapsed: [7, 2, 0], overrun: [0, 0, 0], meetingElapsed: 9, remainingBudget: 3 + 15, projectedEnd: at(9 + 18),
	},
	{
		name: 'an item started twice counts both stretches and the gap not at all',
		timeline: [
			{ type: 'item.started', itemId: 'c', at: at(0) },
			{ type: 'item.started', itemId: 'b', at: at(5) },
			{ type: 'item.started', itemId: 'c', at: at(6) },
			{ type: 'item.started', itemId: 'c', at: at(8) },
		],
		now: at(20),
		status: 'running', current: 'c', elapsed: [0, 1, 19], overrun: [0, 0, 4], meetingElapsed: 20, remainingBudget: 10, projectedEnd: at(30),
	},
	{
		name: 'ended: clocks stop at the end, projection is the end',
		timeline: [
			{ type: 'meeting.started', at: at(0) },
			{ type: 'item.next', at: at(10) },
			{ type: 'item.next', at: at(15) },
			{ type: 'meeting.ended', at: at(20) },
			{ type: 'timer.resumed', at: at(25) },
		],
		now: at(60),
		status: 'ended', current: undefined, elapsed: [10, 5, 5], overrun: [0, 0, 0], meetingElapsed: 20, remainingBudget: 0, projectedEnd: at(20),
	},
	{
		name: 'next after the last item leaves no current item',
		timeline: [
			{ type: 'item.started', itemId: 'c', at: at(0) },
			{ type: 'item.next', at: at(15) },
		],
		now: at(17),
		status: 'running', current: undefined, elapsed: [0, 0, 15], overrun: [0, 0, 0], meetingElapsed: 17, remainingBudget: 15, projectedEnd: at(17 + 15),
	},
];

describe('timing', () => {
	it.each(rows)('$name', (row) => {
		const t = timing(meeting(row.timeline), row.now);
		expect(t.status).toBe(row.status);
		expect(t.currentItemId).toBe(row.current);
		expect(t.items.map((i) => i.elapsedMs / MIN)).toEqual(row.elapsed);
		expect(t.items.map((i) => i.overrunMs / MIN)).toEqual(row.overrun);
		expect(t.elapsedMs / MIN).toBe(row.meetingElapsed);
		expect(t.remainingBudgetMs / MIN).toBe(row.remainingBudget);
		expect(t.projectedEnd).toBe(row.projectedEnd);
		expect(t.plannedMs / MIN).toBe(30);
	});

	it('gives the same figures however late it is asked, once the meeting ended', () => {
		const m = meeting([{ type: 'meeting.started', at: at(0) }, { type: 'meeting.ended', at: at(12) }]);
		expect(timing(m, at(13))).toEqual(timing(m, at(13 + 60 * 24)));
	});

	it('treats an item without a budget as never overrunning', () => {
		const m = createMeeting({ id: 'm', title: 'x', date: '2026-01-01', items: [createItem({ id: 'a', title: 'A' })], timeline: [{ type: 'meeting.started', at: at(0) }] });
		const t = timing(m, at(90));
		expect(t.items[0]).toMatchObject({ elapsedMs: 90 * MIN, remainingMs: undefined, overrunMs: 0 });
	});

	it('moves the meeting once when Next, Start or End is pressed on two machines at once', () => {
		// Chair and secretary press Next on item A within a second of each other; each Next names A.
		const twice = meeting([{ type: 'meeting.started', at: at(0) }, { type: 'item.next', at: at(5), itemId: 'a' }, { type: 'item.next', at: at(5) + 400, itemId: 'a' }]);
		expect(timing(twice, at(6)).currentItemId).toBe('b');
		// Once on B, a Next that names B moves on.
		const then = meeting([...twice.timeline, { type: 'item.next', at: at(7), itemId: 'b' }]);
		expect(timing(then, at(8)).currentItemId).toBe('c');
		// Start and End twice: the second finds the meeting started, or ended, and does nothing.
		const starts = meeting([{ type: 'meeting.started', at: at(0), itemId: 'a' }, { type: 'meeting.started', at: at(0) + 300, itemId: 'b' }, { type: 'meeting.ended', at: at(20) }, { type: 'meeting.ended', at: at(21) }]);
		expect(timing(starts, at(30))).toMatchObject({ startedAt: at(0), endedAt: at(20), status: 'ended' });
		expect(timing(starts, at(30)).items[0]?.elapsedMs).toBe(20 * MIN);
		// A Next written before Next named its item moves on as it always did.
		const old = meeting([{ type: 'meeting.started', at: at(0) }, { type: 'item.next', at: at(5) }, { type: 'item.next', at: at(6) }]);
		expect(timing(old, at(7)).currentItemId).toBe('c');
	});
});
