// Calendar arithmetic on `YYYY-MM-DD` strings. These are dates, not instants, so they are
// computed in UTC where no time zone can shift them.

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

export function parseIsoDate(text: string): CalendarDate | undefined {
	const match = ISO_DATE.exec(text);
	if (match === null) return undefined;
	const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
	const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
	return check.getUTCMonth() === date.month - 1 && check.getUTCDate() === date.day ? date : undefined;
}

export function isoDate({ year, month, day }: CalendarDate): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function weekday({ year, month, day }: CalendarDate): string {
	return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
}

export function ordinal(day: number): string {
	const teen = day % 100 >= 11 && day % 100 <= 13;
	const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[day % 10] ?? 'th';
	return `${day}${suffix}`;
}

export function monthName(month: number, short = false): string {
	const name = MONTHS[month - 1] ?? '';
	return short ? name.slice(0, 3) : name;
}

/** Reads a month name or its first three letters ("Sep", "Sept", "September"). */
export function monthNumber(name: string): number | undefined {
	const lower = name.toLowerCase().replace(/\.$/, '');
	if (lower.length < 3) return undefined;
	const index = MONTHS.findIndex((m) => m.toLowerCase().startsWith(lower));
	return index < 0 ? undefined : index + 1;
}

/** The first date on or after `from` that falls on `month`/`day`. */
export function nextOccurrence(from: CalendarDate, month: number, day: number): CalendarDate {
	const sameYear = { year: from.year, month, day };
	const before = month < from.month || (month === from.month && day < from.day);
	return before ? { ...sameYear, year: from.year + 1 } : sameYear;
}
