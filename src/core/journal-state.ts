// A meeting's journal held in memory with the state it folds to. New events usually sort after
// all the others (this panel's own edits): they are applied in place. An event that sorts
// earlier (another panel's, delayed) makes the state be folded again from the whole journal,
// so every panel ends up with the same meeting whatever order events reached it in.

import { compareEvents, type MeetingEvent } from './events.ts';
import { applyEvent, replay } from './journal.ts';
import type { Meeting } from './types.ts';

export interface JournalState {
	/** In (at, writer, seq) order, without duplicates. */
	events: readonly MeetingEvent[];
	meeting: Meeting | undefined;
}

export const emptyJournal: JournalState = { events: [], meeting: undefined };

export function journalOf(events: readonly MeetingEvent[]): JournalState {
	const sorted = dedupe([...events].sort(compareEvents));
	return { events: sorted, meeting: replay(sorted) };
}

export function appendEvents(journal: JournalState, incoming: readonly MeetingEvent[]): JournalState {
	const last = journal.events.at(-1);
	// (at, writer, seq) names one event: one already held is not applied twice. An event sorting
	// after the last one cannot be held yet, which spares the scan for a panel's own edits.
	const fresh = incoming.filter((e) => last === undefined || compareEvents(e, last) > 0 || !journal.events.some((known) => compareEvents(known, e) === 0));
	if (fresh.length === 0) return journal;
	const sorted = [...fresh].sort(compareEvents);
	const first = sorted[0] as MeetingEvent;
	if (last === undefined || compareEvents(first, last) > 0) {
		return { events: [...journal.events, ...dedupe(sorted)], meeting: sorted.reduce<Meeting | undefined>(applyEvent, journal.meeting) };
	}
	return journalOf([...journal.events, ...fresh]);
}

function dedupe(sorted: MeetingEvent[]): MeetingEvent[] {
	return sorted.filter((e, i) => i === 0 || compareEvents(sorted[i - 1] as MeetingEvent, e) !== 0);
}
