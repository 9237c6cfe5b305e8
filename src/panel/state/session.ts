// What the panel drives: the open meeting as a journal in memory. Every edit becomes one event
// that is applied at once (the UI never waits), stored in IndexedDB at once (its snapshot within 250 ms),
// and sent to the other panels; events from them merge in journal order. Once the notes CRDT is
// given (useNotes), notes changes carry its updates and meeting() shows its notes over the fold's.
// Dependencies come in, so tests drive it with fake-indexeddb, fake timers and a real BroadcastChannel.

import { eventsMessage, looksLikeEvents } from '../../core/broadcast.ts';
import { TIMER_EVENTS, type EventBody, type MeetingEvent } from '../../core/events.ts';
import { appendEvents, emptyJournal, journalOf, type JournalState } from '../../core/journal-state.ts';
import type { NotesCrdt } from '../../core/notes-crdt.ts';
import type { Meeting } from '../../core/types.ts';
import type { Durability, JournalStore } from '../../storage/journal-store.ts';
import type { UnsavedMirror } from '../../storage/unsaved-mirror.ts';
import { DELAY_MS, writeQueue, type SaveStatus, type Timers } from '../../storage/write-queue.ts';

export interface Channel {
	postMessage(message: unknown): void;
	addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
	close(): void;
}

export interface SessionDeps {
	store: JournalStore;
	writer: string;
	now(): number;
	channel?: Channel;
	timers?: Timers;
	/** A synchronous copy of each event made here until the store has it (storage/unsaved-mirror.ts). */
	mirror?: UnsavedMirror;
}

export interface Session {
	meeting(): Meeting | undefined;
	/** The open meeting's journal. */
	events(): readonly MeetingEvent[];
	status(): SaveStatus;
	/** Told of every change to the meeting. */
	subscribe(listener: () => void): () => void;
	/** Told of every change to the save status only (it changes twice a key: the views need not draw again). */
	subscribeStatus(listener: () => void): () => void;
	open(meetingId: string): Promise<Meeting | undefined>;
	dispatch(body: EventBody): void;
	/** Events written on another machine (a shared meeting): stored, sent to this browser's other
	 * panels and folded in as if written here, under their own writer and number. */
	merge(events: readonly MeetingEvent[]): void;
	/** Told of every batch of events folded into the open meeting: this panel's, another's, another machine's. */
	watch(listener: (events: readonly MeetingEvent[]) => void): () => void;
	/** From now on, notes are merged by their CRDT (core/notes-crdt.ts, loaded once the panel is interactive). */
	useNotes(notes: NotesCrdt): void;
	notes(): NotesCrdt | undefined;
	flush(durability?: Durability): Promise<void>;
	unsaved(): MeetingEvent[];
	/** Writes the open meeting's whole journal again (the database lost it). */
	rewrite(): Promise<void>;
	close(): void;
}

export const SAVED_MARK = 'gavel-saved';

/** Marks events as they first reach IndexedDB, with how many (the benchmark times key to disk by it, with a
 * PerformanceObserver); cleared at once, so an hour of typing does not fill the timeline. */
function markSaved(count: number): void {
	performance.mark(SAVED_MARK, { detail: count });
	performance.clearMarks(SAVED_MARK);
}

/** A write batch and its transaction, with room to spare. */
const CATCH_UP_MS = 2 * DELAY_MS;

export function createSession(deps: SessionDeps): Session {
	let journal: JournalState = emptyJournal;
	let meetingId: string | undefined;
	let notes: NotesCrdt | undefined;
	// One writer per panel document: its numbers only need to grow, across meetings too.
	let seq = 0;
	const listeners = new Set<() => void>();
	const notify = () => listeners.forEach((listener) => listener());
	const statusListeners = new Set<() => void>();
	const watchers = new Set<(events: readonly MeetingEvent[]) => void>();
	const folded = (events: readonly MeetingEvent[]) => watchers.forEach((watcher) => watcher(events));
	const queue = writeQueue({
		write: (events, durability) => deps.store.append(events, deps.now(), durability),
		log: (events) => deps.store.log(events),
		onStored: (events) => {
			deps.mirror?.remove(events);
			markSaved(events.length);
		},
		onStatus: () => statusListeners.forEach((listener) => listener()),
		...(deps.timers === undefined ? {} : { timers: deps.timers }),
	});
	const meeting = () => notes?.overlay(journal.meeting) ?? journal.meeting;
	const receive = (events: readonly MeetingEvent[]) => {
		const mine = events.filter((e) => e.meetingId === meetingId);
		if (mine.length === 0) return;
		const next = appendEvents(journal, mine);
		if (next === journal) return;
		journal = next;
		notes?.add(mine);
		folded(mine);
		notify();
	};
	// The validator loads when another panel first speaks; messages are still taken in order.
	let checker: Promise<typeof import('../../core/check-message.ts')> | undefined;
	deps.channel?.addEventListener('message', (event) => {
		if (!looksLikeEvents(event.data)) return;
		checker ??= import('../../core/check-message.ts');
		void checker.then(({ isEventsMessage }) => isEventsMessage(event.data) && receive(event.data.events));
	});
	return {
		meeting,
		events: () => journal.events,
		status: () => queue.status(),
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		subscribeStatus(listener) {
			statusListeners.add(listener);
			return () => statusListeners.delete(listener);
		},
		async open(id) {
			await queue.flush().catch(() => undefined);
			meetingId = id;
			journal = journalOf(await deps.store.events(id));
			// Edits made here since a failed write are not in the store yet: keep showing them.
			journal = appendEvents(journal, queue.unsaved().filter((e) => e.meetingId === id));
			notes?.reset(journal.events);
			notify();
			// Another panel's last keys, sent on the channel before this panel listened, reach the
			// store within its write batch: read them once that has passed.
			setTimeout(() => void deps.store.events(id).then(receive, () => undefined), CATCH_UP_MS);
			return meeting();
		},
		dispatch(body) {
			const id = body.type === 'meeting.created' ? body.meeting.id : meetingId;
			if (id === undefined) throw new Error('no meeting is open');
			if (id !== meetingId) {
				meetingId = id;
				journal = emptyJournal;
				notes?.reset([]);
			}
			const event = { ...(notes?.typed(body, deps.writer) ?? body), meetingId: id, at: deps.now(), writer: deps.writer, seq: ++seq } as MeetingEvent;
			journal = appendEvents(journal, [event]);
			notes?.add([event]);
			deps.mirror?.add(event);
			queue.add(event);
			// A clock event is written at once and to disk: the background reads it from the store
			// when an alarm wakes it, and the panel may close right after the click.
			if (TIMER_EVENTS.has(event.type)) void queue.flush('strict').catch(() => undefined);
			deps.channel?.postMessage(eventsMessage([event]));
			folded([event]);
			notify();
		},
		merge(events) {
			// Not mirrored: the machine that wrote them and the relay hold them until the store does.
			for (const event of events) queue.add(event);
			if (events.some((e) => TIMER_EVENTS.has(e.type))) void queue.flush('strict').catch(() => undefined);
			deps.channel?.postMessage(eventsMessage([...events]));
			receive(events);
		},
		watch(listener) {
			watchers.add(listener);
			return () => watchers.delete(listener);
		},
		useNotes(crdt) {
			notes = crdt;
			crdt.reset(journal.events);
			notify();
		},
		notes: () => notes,
		flush: (durability) => queue.flush(durability),
		unsaved: () => queue.unsaved(),
		rewrite() {
			// Events are keyed: those still stored are overwritten with themselves.
			for (const event of journal.events) queue.add(event);
			return queue.flush('strict');
		},
		close: () => deps.channel?.close(),
	};
}
