// Every change to a meeting is one of these events, appended to the meeting's journal.
// `at` is the writer's clock (ms since the epoch), `writer` identifies one panel or tool
// instance, `seq` counts that writer's events. Together they order the journal totally.

import type { NotesEdit } from './notes-merge.ts';
import type { Action, AgendaItem, Attendee, Decision, Link, Meeting, TimerEventType } from './types.ts';

export interface EventStamp {
	meetingId: string;
	at: number;
	writer: string;
	seq: number;
}

export type MeetingFields = Pick<
	Meeting,
	'series' | 'title' | 'date' | 'startTime' | 'timeZone' | 'chair' | 'secretary' | 'author' | 'summary' | 'aob' | 'nextCall' | 'draft' | 'callUrl'
>;

/** A partial update where `null` clears an optional field (JSON has no `undefined`). */
export type Patch<T> = { [K in keyof T]?: T[K] | (undefined extends T[K] ? null : never) };

export type ItemFields = Pick<AgendaItem, 'title' | 'heading' | 'budget' | 'subItems' | 'owner' | 'notes' | 'unplanned' | 'carryOver' | 'notesConflicts'>;

export type EventBody =
	| { type: 'meeting.created'; meeting: Meeting }
	| { type: 'meeting.updated'; patch: Patch<MeetingFields> }
	| { type: 'attendee.added'; attendee: Attendee; index?: number }
	| { type: 'attendee.updated'; attendeeId: string; patch: Patch<Omit<Attendee, 'id'>> }
	| { type: 'attendee.removed'; attendeeId: string }
	| { type: 'item.added'; item: AgendaItem; index?: number }
	// `edit`: the span a notes change replaced, on the text it was typed on (core/notes-merge.ts);
	// `y`: the change as a Yjs update to the item's Y.Text, base64 (core/notes-crdt.ts). With
	// either, `patch.notes` is the whole text as its writer had it after the change.
	| { type: 'item.updated'; itemId: string; patch: Patch<ItemFields>; edit?: NotesEdit; y?: string }
	| { type: 'item.moved'; itemId: string; index: number }
	| { type: 'item.removed'; itemId: string }
	| { type: 'link.added'; itemId?: string; link: Link }
	| { type: 'link.removed'; itemId?: string; linkId: string }
	| { type: 'decision.added'; itemId: string; decision: Decision; index?: number }
	| { type: 'decision.removed'; itemId: string; decisionId: string }
	| { type: 'action.added'; itemId: string; action: Action; index?: number }
	| { type: 'action.updated'; itemId: string; actionId: string; patch: Patch<Omit<Action, 'id'>> }
	| { type: 'action.removed'; itemId: string; actionId: string }
	| { type: TimerEventType; itemId?: string };

export type MeetingEvent = EventStamp & EventBody;

/** The events that move the meeting's clock: the badge and alarms follow them, so they are saved at once. */
export const TIMER_EVENTS: ReadonlySet<string> = new Set<TimerEventType>(['meeting.started', 'item.started', 'timer.paused', 'timer.resumed', 'item.next', 'meeting.ended']);

/** Total order of a journal: time, then writer, then that writer's sequence number. */
export function compareEvents(a: EventStamp, b: EventStamp): number {
	if (a.at !== b.at) return a.at - b.at;
	if (a.writer !== b.writer) return a.writer < b.writer ? -1 : 1;
	return a.seq - b.seq;
}
