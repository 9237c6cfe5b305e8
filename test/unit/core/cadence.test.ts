// A series' next meeting: the weekday and wall-clock time in its own zone, across daylight-saving
// changes and date lines, every N weeks from an anchor.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate, nextOccurrence, type Cadence } from '../../../src/core/cadence.ts';
import { fcParams } from '../../helpers/fc-params.ts';

const london: Cadence = { everyWeeks: 1, weekday: 3, time: '16:00', timeZone: 'Europe/London', anchor: '2026-11-25' };

describe('nextOccurrence', () => {
	it('is a week on, the same day, when the call is over', () => {
		expect(nextOccurrence(london, Date.UTC(2026, 10, 25, 17))).toEqual({ date: '2026-12-02', start: Date.UTC(2026, 11, 2, 16) });
		// Before the call starts, it is today's.
		expect(nextOccurrence(london, Date.UTC(2026, 10, 25, 15, 59))).toEqual({ date: '2026-11-25', start: Date.UTC(2026, 10, 25, 16) });
	});

	it('keeps 16:00 on the series\' clock across a daylight-saving change', () => {
		// British Summer Time starts on 29 March 2026: 16:00 in London is then 15:00 UTC.
		expect(nextOccurrence(london, Date.UTC(2026, 2, 25, 17))).toEqual({ date: '2026-04-01', start: Date.UTC(2026, 3, 1, 15) });
		// And back in October.
		expect(nextOccurrence(london, Date.UTC(2026, 9, 21, 16))).toEqual({ date: '2026-10-28', start: Date.UTC(2026, 9, 28, 16) });
	});

	it('counts the date on the series\' clock, not the host\'s or UTC\'s', () => {
		const tokyo: Cadence = { ...london, weekday: 4, time: '08:00', timeZone: 'Asia/Tokyo' };
		// Wednesday 22:00 UTC is already Thursday 07:00 in Tokyo: the call is in an hour.
		expect(nextOccurrence(tokyo, Date.UTC(2026, 10, 25, 22))).toEqual({ date: '2026-11-26', start: Date.UTC(2026, 10, 25, 23) });
		const pacific: Cadence = { ...london, time: '09:00', timeZone: 'America/Los_Angeles' };
		expect(nextOccurrence(pacific, Date.UTC(2026, 10, 25, 16, 59))?.date).toBe('2026-11-25');
		expect(nextOccurrence(pacific, Date.UTC(2026, 10, 25, 17, 1))?.date).toBe('2026-12-02');
	});

	it('meets every other week from its anchor', () => {
		const fortnightly = { ...london, everyWeeks: 2 };
		expect(nextOccurrence(fortnightly, Date.UTC(2026, 10, 25, 17))?.date).toBe('2026-12-09');
		expect(nextOccurrence(fortnightly, Date.UTC(2026, 11, 2, 17))?.date).toBe('2026-12-09');
		expect(nextOccurrence(fortnightly, Date.UTC(2026, 11, 9, 17))?.date).toBe('2026-12-23');
		// An anchor long before counts the same weeks.
		expect(nextOccurrence({ ...fortnightly, anchor: '2024-01-03' }, Date.UTC(2026, 10, 25, 17))?.date).toBe(nextOccurrence({ ...fortnightly, anchor: '2024-01-03' }, Date.UTC(2026, 10, 26))?.date);
	});

	it('always finds the next meeting: after the instant, on the weekday, at the time, within N weeks', () => {
		const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Auckland', 'UTC'];
		fc.assert(fc.property(
			fc.record({ everyWeeks: fc.integer({ min: 1, max: 4 }), weekday: fc.integer({ min: 1, max: 7 }), hour: fc.integer({ min: 4, max: 22 }), minute: fc.constantFrom(0, 15, 30, 45), timeZone: fc.constantFrom(...zones) }),
			fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
			({ everyWeeks, weekday, hour, minute, timeZone }, after) => {
				const cadence = { everyWeeks, weekday, time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, timeZone, anchor: '2026-01-05' };
				const next = nextOccurrence(cadence, after);
				expect(next).toBeDefined();
				if (next === undefined) return;
				expect(next.start).toBeGreaterThan(after);
				expect(next.start - after).toBeLessThanOrEqual((7 * everyWeeks + 1) * 86_400_000);
				expect(localDate(next.start, timeZone)).toBe(next.date);
				const clock = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(next.start);
				expect(clock).toBe(cadence.time);
				const day = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short' }).format(next.start);
				expect(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][weekday - 1]).toBe(day);
			},
		), fcParams(300));
	});
});
