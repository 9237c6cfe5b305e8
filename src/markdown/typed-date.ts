// A date or a time as a chair types it into a text field: "2015-08-26", "26 Aug", "26th August
// 2015", "Aug 26, 2015"; "16:00", "4pm", "9.30". The browser's date and time fields were a trap:
// Shift+Tab landed on a calendar button or a segment, and digits typed there were lost without a
// sign (one meeting was published without its next call). A date without a year is the first such
// day on or after `from`.

import { isoDate, monthNumber, nextOccurrence, parseIsoDate } from './dates.ts';

export type Typed = { ok: true; value: string } | { ok: false; message: string };

export function readTypedDate(text: string, from: string): Typed {
	const typed = text.trim().replace(/\s+/g, ' ');
	const wrong: Typed = { ok: false, message: `“${typed}” is not a date: type it as 2015-08-26 or 26 Aug.` };
	if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(typed)) {
		const [year, month, day] = typed.split('-').map(Number) as [number, number, number];
		const iso = isoDate({ year, month, day });
		return parseIsoDate(iso) === undefined ? wrong : { ok: true, value: iso };
	}
	const dayFirst = /^(?:[a-z]+,? )?(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9}\.?),?(?: (\d{4}))?$/i.exec(typed);
	const monthFirst = dayFirst === null ? /^(?:[a-z]+,? )?([a-z]{3,9}\.?) (\d{1,2})(?:st|nd|rd|th)?,?(?: (\d{4}))?$/i.exec(typed) : null;
	const day = Number(dayFirst?.[1] ?? monthFirst?.[2]);
	const month = monthNumber(dayFirst?.[2] ?? monthFirst?.[1] ?? '');
	const year = dayFirst?.[3] ?? monthFirst?.[3];
	const start = parseIsoDate(from);
	if (month === undefined || !Number.isInteger(day)) return wrong;
	const date = year !== undefined ? { year: Number(year), month, day } : start === undefined ? undefined : nextOccurrence(start, month, day);
	const iso = date === undefined ? undefined : isoDate(date);
	return iso !== undefined && parseIsoDate(iso) !== undefined ? { ok: true, value: iso } : wrong;
}

/** "16:00", "16.00", "1600", "4pm", "4:30 pm", "9" as `HH:MM`. */
export function readTypedTime(text: string): Typed {
	const typed = text.trim().toLowerCase().replace(/\s+/g, '');
	const match = /^(\d{1,2})(?:[:.h]?(\d{2}))?(am|pm|a|p)?$/.exec(typed);
	const hours = Number(match?.[1]);
	const minutes = Number(match?.[2] ?? 0);
	const half = match?.[3]?.[0];
	const hour = half === undefined ? hours : half === 'p' ? (hours % 12) + 12 : hours % 12;
	if (match === null || (half !== undefined && (hours < 1 || hours > 12)) || hour > 23 || minutes > 59) return { ok: false, message: `“${text.trim()}” is not a time: type it as 16:00 or 4pm.` };
	return { ok: true, value: `${String(hour).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
}
