// The AoB line that announces the next call, in the house style of FORMAT.md §7.4, and its
// reader for the variants the corpus has ("Wednesday, 25th March", "2nd September", "14 Jan 2015").

import { isoDate, monthName, monthNumber, nextOccurrence, ordinal, parseIsoDate, weekday } from './dates.ts';
import type { Link } from '../core/types.ts';

export const CALL_AGENDA_ID = 'call-agenda';
export const MAILING_LIST_ID = 'mir-mail';

export function nextCallLine(nextCall: string, links: readonly Link[]): string | undefined {
	const date = parseIsoDate(nextCall);
	if (date === undefined) return undefined;
	const when = `**${weekday(date)}, ${ordinal(date.day)} ${monthName(date.month)}**`;
	const has = (id: string) => links.some((l) => l.id === id);
	if (has(CALL_AGENDA_ID) && has(MAILING_LIST_ID)) {
		return [
			`- The next call is scheduled for ${when}. Please add any`,
			`[agenda items][${CALL_AGENDA_ID}] you wish to discuss in advance and refer to the`,
			`[mailing list][${MAILING_LIST_ID}] for actual details a day or so in advance.`,
		].join('\n');
	}
	if (has(MAILING_LIST_ID)) return `- The next call is scheduled for ${when}. Please refer to the\n[mailing list][${MAILING_LIST_ID}] for details a day or so in advance.`;
	return `- The next call is scheduled for ${when}.`;
}

const NEXT_CALL = /\bnext call\b/i;
const DAY_MONTH = /(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?)(?:,?\s+(\d{4}))?/;
const MONTH_DAY = /([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?/;

/** The date a next-call paragraph announces, on or after the meeting date; undefined if none. */
export function readNextCall(paragraph: string, meetingDate: string): string | undefined {
	if (!NEXT_CALL.test(paragraph)) return undefined;
	const from = parseIsoDate(meetingDate);
	const bold = /\*\*([^*]+)\*\*/.exec(paragraph)?.[1];
	const text = bold ?? paragraph.slice(paragraph.search(NEXT_CALL));
	const dayMonth = DAY_MONTH.exec(text);
	const monthDay = dayMonth === null ? MONTH_DAY.exec(text) : null;
	const day = Number(dayMonth?.[1] ?? monthDay?.[2]);
	const month = monthNumber(dayMonth?.[2] ?? monthDay?.[1] ?? '');
	const year = dayMonth?.[3] ?? monthDay?.[3];
	if (month === undefined || !Number.isInteger(day)) return undefined;
	const date = year !== undefined ? { year: Number(year), month, day } : from === undefined ? undefined : nextOccurrence(from, month, day);
	if (date === undefined) return undefined;
	const iso = isoDate(date);
	return parseIsoDate(iso) === undefined ? undefined : iso;
}
