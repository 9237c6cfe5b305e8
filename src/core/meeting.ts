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

/**
 * A copy to run again (a recurring call): the same title, people, agenda, budgets and standing
 * links, with fresh ids, on a new date; no notes, records, timings or imported layout.
 */
export function duplicateMeeting(meeting: Meeting, id: string, date: string, newId: () => string): Meeting {
	const { source: _source, nextCall: _next, summary: _summary, ...kept } = meeting;
	return {
		...kept,
		id,
		date,
		aob: '',
		timeline: [],
		// Who came last time is expected, not present: presence is marked at the call.
		attendees: meeting.attendees.map((a) => ({ ...a, id: newId(), presence: 'expected' as const })),
		items: meeting.items
			.filter((i) => !i.unplanned)
			.map((i) => {
				const copy = createItem({ id: newId(), title: i.title, subItems: [...i.subItems] });
				if (i.budget !== undefined) copy.budget = i.budget;
				if (i.owner !== undefined) copy.owner = i.owner;
				return copy;
			}),
	};
}
