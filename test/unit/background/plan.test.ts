// What the toolbar badge shows and which alarms are set, at fixed times: the remaining minutes
// of the running item, its overrun in red, an alarm at the end of its budget and one at the
// meeting's scheduled end (in the meeting's own time zone, across daylight-saving changes).
import { describe, expect, it } from 'vitest';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import type { TimerMark } from '../../../src/core/types.ts';
import { COLORS, plan } from '../../../src/background/plan.ts';
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
