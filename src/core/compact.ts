// Keeping an ended meeting's journal small (DESIGN.md §3). Each key typed into notes is an event
// holding the item's whole text; once the meeting is over, a run of one writer's notes events on
// one item, with nothing else changing those notes in between, folds into its last event, which
// then carries the notes as they stood after the run and the one edit from before it. Everything
// else stays: structure, records, the clock, other writers' edits, conflicts. Pure; the journal
// it returns folds to the same meeting, and to the same notes on their CRDT (core/notes-crdt.ts):
// a run of updates becomes one update holding them all, and on an item with updates, edits
// without one stay as they are (the CRDT replays them one by one, and others' updates were typed
// on the text each one made).

import { compareEvents, type MeetingEvent } from './events.ts';
import { applyEvent } from './journal.ts';
import { mergeNotesUpdates } from './notes-crdt.ts';
import { notesEdit } from './notes-merge.ts';
import type { Meeting } from './types.ts';

export interface Compacted {
	/** The events to keep, in journal order; some rewritten (same key, new notes and edit). */
	keep: MeetingEvent[];
	/** The events no longer needed. */
	drop: MeetingEvent[];
}

interface Run {
	writer: string;
	/** The item's notes before the run's first event. */
	before: string;
	/** Where the run's last event is in `keep`. */
	at: number;
	/** The run's CRDT updates, when its events carry them (then all of them do). */
	updates?: string[];
}

export function compactJournal(events: readonly MeetingEvent[]): Compacted {
	const keep: MeetingEvent[] = [];
	const drop = new Set<MeetingEvent>();
	const runs = new Map<string, Run>();
	const onCrdt = new Set(events.flatMap((e) => (e.type === 'item.updated' && e.y !== undefined ? [e.itemId] : [])));
	let state: Meeting | undefined;
	for (const event of [...events].sort(compareEvents)) {
		const itemBefore = state?.items.find((i) => i.id === itemOf(event));
		const next = applyEvent(state, event);
		const itemAfter = next?.items.find((i) => i.id === itemOf(event));
		state = next;
		const itemId = itemOf(event);
		if (itemId === undefined || event.type !== 'item.updated') {
			// Anything that may change an item (or all of them) ends its run.
			if (itemId === undefined) runs.clear();
			else runs.delete(itemId);
			keep.push(event);
			continue;
		}
		const onlyNotes = Object.keys(event.patch).every((k) => k === 'notes') && event.patch.notes !== undefined && event.patch.notes !== null;
		// A keystroke that set text aside as a conflict stays as it was, to be seen and taken back.
		const clean = onlyNotes && itemBefore !== undefined && itemAfter !== undefined && itemBefore.notesConflicts === itemAfter.notesConflicts;
		if (!clean || (event.y === undefined && onCrdt.has(itemId))) {
			runs.delete(itemId);
			keep.push(event);
			continue;
		}
		const run = runs.get(itemId);
		// On an item with updates every event left here carries one (above); elsewhere none does.
		if (run === undefined || run.writer !== event.writer) {
			runs.set(itemId, { writer: event.writer, before: itemBefore.notes, at: keep.length, ...(event.y === undefined ? {} : { updates: [event.y] }) });
			keep.push(event);
			continue;
		}
		drop.add(keep[run.at] as MeetingEvent);
		if (run.updates !== undefined && event.y !== undefined) {
			run.updates.push(event.y);
			keep[run.at] = { ...event, patch: { notes: itemAfter.notes }, y: mergeNotesUpdates(run.updates) } as MeetingEvent;
		} else keep[run.at] = { ...event, patch: { notes: itemAfter.notes }, edit: notesEdit(run.before, itemAfter.notes) } as MeetingEvent;
	}
	// A run's event stands where its first one was: back into journal order.
	return { keep: keep.sort(compareEvents), drop: [...drop] };
}

/** The item an event is about, if it is about one. */
function itemOf(event: MeetingEvent): string | undefined {
	return 'itemId' in event && typeof event.itemId === 'string' && !['meeting.started', 'item.started', 'item.next', 'timer.paused', 'timer.resumed', 'meeting.ended'].includes(event.type) ? event.itemId : undefined;
}
