// When a meeting is due to end: its start time on its date, in its own time zone, plus the
// minutes its agenda plans. Pure: the time-zone rules come from Intl, not from the host clock.

import { dateTimeFormat } from './date-format.ts';
import type { Meeting } from './types.ts';

/** The scheduled end: the start time on the meeting date (in its time zone) plus the planned time. */
export function scheduledEnd(meeting: Meeting): number | undefined {
	if (meeting.startTime === undefined) return undefined;
	const start = zonedInstant(meeting.date, meeting.startTime, meeting.timeZone);
	const planned = meeting.items.reduce((sum, i) => sum + (i.budget ?? 0), 0);
	return start === undefined || planned === 0 ? undefined : start + planned * 60_000;
}

/** The instant a wall-clock date and time denote in a time zone (the host's when none is given). */
export function zonedInstant(date: string, time: string, timeZone?: string): number | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const clock = /^(\d{2}):(\d{2})$/.exec(time);
	if (match === null || clock === null) return undefined;
	const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(clock[1]), Number(clock[2]));
	if (timeZone === undefined) return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(clock[1]), Number(clock[2])).getTime();
	// The zone's offset at that moment, found by formatting a guess and correcting once.
	const offset = (at: number) => {
		const parts = Object.fromEntries(dateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(at).map((p) => [p.type, p.value]));
		return Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute'])) - at;
	};
	const guess = wall - offset(wall);
	return wall - offset(guess);
}
