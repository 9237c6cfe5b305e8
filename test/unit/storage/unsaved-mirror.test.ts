// The localStorage copy of a closing panel's unsaved events: what it holds goes into the journal
// at the next start, once, and a damaged copy is dropped without stopping the start.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { replay } from '../../../src/core/journal.ts';
import { openDatabase } from '../../../src/storage/database.ts';
import { journalStore } from '../../../src/storage/journal-store.ts';
import { mirrorUnsaved, recoverUnsaved, type SyncStorage } from '../../../src/storage/unsaved-mirror.ts';
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
		mirrorUnsaved(storage, 'panel-a', events.slice(0, 10));
		mirrorUnsaved(storage, 'panel-b', events.slice(10));
		storage.setItem('unrelated', 'kept');
		const store = journalStore(openDatabase());
		expect(await recoverUnsaved(storage, store, 5)).toBe(events.length);
		expect(await store.load('weekly-2026-11-25')).toEqual(replay(events));
		expect([...storage.items.keys()]).toEqual(['unrelated']);
		// Nothing left to do the second time; the journal is as it was.
		expect(await recoverUnsaved(storage, store, 6)).toBe(0);
		expect(await store.events('weekly-2026-11-25')).toHaveLength(events.length);
	});

	it('recovers events the journal already has without doubling them', async () => {
		const events = sampleJournal();
		const store = journalStore(openDatabase());
		await store.append(events, 1);
		const storage = memoryStorage();
		mirrorUnsaved(storage, 'panel-a', events.slice(-5));
		await recoverUnsaved(storage, store, 2);
		expect(await store.events('weekly-2026-11-25')).toHaveLength(events.length);
		expect(await store.load('weekly-2026-11-25')).toEqual(replay(events));
	});

	it('drops a copy it cannot read, and keeps one whose write fails for the next start', async () => {
		const storage = memoryStorage();
		storage.setItem('gavel.unsaved.cut', '[{"type":"item.updated","meetingId":"m"');
		storage.setItem('gavel.unsaved.odd', '[{"hello":1}]');
		mirrorUnsaved(storage, 'good', sampleJournal().slice(0, 2));
		const failing = { append: () => Promise.reject(new Error('QuotaExceededError')) };
		await expect(recoverUnsaved(storage, failing, 1)).rejects.toThrow('QuotaExceededError');
		expect(storage.items.has('gavel.unsaved.good')).toBe(true);
		const store = journalStore(openDatabase());
		await recoverUnsaved(storage, store, 2);
		expect(storage.items.size).toBe(0);
		expect(await store.events('weekly-2026-11-25')).toHaveLength(2);
	});

	it('clears the copy once nothing is unsaved', () => {
		const storage = memoryStorage();
		mirrorUnsaved(storage, 'panel-a', sampleJournal().slice(0, 1));
		mirrorUnsaved(storage, 'panel-a', []);
		expect(storage.items.size).toBe(0);
	});
});
