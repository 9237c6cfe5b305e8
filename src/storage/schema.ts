// The IndexedDB schema, typed for idb. Events are keyed by [meetingId, at, writer, seq], so a
// meeting's journal reads back in fold order from one key range and writing an event twice
// (a retried batch) changes nothing. Meetings hold a snapshot for listing and search.

import type { DBSchema } from 'idb';
import type { MeetingEvent } from '../core/events.ts';
import type { Series } from '../core/series.ts';
import type { Meeting } from '../core/types.ts';

export const DB_NAME = 'gavel';

export type EventKey = [meetingId: string, at: number, writer: string, seq: number];

/** Every event key of one meeting, in fold order (arrays sort after numbers and strings). */
export const meetingEvents = (meetingId: string): IDBKeyRange => IDBKeyRange.bound([meetingId], [meetingId, []]);

export interface MeetingRecord {
	id: string;
	title: string;
	date: string;
	/** When the meeting last changed (ms), for "newest first". */
	updatedAt: number;
	/** Set when the meeting is deleted; cleared by undo. Deleted meetings are not listed. */
	deletedAt?: number;
	/** Lower-cased words of the title, people, items and notes, for search. */
	words: string[];
	state: Meeting;
	/** The key of the last journal event folded into `state`. */
	through?: EventKey;
}

export interface GavelSchema extends DBSchema {
	events: { key: EventKey; value: MeetingEvent };
	meetings: { key: string; value: MeetingRecord; indexes: { 'by-updated': number; 'by-word': string; 'by-date': string } };
	meta: { key: string; value: unknown };
	series: { key: string; value: Series };
}
