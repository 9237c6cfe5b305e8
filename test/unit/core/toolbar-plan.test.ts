// What the toolbar badge shows and which alarms are set, at fixed times: the remaining minutes
// of the running item, its overrun in red, an alarm at the end of its budget and one at the
// meeting's scheduled end (in the meeting's own time zone, across daylight-saving changes); and
// what an alarm says when it fires, or that it says nothing once the meeting has moved on.
import { describe, expect, it } from 'vitest';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import type { TimerMark } from '../../../src/core/types.ts';
import { affectsClock } from '../../../src/core/affects-clock.ts';
import { alertFor, COLORS, plan } from '../../../src/core/toolbar-plan.ts';
import type { MeetingEvent } from '../../../src/core/events.ts';
import { scheduledEnd, zonedInstant } from '../../../src/core/schedule.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 25, 16, 0);
const meeting = (timeline: TimerMark[]) =>
	createMeeting({
		id: 'm', title: 'Call', date: '2026-11-25', startTime: '16:00', timeZone: 'Europe/London',
		items: [createItem({ id: 'a', title: 'Release', budget: 10 }), createItem({ id: 'b', title: 'Website', budget: 5 })],
		timeline,
	});

describe('plan', () => {
	it('shows nothing and sets nothing before the meeting starts, or after it ends', () => {
		expect(plan(meeting([]), T0)).toEqual({ badge: undefined, alarms: {}, ticking: false });
		expect(plan(meeting([{ type: 'meeting.started', at: T0 }, { type: 'meeting.ended', at: T0 + MIN }]), T0 + 2 * MIN)).toEqual({ badge: undefined, alarms: {}, ticking: false });
		expect(plan(undefined, T0).badge).toBeUndefined();
	});

	it('counts down the running item and sets alarms at its budget and at the scheduled end', () => {
		const p = plan(meeting([{ type: 'meeting.started', at: T0 }]), T0 + 3.5 * MIN);
		expect(p.badge).toEqual({ text: '7', color: COLORS.running, title: 'Release: 3 of 10 min' });
		expect(p.alarms).toEqual({ 'item-end:a': T0 + 10 * MIN, 'meeting-end': T0 + 15 * MIN });
		expect(p.ticking).toBe(true);
	});

	it('turns red with the overrun, and no longer alarms for that item', () => {
		const p = plan(meeting([{ type: 'meeting.started', at: T0 }]), T0 + 12.2 * MIN);
		expect(p.badge).toMatchObject({ text: '+3', color: COLORS.over });
		expect(Object.keys(p.alarms)).toEqual(['meeting-end']);
	});

	it('holds still while paused: no tick, no item alarm', () => {
		const p = plan(meeting([{ type: 'meeting.started', at: T0 }, { type: 'timer.paused', at: T0 + 2 * MIN }]), T0 + 30 * MIN);
		expect(p.badge).toMatchObject({ text: '8', title: 'Release: 2 of 10 min (paused)' });
		expect(p.ticking).toBe(false);
		expect(p.alarms).toEqual({});
	});

	it('moves the item alarm with the item: after Next it is the next item\'s budget', () => {
		const p = plan(meeting([{ type: 'meeting.started', at: T0 }, { type: 'item.next', at: T0 + 4 * MIN }]), T0 + 5 * MIN);
		expect(p.alarms['item-end:b']).toBe(T0 + 9 * MIN);
		expect(p.alarms['item-end:a']).toBeUndefined();
	});
});

describe('scheduled end in the meeting\'s time zone', () => {
	it.each([
		['2026-11-25', '16:00', 'Europe/London', Date.UTC(2026, 10, 25, 16, 0)],
		['2026-07-01', '16:00', 'Europe/London', Date.UTC(2026, 6, 1, 15, 0)],
		['2026-11-25', '16:00', 'America/New_York', Date.UTC(2026, 10, 25, 21, 0)],
		['2026-03-29', '09:00', 'Europe/Paris', Date.UTC(2026, 2, 29, 7, 0)],
		['2026-03-28', '09:00', 'Europe/Paris', Date.UTC(2026, 2, 28, 8, 0)],
		['2026-11-25', '09:30', 'Asia/Kolkata', Date.UTC(2026, 10, 25, 4, 0)],
	])('%s %s in %s', (date, time, zone, expected) => {
		expect(zonedInstant(date, time, zone)).toBe(expected);
	});

	it('is the start plus the planned minutes, and unknown without a start time', () => {
		expect(scheduledEnd(meeting([]))).toBe(T0 + 15 * MIN);
		const { startTime: _, ...noStart } = meeting([]);
		expect(scheduledEnd(noStart)).toBeUndefined();
	});
});

describe('alertFor', () => {
	const started = meeting([{ type: 'meeting.started', at: T0 }]);

	it('says time is up when the item\'s alarm fires on time, or late, with the minutes in words', () => {
		expect(alertFor('item-end:a', started, T0 + 10 * MIN)).toEqual({ title: 'Time is up: Release', message: '10 minutes planned. Move on, or give it more time.' });
		expect(alertFor('item-end:a', started, T0 + 14 * MIN)?.title).toBe('Time is up: Release');
		// The browser may fire a little early.
		expect(alertFor('item-end:a', started, T0 + 10 * MIN - 500)?.title).toBe('Time is up: Release');
		const one = createMeeting({ ...started, items: [createItem({ id: 'a', title: 'Quick check', budget: 1 })] });
		expect(alertFor('item-end:a', one, T0 + MIN)?.message).toBe('1 minute planned. Move on, or give it more time.');
	});

	it('says nothing for an alarm that no longer holds: the item left, paused, given more time, or the meeting over', () => {
		expect(alertFor('item-end:a', started, T0 + 5 * MIN)).toBeUndefined();
		expect(alertFor('item-end:a', meeting([{ type: 'meeting.started', at: T0 }, { type: 'item.next', at: T0 + 4 * MIN }]), T0 + 10 * MIN)).toBeUndefined();
		expect(alertFor('item-end:a', meeting([{ type: 'meeting.started', at: T0 }, { type: 'timer.paused', at: T0 + 4 * MIN }]), T0 + 10 * MIN)).toBeUndefined();
		const longer = createMeeting({ ...started, items: [createItem({ id: 'a', title: 'Release', budget: 20 })] });
		expect(alertFor('item-end:a', longer, T0 + 10 * MIN)).toBeUndefined();
		expect(alertFor('item-end:a', meeting([{ type: 'meeting.started', at: T0 }, { type: 'meeting.ended', at: T0 + 9 * MIN }]), T0 + 10 * MIN)).toBeUndefined();
		expect(alertFor('item-end:gone', started, T0 + 10 * MIN)).toBeUndefined();
		expect(alertFor('item-end:a', undefined, T0 + 10 * MIN)).toBeUndefined();
	});

	it('says the meeting is due to close at its scheduled end, and not before', () => {
		expect(alertFor('meeting-end', started, T0 + 15 * MIN)).toEqual({ title: 'Call: time to close', message: 'The meeting is due to end now. Publish the minutes from Gavel.' });
		expect(alertFor('meeting-end', started, T0 + 14 * MIN)).toBeUndefined();
		expect(alertFor('badge-tick', started, T0 + 15 * MIN)).toBeUndefined();
	});
});

describe('affectsClock', () => {
	const stamp = { meetingId: 'm', at: T0, writer: 'w', seq: 1 };
	it('is true for the clock, the agenda, budgets, titles and the schedule; false for notes and records', () => {
		const yes: MeetingEvent[] = [
			{ ...stamp, type: 'item.started', itemId: 'a' },
			{ ...stamp, type: 'item.updated', itemId: 'a', patch: { budget: 5 } },
			{ ...stamp, type: 'item.moved', itemId: 'a', index: 1 },
			{ ...stamp, type: 'meeting.updated', patch: { startTime: '10:00' } },
		];
		const no: MeetingEvent[] = [
			{ ...stamp, type: 'item.updated', itemId: 'a', patch: { notes: 'typed' } },
			{ ...stamp, type: 'meeting.updated', patch: { aob: 'none' } },
			{ ...stamp, type: 'decision.added', itemId: 'a', decision: { id: 'd', text: 'Ship it' } },
		];
		expect(yes.map(affectsClock)).toEqual([true, true, true, true]);
		expect(no.map(affectsClock)).toEqual([false, false, false]);
	});
});
