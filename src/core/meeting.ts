// Factories for a new meeting and its parts, and the writer that stamps events for a journal.

import type { EventBody, MeetingEvent } from './events.ts';
import type { AgendaItem, Meeting } from './types.ts';

export function createMeeting(fields: Pick<Meeting, 'id' | 'title' | 'date'> & Partial<Meeting>): Meeting {
	return { attendees: [], items: [], aob: '', links: [], timeline: [], ...fields };
}

export function createItem(fields: Pick<AgendaItem, 'id' | 'title'> & Partial<AgendaItem>): AgendaItem {
	return { subItems: [], notes: '', links: [], decisions: [], actions: [], ...fields };
}

export type Stamp = (body: EventBody, now: number) => MeetingEvent;

/** Stamps events for one writer (one panel, one CLI run), numbering them from `lastSeq + 1`. */
export function journalWriter(meetingId: string, writer: string, lastSeq = 0): Stamp {
	let seq = lastSeq;
	return (body, now) => ({ ...body, meetingId, at: now, writer, seq: ++seq }) as MeetingEvent;
}
