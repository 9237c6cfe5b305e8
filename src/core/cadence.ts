// When a series meets next: every N weeks on a weekday, at a wall-clock time in the series' own
// time zone, so "Wednesday 16:00 London" stays 16:00 in London across daylight-saving changes
// while its instant moves. Pure: time-zone rules come from Intl (via zonedInstant).

import { dateTimeFormat } from './date-format.ts';
import { zonedInstant } from './schedule.ts';

export interface Cadence {
	/** 1 for weekly, 2 for every other week, and so on. */
	everyWeeks: number;
	/** ISO weekday: 1 Monday … 7 Sunday. */
	weekday: number;
	/** The start, HH:MM, on the series' clock. */
	time: string;
	timeZone: string;
	/** A date the series met (YYYY-MM-DD): it fixes which weeks count when it meets every N weeks. */
	anchor: string;
}

export interface Occurrence {
	/** The meeting's date on the series' clock. */
	date: string;
	/** When it starts (ms). */
	start: number;
}

const DAY = 86_400_000;

/** The first meeting of the series that starts after `after` (ms). */
export function nextOccurrence(cadence: Cadence, after: number): Occurrence | undefined {
	const every = Math.max(1, Math.floor(cadence.everyWeeks));
	const from = dayNumber(localDate(after, cadence.timeZone));
	const anchor = dayNumber(cadence.anchor);
	if (from === undefined || anchor === undefined || cadence.weekday < 1 || cadence.weekday > 7) return undefined;
	// Weeks counted from the Monday of the anchor's week.
	const anchorMonday = anchor - isoWeekday(anchor) + 1;
	for (let day = from; day <= from + 7 * every + 7; day++) {
		const week = Math.floor((day - anchorMonday) / 7);
		if (isoWeekday(day) !== cadence.weekday || ((week % every) + every) % every !== 0) continue;
		const date = dateOf(day);
		const start = zonedInstant(date, cadence.time, cadence.timeZone);
		if (start !== undefined && start > after) return { date, start };
	}
	return undefined;
}

/** The date (YYYY-MM-DD) an instant falls on in a time zone. */
export function localDate(at: number, timeZone: string): string {
	const parts = Object.fromEntries(dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at).map((p) => [p.type, p.value]));
	return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** Days since 1970-01-01 for a YYYY-MM-DD date. */
function dayNumber(date: string): number | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	return match === null ? undefined : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY;
}

function dateOf(day: number): string {
	return new Date(day * DAY).toISOString().slice(0, 10);
}

/** 1 Monday … 7 Sunday; day 0 (1970-01-01) was a Thursday. */
function isoWeekday(day: number): number {
	return ((((day + 3) % 7) + 7) % 7) + 1;
}
