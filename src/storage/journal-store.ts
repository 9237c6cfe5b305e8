// The journal repository: appends events with their meeting's snapshot in one transaction (or
// logs them alone first, marked as not yet in the snapshot), loads a meeting by replaying its
// journal, lists and searches meetings, deletes with undo.

import type { MeetingEvent } from '../core/events.ts';
import type { Series } from '../core/series.ts';
import { applyEvent, replay } from '../core/journal.ts';
import type { Meeting } from '../core/types.ts';
import type { Database, GavelDB } from './database.ts';
import type { EarlyRead } from './early-open.ts';
import { meetingEvents, snapshotDue, snapshotsDue, type EventKey, type MeetingRecord, type SnapshotDueKey } from './schema.ts';
import { snapshotOf, wordsOf } from './snapshot.ts';

/** `strict` waits until the write is on disk: for ends of items and meetings, and deletes. */
export type Durability = 'strict' | 'relaxed' | 'default';

const keyOf = (e: MeetingEvent): EventKey => [e.meetingId, e.at, e.writer, e.seq];

/** What a restore brings beside the events, in the same transaction. */
export interface AppendExtras {
	/** Settings to put where none is set yet. */
	settings?: Readonly<Record<string, unknown>>;
	/** Meetings deleted where they came from: they arrive deleted, if they are new here. */
	deletedAt?: Readonly<Record<string, number>>;
	/** Series to keep where none of that id is kept yet. */
	series?: readonly Series[];
}

export interface JournalStore {
	/** In one transaction: all of it is stored, or (on failure) none. */
	append(events: readonly MeetingEvent[], now: number, durability?: Durability, extras?: AppendExtras): Promise<void>;
	/**
	 * The events alone, in one small transaction: on disk at once; `append` of the same events
	 * brings the snapshot up to them later (until then `load` replays, and the meeting is marked
	 * so that `repairSnapshots` can do it if `append` never comes).
	 */
	log(events: readonly MeetingEvent[]): Promise<void>;
	/** Makes again the snapshot of each meeting with events logged but never appended (the panel closed first); says how many. */
	repairSnapshots(): Promise<number>;
	/** The keys of the events of a meeting the journal already holds. */
	keys(meetingId: string): Promise<EventKey[]>;
	events(meetingId: string): Promise<MeetingEvent[]>;
	load(meetingId: string): Promise<Meeting | undefined>;
	/** Meetings not deleted, newest first; with `limit`, about that many of the newest (whole days). */
	list(limit?: number): Promise<MeetingRecord[]>;
	search(query: string): Promise<MeetingRecord[]>;
	remove(meetingId: string, now: number): Promise<void>;
	restore(meetingId: string): Promise<void>;
	/** Folds an ended meeting's keystroke runs (core/compact.ts), in one transaction; says how many events there were and are. */
	compact(meetingId: string): Promise<{ before: number; after: number }>;
}

/** `early`: a meeting's journal read at start (storage/early-open.ts), used for that meeting's first read unless this store wrote first. */
export function journalStore(database: Database, early?: Promise<EarlyRead | undefined>): JournalStore {
	let head = early;
	// The read at start is older than anything this store writes.
	let written = false;
	return {
		async append(events, now, durability = 'default', { settings = {}, deletedAt = {}, series = [] } = {}) {
			const withExtras = Object.keys(settings).length > 0 || series.length > 0;
			if (events.length === 0 && !withExtras) return;
			written = true;
			const db = await database.get();
			// The series store joins the transaction only when there is something to put in it.
			const tx = db.transaction(withExtras ? ['events', 'meetings', 'meta', 'series'] : ['events', 'meetings', 'meta'], 'readwrite', { durability });
			const eventStore = tx.objectStore('events');
			const meetingStore = tx.objectStore('meetings');
			const metaStore = tx.objectStore('meta');
			const settled = [
				...Object.entries(settings).map(async ([key, value]) => {
					if ((await metaStore.getKey(key)) === undefined) await metaStore.put(value, key);
				}),
				...series.map(async (one) => {
					const seriesStore = tx.objectStore('series');
					if ((await seriesStore.getKey(one.id)) === undefined) await seriesStore.put(one);
				}),
			];
			// Every request is issued before the first await, so the transaction stays active (idb README).
			const puts = events.map((e) => eventStore.put(e));
			const ids = [...new Set(events.map((e) => e.meetingId))];
			const updates = ids.map(async (id) => {
				const mine = events.filter((e) => e.meetingId === id);
				const previous = await meetingStore.get(id);
				const state = await nextState(previous, mine, () => eventStore.getAll(meetingEvents(id)));
				if (state === undefined) return;
				const record = { ...snapshotOf(state, now), through: maxKey(previous?.through, mine) };
				const deleted = previous === undefined ? deletedAt[id] : previous.deletedAt;
				if (deleted !== undefined) record.deletedAt = deleted;
				await meetingStore.put(record);
				// The snapshot now holds all a writer logged of the meeting if it holds its last seq
				// logged. (Only once it is put: a snapshot that failed leaves the marks for the repair.)
				for (const { writer, seq } of lastSeqs(mine)) {
					const logged = await metaStore.get(snapshotDue(id, writer));
					if (typeof logged === 'number' && logged <= seq) await metaStore.delete(snapshotDue(id, writer));
				}
			});
			await Promise.all([...puts, ...updates, ...settled, tx.done]);
		},
		async log(events) {
			if (events.length === 0) return;
			written = true;
			const tx = (await database.get()).transaction(['events', 'meta'], 'readwrite');
			const puts = events.map((e) => tx.objectStore('events').put(e));
			const marks = lastSeqs(events).map(({ meetingId, writer, seq }) => tx.objectStore('meta').put(seq, snapshotDue(meetingId, writer)));
			// Committed now rather than once the puts' results are back: the request and its commit
			// reach the database together, so a browser quitting a moment later has less to abort.
			tx.commit();
			await Promise.all([...puts, ...marks, tx.done]);
		},
		async repairSnapshots() {
			const db = await database.get();
			const due = (await db.getAllKeys('meta', snapshotsDue())) as SnapshotDueKey[];
			const ids = [...new Set(due.map(([, meetingId]) => meetingId))];
			for (const id of ids) {
				// The whole journal as it is now, so every writer's marks go, a live panel's too (its
				// next append then finds its events in the snapshot, and replays or applies after them).
				const tx = db.transaction(['events', 'meetings', 'meta'], 'readwrite');
				const [events, previous] = await Promise.all([tx.objectStore('events').getAll(meetingEvents(id)), tx.objectStore('meetings').get(id)]);
				const state = replay(events);
				const last = events.at(-1);
				const writes: Array<Promise<unknown>> = [tx.objectStore('meta').delete(snapshotsDue(id))];
				if (state !== undefined && last !== undefined) {
					// Changed last when its last event was made, not now.
					const record: MeetingRecord = { ...snapshotOf(state, last.at), through: keyOf(last) };
					if (previous?.deletedAt !== undefined) record.deletedAt = previous.deletedAt;
					writes.push(tx.objectStore('meetings').put(record));
				}
				await Promise.all([...writes, tx.done]);
			}
			return ids.length;
		},
		async keys(meetingId) {
			return (await database.get()).getAllKeys('events', meetingEvents(meetingId));
		},
		async events(meetingId) {
			const pending = head;
			head = undefined;
			const read = await pending;
			if (read?.meetingId === meetingId && !written) {
				const events = await read.events;
				// Nothing written through this store since (what a closed panel left is written first);
				// other windows' writes since then reach the panel like those after any read (session.ts).
				if (events !== undefined && !written) return events;
			}
			return (await database.get()).getAll('events', meetingEvents(meetingId));
		},
		async load(meetingId) {
			const db = await database.get();
			const [record, last] = await Promise.all([db.get('meetings', meetingId), lastKey(db, meetingId)]);
			if (record !== undefined && last !== undefined && compareKeys(record.through, last) === 0) return record.state;
			return replay(await db.getAll('events', meetingEvents(meetingId)));
		},
		async list(limit) {
			const db = await database.get();
			if (limit === undefined) {
				// Oldest date first from the index; reversed, then the same day by last change.
				const records = await db.getAllFromIndex('meetings', 'by-date');
				return records.reverse().filter((r) => r.deletedAt === undefined).sort(newestFirst);
			}
			// The newest, to the end of the day the limit falls on: a jump back `limit` dates in the
			// index and one read from that day on (a cursor read record by record took ~2x as long
			// for 50). Deleted meetings are counted in the jump: when they leave too few, jump further.
			const index = db.transaction('meetings').store.index('by-date');
			for (let back = limit; ; ) {
				const newest = await index.openKeyCursor(null, 'prev');
				const from = newest === null || back <= 1 ? newest : await newest.advance(back - 1);
				// Reversed like the whole list above, so meetings of a day changed at the same time keep their order.
				const records = (await index.getAll(from === null ? null : IDBKeyRange.lowerBound(from.key))).reverse().filter((r) => r.deletedAt === undefined);
				if (records.length >= limit || from === null) return records.sort(newestFirst);
				back += limit - records.length;
			}
		},
		async search(query) {
			const terms = wordsOf(query);
			const [first, ...rest] = [...terms].sort((a, b) => b.length - a.length);
			if (first === undefined) return this.list();
			const db = await database.get();
			const candidates = await db.getAllFromIndex('meetings', 'by-word', IDBKeyRange.bound(first, `${first}\uffff`));
			const seen = new Set<string>();
			return candidates
				.filter((r) => r.deletedAt === undefined && !seen.has(r.id) && seen.add(r.id))
				.filter((r) => rest.every((t) => r.words.some((w) => w.startsWith(t))))
				.sort(newestFirst);
		},
		async remove(meetingId, now) {
			await setDeleted(await database.get(), meetingId, now);
		},
		async restore(meetingId) {
			await setDeleted(await database.get(), meetingId, undefined);
		},
		async compact(meetingId) {
			// Loaded when a meeting is first compacted, not with the panel (and before the transaction, which would not wait for it).
			const [{ compactJournal }, db] = await Promise.all([import('../core/compact.ts'), database.get()]);
			const tx = db.transaction('events', 'readwrite');
			const events = await tx.store.getAll(meetingEvents(meetingId));
			const { keep, drop } = compactJournal(events);
			// Rewritten events keep their keys: a put replaces the stored one.
			const stored = new Set(events);
			await Promise.all([...drop.map((e) => tx.store.delete(keyOf(e))), ...keep.filter((e) => !stored.has(e)).map((e) => tx.store.put(e)), tx.done]);
			return { before: events.length, after: keep.length };
		},
	};
}

/** Latest meeting date first; the same day, the one changed last. */
function newestFirst(a: MeetingRecord, b: MeetingRecord): number {
	return b.date.localeCompare(a.date) || b.updatedAt - a.updatedAt;
}

/** The snapshot's next state: applied in place when the new events sort after all it holds,
 * else rebuilt from the whole journal (another panel wrote events that sort earlier). */
async function nextState(previous: MeetingRecord | undefined, events: readonly MeetingEvent[], all: () => Promise<MeetingEvent[]>): Promise<Meeting | undefined> {
	const sorted = [...events].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
	const first = sorted[0];
	if (previous?.through !== undefined && first !== undefined && compareKeys(keyOf(first), previous.through) > 0) {
		return sorted.reduce<Meeting | undefined>(applyEvent, previous.state);
	}
	return replay(await all());
}

/** The last seq of each writer's events, for each meeting. */
function lastSeqs(events: readonly MeetingEvent[]): Array<{ meetingId: string; writer: string; seq: number }> {
	const last = new Map<string, { meetingId: string; writer: string; seq: number }>();
	for (const { meetingId, writer, seq } of events) {
		const id = JSON.stringify([meetingId, writer]);
		const seen = last.get(id);
		if (seen === undefined || seen.seq < seq) last.set(id, { meetingId, writer, seq });
	}
	return [...last.values()];
}

function maxKey(through: EventKey | undefined, events: readonly MeetingEvent[]): EventKey {
	return events.map(keyOf).reduce((max, key) => (compareKeys(key, max) > 0 ? key : max), through ?? keyOf(events[0] as MeetingEvent));
}

async function lastKey(db: GavelDB, meetingId: string): Promise<EventKey | undefined> {
	const cursor = await db.transaction('events').store.openKeyCursor(meetingEvents(meetingId), 'prev');
	return cursor?.key;
}

function compareKeys(a: EventKey | undefined, b: EventKey | undefined): number {
	if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
	return indexedDB.cmp(a, b);
}

async function setDeleted(db: GavelDB, meetingId: string, at: number | undefined): Promise<void> {
	const tx = db.transaction('meetings', 'readwrite', { durability: 'strict' });
	const record = await tx.store.get(meetingId);
	if (record !== undefined) {
		const { deletedAt: _, ...rest } = record;
		await tx.store.put(at === undefined ? rest : { ...rest, deletedAt: at });
	}
	await tx.done;
}
