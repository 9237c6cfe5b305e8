// The localStorage copy of each event a panel makes until IndexedDB has it: what it holds goes
// into the journal at the next start, once; a damaged copy is dropped without stopping the start;
// copies kept by an older panel (a list under the writer's key) are read too. And in a session,
// an event is copied the moment it is made and dropped once stored.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { replay } from '../../../src/core/journal.ts';
import { createMeeting } from '../../../src/core/meeting.ts';
import { createSession } from '../../../src/panel/state/session.ts';
import { openDatabase } from '../../../src/storage/database.ts';
import { journalStore } from '../../../src/storage/journal-store.ts';
import { recoverUnsaved, unsavedMirror, type SyncStorage } from '../../../src/storage/unsaved-mirror.ts';
import { sampleJournal } from '../../fixtures/sample-meeting.ts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

function memoryStorage(): SyncStorage & { items: Map<string, string> } {
	const items = new Map<string, string>();
	return {
		items,
		get length() {
			return items.size;
		},
		key: (i) => [...items.keys()][i] ?? null,
		getItem: (k) => items.get(k) ?? null,
		setItem: (k, v) => void items.set(k, v),
		removeItem: (k) => void items.delete(k),
	};
}

describe('unsaved mirror', () => {
	it('puts a closed panel\'s unsaved events into the journal at the next start, and forgets them', async () => {
		const events = sampleJournal();
		const storage = memoryStorage();
		const mirror = unsavedMirror(storage);
		events.forEach((e) => mirror.add(e));
		storage.setItem('unrelated', 'kept');
		const store = journalStore(openDatabase());
		expect(await recoverUnsaved(storage, store, 5)).toBe(events.length);
		expect(await store.load('weekly-2026-11-25')).toEqual(replay(events));
		expect([...storage.items.keys()]).toEqual(['unrelated']);
		// Nothing left to do the second time; the journal is as it was.
		expect(await recoverUnsaved(storage, store, 6)).toBe(0);
		expect(await store.events('weekly-2026-11-25')).toHaveLength(events.length);
	});

	it('keeps a copy of each event until it is stored, one key an event', () => {
		const events = sampleJournal();
		const storage = memoryStorage();
		const mirror = unsavedMirror(storage);
		events.slice(0, 3).forEach((e) => mirror.add(e));
		expect(storage.items.size).toBe(3);
		mirror.remove(events.slice(0, 2));
		expect([...storage.items.values()].map((v) => JSON.parse(v) as unknown)).toEqual([events[2]]);
	});

	it('recovers events the journal already has without doubling them, and an older panel\'s list of them', async () => {
		const events = sampleJournal();
		const store = journalStore(openDatabase());
		await store.append(events, 1);
		const storage = memoryStorage();
		storage.setItem('gavel.unsaved.old-panel', JSON.stringify(events.slice(-5)));
		expect(await recoverUnsaved(storage, store, 2)).toBe(5);
		expect(await store.events('weekly-2026-11-25')).toHaveLength(events.length);
		expect(await store.load('weekly-2026-11-25')).toEqual(replay(events));
	});

	it('drops a copy it cannot read, and keeps them all when their write fails, for the next start', async () => {
		const storage = memoryStorage();
		storage.setItem('gavel.unsaved.cut', '{"type":"item.updated","meetingId":"m"');
		storage.setItem('gavel.unsaved.odd', '{"hello":1}');
		sampleJournal().slice(0, 2).forEach((e) => unsavedMirror(storage).add(e));
		const failing = { append: () => Promise.reject(new Error('QuotaExceededError')) };
		await expect(recoverUnsaved(storage, failing, 1)).rejects.toThrow('QuotaExceededError');
		expect(storage.items.size).toBe(4);
		const store = journalStore(openDatabase());
		expect(await recoverUnsaved(storage, store, 2)).toBe(2);
		expect(storage.items.size).toBe(0);
		expect(await store.events('weekly-2026-11-25')).toHaveLength(2);
	});

	it('in a session, copies an event the moment it is made and drops the copy once it is stored', async () => {
		const storage = memoryStorage();
		const session = createSession({ store: journalStore(openDatabase()), writer: 'p1', now: () => 1_000, mirror: unsavedMirror(storage) });
		session.dispatch({ type: 'meeting.created', meeting: createMeeting({ id: 'm', title: 'Call', date: '2026-11-25' }) });
		expect([...storage.items.keys()]).toEqual(['gavel.unsaved.p1.1']);
		await session.flush();
		expect(storage.items.size).toBe(0);
	});
});
