// How times read in the panel: "4:05" for a clock, "12 min" for a budget, "16:42" for a time of day.
import type { Cadence } from '../core/cadence.ts';
import { dateTimeFormat } from '../core/date-format.ts';

export function clock(ms: number): string {
	const total = Math.floor(Math.max(0, ms) / 1_000);
	const hours = Math.floor(total / 3_600);
	const minutes = Math.floor((total % 3_600) / 60);
	const seconds = String(total % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export function minutes(ms: number): string {
	return `${Math.round(ms / 60_000)} min`;
}

export function timeOfDay(at: number, timeZone?: string): string {
	return dateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', ...(timeZone === undefined ? {} : { timeZone }) }).format(at);
}

/** "Wednesday 2 December" (in the reader's language), for a YYYY-MM-DD date; without the weekday, or
 * with the year, when asked. */
export function longDate(iso: string, withWeekday = true, withYear = false): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (match === null) return iso;
	const at = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
	return dateTimeFormat(undefined, { timeZone: 'UTC', day: 'numeric', month: 'long', ...(withWeekday ? { weekday: 'long' } : {}), ...(withYear ? { year: 'numeric' } : {}) }).format(at);
}

/** The name of an ISO weekday (1 Monday … 7 Sunday), in the reader's language. */
export function weekdayName(weekday: number): string {
	// 1 January 2024 was a Monday.
	return dateTimeFormat(undefined, { timeZone: 'UTC', weekday: 'long' }).format(Date.UTC(2024, 0, weekday, 12));
}

/** "Every Wednesday at 16:00 (Europe/London)", or "Every 2 weeks on …". */
export function cadenceText(cadence: Cadence): string {
	const every = cadence.everyWeeks <= 1 ? `Every ${weekdayName(cadence.weekday)}` : `Every ${cadence.everyWeeks} weeks on ${weekdayName(cadence.weekday)}`;
	return `${every} at ${cadence.time} (${cadence.timeZone.replaceAll('_', ' ')})`;
}
