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

/**
 * In `meta`, beside the settings: a writer logged events of a meeting that its snapshot may not
 * hold yet (the value is the writer's last seq logged). Written with the events, dropped by the
 * write that brings the snapshot up to them; one left behind (the panel went first) tells the
 * next panel to start which snapshot to make again (journal-store.ts).
 */
export type SnapshotDueKey = [kind: 'snapshot-due', meetingId: string, writer: string];

export const snapshotDue = (meetingId: string, writer: string): SnapshotDueKey => ['snapshot-due', meetingId, writer];

/** Every snapshot-due key, or those of one meeting. */
export const snapshotsDue = (meetingId?: string): IDBKeyRange =>
	meetingId === undefined ? IDBKeyRange.bound(['snapshot-due'], ['snapshot-due', []]) : IDBKeyRange.bound(['snapshot-due', meetingId], ['snapshot-due', meetingId, []]);

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
	/** Settings by name; and snapshot-due marks. */
	meta: { key: string | SnapshotDueKey; value: unknown };
	series: { key: string; value: Series };
	shares: { key: string; value: ShareRecord };
	'sync-updates': { key: [string, number]; value: Uint8Array };
}

/** A meeting shared with other machines (issue 15), on this one. */
export interface ShareRecord {
	meetingId: string;
	/** `wss://relay/ROOM#KEY` (sync/invitation.ts): holds the key, so it is never in a backup. */
	invitation: string;
	/** This machine shared it (its clock is the meeting's); otherwise it joined. */
	reference: boolean;
	/** Shared now: the panel reconnects when it opens the meeting. */
	active: boolean;
	/** How far the sharer's clock was last found ahead of this machine's (ms): a relaunched panel stamps by it until it hears the sharer again. */
	clockOffset?: number;
}
