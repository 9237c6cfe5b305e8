// The journal in IndexedDB (fake-indexeddb in Node): what is appended comes back as the same
// meeting after the database is closed and opened again, two writers merge, the list and
// search see the latest snapshot, and a delete can be undone.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingEvent } from '../../../src/core/events.ts';
import { replay } from '../../../src/core/journal.ts';
import { createItem, createMeeting, journalWriter } from '../../../src/core/meeting.ts';
import { openDatabase } from '../../../src/storage/database.ts';
import { journalStore } from '../../../src/storage/journal-store.ts';
import { DB_VERSION } from '../../../src/storage/migrations.ts';
import { sampleJournal } from '../../fixtures/sample-meeting.ts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

const meetingEvents = (id: string, title: string, at: number, date = '2026-11-25'): MeetingEvent[] => {
	const w = journalWriter(id, 'w1');
	return [
		w({ type: 'meeting.created', meeting: createMeeting({ id, title, date }) }, at),
		w({ type: 'item.added', item: createItem({ id: 'i1', title: 'Release' }) }, at + 1),
	];
};

describe('journal store', () => {
	it('gives back the meeting the journal folds to, after closing and reopening', async () => {
		const events = sampleJournal();
		const first = openDatabase();
		await journalStore(first).append(events, 1_000);
		await first.close();
		const store = journalStore(openDatabase());
		expect(await store.load('weekly-2026-11-25')).toEqual(replay(events));
		expect(await store.events('weekly-2026-11-25')).toHaveLength(events.length);
	});

	it('logs events alone: the meeting loads with them at once, the list catches up with the next snapshot', async () => {
		const store = journalStore(openDatabase());
		const events = meetingEvents('m', 'Call', 100);
		await store.append(events, 1_000);
		const renamed = journalWriter('m', 'w1')({ type: 'meeting.updated', patch: { title: 'Weekly call' } }, 200);
		await store.log([{ ...renamed, seq: 3 }]);
		expect((await store.load('m'))?.title).toBe('Weekly call');
		expect(await store.events('m')).toHaveLength(3);
		expect((await store.list()).map((r) => r.title)).toEqual(['Call']);
		await store.append([{ ...renamed, seq: 3 }], 2_000);
		expect((await store.list()).map((r) => r.title)).toEqual(['Weekly call']);
		expect(await store.events('m')).toHaveLength(3);
	});

	it('makes again, at the next start, a snapshot whose events were logged but never appended (the panel closed first)', async () => {
		const first = openDatabase();
		const before = journalStore(first);
		await before.append(meetingEvents('m', 'Call', 100), 1_000);
		const w = journalWriter('m', 'w1');
		// Renamed and noted, logged, and the panel gone before its batch: the list still says "Call".
		await before.log([{ ...w({ type: 'meeting.updated', patch: { title: 'Weekly call' } }, 200), seq: 3 }, { ...w({ type: 'item.updated', itemId: 'i1', patch: { notes: 'Tagged mirage 4.2' } }, 210), seq: 4 }]);
		// And a meeting made and gone before any snapshot: not listed at all.
		await before.log(meetingEvents('new', 'Made last', 300));
		expect((await before.list()).map((r) => r.title)).toEqual(['Call']);
		await first.close();

		const store = journalStore(openDatabase());
		expect(await store.repairSnapshots()).toBe(2);
		const records = await store.list();
		expect(records.map((r) => r.title)).toEqual(['Made last', 'Weekly call']);
		expect(records[1]?.state).toEqual(await store.load('m'));
		expect(records[1]?.updatedAt).toBe(210);
		expect((await store.search('mirage')).map((r) => r.title)).toEqual(['Weekly call']);
		// Once made, nothing is due.
		expect(await store.repairSnapshots()).toBe(0);
	});

	it('marks a snapshot due until its writer\'s batch holds the last event it logged, and keeps a deleted meeting deleted', async () => {
		const store = journalStore(openDatabase());
		const [created, added] = meetingEvents('m', 'Call', 100) as [MeetingEvent, MeetingEvent];
		await store.log([created]);
		await store.log([added]);
		// The batch of the first only: the second is still due.
		await store.append([created], 1_000);
		await store.remove('m', 1_100);
		expect(await store.repairSnapshots()).toBe(1);
		expect(await store.list()).toEqual([]);
		await store.restore('m');
		expect((await store.list())[0]?.state.items.map((i) => i.title)).toEqual(['Release']);
		// Both in the batch: nothing left due.
		await store.log([created, added]);
		await store.append([created, added], 1_200);
		expect(await store.repairSnapshots()).toBe(0);
	});

	it('leaves another writer\'s mark for the repair: its logged events are not in a snapshot applied after them', async () => {
		const store = journalStore(openDatabase());
		const a = journalWriter('m', 'panel-a');
		const b = journalWriter('m', 'panel-b');
		await store.append([a({ type: 'meeting.created', meeting: createMeeting({ id: 'm', title: 'Call', date: '2026-11-25', items: [createItem({ id: 'i1', title: 'One' }), createItem({ id: 'i2', title: 'Two' })] }) }, 100)], 1);
		// A logs and closes; B's later batch is applied to the snapshot, which never saw A's note.
		await store.log([a({ type: 'item.updated', itemId: 'i1', patch: { notes: 'from A' } }, 200)]);
		const fromB = b({ type: 'item.updated', itemId: 'i2', patch: { notes: 'from B' } }, 300);
		await store.log([fromB]);
		await store.append([fromB], 2);
		expect(await store.repairSnapshots()).toBe(1);
		expect((await store.list())[0]?.state.items.map((i) => i.notes)).toEqual(['from A', 'from B']);
	});

	it('compacts an ended meeting in place: fewer events, the same meeting, from the snapshot and from the journal', async () => {
		const store = journalStore(openDatabase());
		const w = journalWriter('m', 'w1');
		const events: MeetingEvent[] = [w({ type: 'meeting.created', meeting: createMeeting({ id: 'm', title: 'Call', date: '2026-11-25', items: [createItem({ id: 'i1', title: 'One' })] }) }, 100)];
		let notes = '';
		for (const [n, char] of [...'Tagged 4.2 today.'].entries()) {
			const after = notes + char;
			events.push(w({ type: 'item.updated', itemId: 'i1', patch: { notes: after }, edit: { from: notes.length, removed: '', insert: char } }, 200 + n));
			notes = after;
		}
		events.push(w({ type: 'meeting.ended' }, 400));
		await store.append(events, 1_000);
		const before = await store.load('m');
		expect(await store.compact('m')).toEqual({ before: 19, after: 3 });
		expect(await store.events('m')).toHaveLength(3);
		expect(await store.load('m')).toEqual(before);
		expect(replay(await store.events('m'))).toEqual(before);
		// Again: nothing more to fold.
		expect(await store.compact('m')).toEqual({ before: 3, after: 3 });
	});

	it('lists the newest meetings first, all or about a limit of them (whole days), never the deleted', async () => {
		const store = journalStore(openDatabase());
		const dates = ['2026-11-04', '2026-11-11', '2026-11-18', '2026-11-18', '2026-11-25'];
		await store.append(dates.flatMap((date, i) => meetingEvents(`m${i}`, `Call ${i}`, 100 + i * 10, date)), 1_000);
		await store.remove('m4', 2_000);
		const titles = (records: Array<{ title: string }>) => records.map((r) => r.title);
		expect(titles(await store.list())).toEqual(['Call 3', 'Call 2', 'Call 1', 'Call 0']);
		// The limit falls inside 18 November: that whole day comes, in the same order.
		expect(titles(await store.list(2))).toEqual(['Call 3', 'Call 2']);
		expect(titles(await store.list(1))).toEqual(['Call 3', 'Call 2']);
		expect(titles(await store.list(3))).toEqual(['Call 3', 'Call 2', 'Call 1']);
		// Deleted meetings between take no place in the page: it reaches further back.
		await store.remove('m3', 2_000);
		await store.remove('m2', 2_000);
		expect(titles(await store.list(1))).toEqual(['Call 1']);
		expect(titles(await store.list(2))).toEqual(['Call 1', 'Call 0']);
		expect(titles(await store.list(50))).toEqual(['Call 1', 'Call 0']);
	});

	it('merges two writers whose events arrive out of order, in the snapshot too', async () => {
		const store = journalStore(openDatabase());
		const a = journalWriter('m', 'panel-a');
		const b = journalWriter('m', 'panel-b');
		const created = a({ type: 'meeting.created', meeting: createMeeting({ id: 'm', title: 'Call', date: '2026-11-25', items: [createItem({ id: 'i1', title: 'One' }), createItem({ id: 'i2', title: 'Two' })] }) }, 100);
		const fromA = a({ type: 'item.updated', itemId: 'i1', patch: { notes: 'A wrote this later' } }, 300);
		const fromB = b({ type: 'item.updated', itemId: 'i2', patch: { notes: 'B wrote this earlier, saved later' } }, 200);
		const clash = b({ type: 'item.updated', itemId: 'i1', patch: { notes: 'B at 250, before A' } }, 250);
		await store.append([created, fromA], 1);
		await store.append([fromB, clash], 2);
		const expected = replay([created, fromA, fromB, clash]);
		expect(expected?.items.map((i) => i.notes)).toEqual(['A wrote this later', 'B wrote this earlier, saved later']);
		expect(await store.load('m')).toEqual(expected);
		expect((await store.list())[0]?.state).toEqual(expected);
	});

	it('writes an event twice without change (a retried batch)', async () => {
		const store = journalStore(openDatabase());
		const events = meetingEvents('m', 'Call', 10);
		await store.append(events, 1);
		await store.append(events, 2);
		expect(await store.events('m')).toHaveLength(2);
	});

	it('lists meetings newest first, and a deleted one only until undo', async () => {
		const store = journalStore(openDatabase());
		await store.append(meetingEvents('old', 'Old call', 10), 100);
		await store.append(meetingEvents('new', 'New call', 20), 200);
		expect((await store.list()).map((r) => r.title)).toEqual(['New call', 'Old call']);
		// By meeting date first: next week's call, prepared earlier, still comes first.
		await store.append(meetingEvents('next', 'Next week', 5, '2026-12-02'), 50);
		expect((await store.list()).map((r) => r.title)).toEqual(['Next week', 'New call', 'Old call']);
		await store.remove('next', 60);
		await store.remove('new', 300);
		expect((await store.list()).map((r) => r.title)).toEqual(['Old call']);
		expect(await store.load('new')).toBeDefined(); // nothing is lost: it can come back
		await store.restore('new');
		expect((await store.list()).map((r) => r.title)).toEqual(['New call', 'Old call']);
	});

	it('finds meetings by words of their title, people and notes, by prefix, accents folded', async () => {
		const store = journalStore(openDatabase());
		await store.append(sampleJournal(), 100);
		await store.append(meetingEvents('other', 'Budget review', 10), 50);
		const titles = async (q: string) => (await store.search(q)).map((r) => r.title);
		expect(await titles('camel')).toEqual(['Weekly Meeting: 2026-11-25']);
		expect(await titles('MORT arm')).toEqual(['Weekly Meeting: 2026-11-25']);
		expect(await titles('budg')).toEqual(['Budget review']);
		expect(await titles('releas')).toEqual(['Weekly Meeting: 2026-11-25', 'Budget review']);
		expect(await titles('nothing-like-this')).toEqual([]);
		await store.append(meetingEvents('accent', 'Réunion Bünzli', 5), 10);
		expect(await titles('bunzli')).toEqual(['Réunion Bünzli']);
	});

	it('asks for strict durability when told to, and for deletes', async () => {
		const database = openDatabase();
		const db = await database.get();
		const spy = vi.spyOn(db, 'transaction');
		const store = journalStore(database);
		await store.append(meetingEvents('m', 'Call', 1), 1, 'strict');
		await store.remove('m', 2);
		expect(spy.mock.calls.map((call) => call[2])).toEqual([{ durability: 'strict' }, { durability: 'strict' }]);
	});
});

describe('database', () => {
	it('creates every store and index on first open', async () => {
		const db = await openDatabase().get();
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(['events', 'meetings', 'meta', 'series', 'shares', 'sync-updates']);
		expect([...db.transaction('meetings').store.indexNames].sort()).toEqual(['by-date', 'by-updated', 'by-word']);
	});

	it('steps aside when a newer Gavel upgrades the database, and says so', async () => {
		const onVersionChange = vi.fn();
		const database = openDatabase({ onVersionChange });
		await database.get();
		// Another document with a newer schema: this must not hang behind our open connection.
		const newer = await openDB('gavel', DB_VERSION + 1);
		expect(newer.version).toBe(DB_VERSION + 1);
		expect(onVersionChange).toHaveBeenCalledOnce();
		newer.close();
	});
});
