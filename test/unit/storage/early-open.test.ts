// The head start boot.js gives the panel: the database opened, and the meeting to reopen read,
// before the panel's code has loaded. It hands over what it got when that is current, and
// otherwise leaves the database exactly as the panel's own opening expects: never made, never
// upgraded, never held open against an upgrade or a deletion.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { journalWriter } from '../../../src/core/meeting.ts';
import { openDatabase } from '../../../src/storage/database.ts';
import { openEarly, takeEarly } from '../../../src/storage/early-open.ts';
import { journalStore } from '../../../src/storage/journal-store.ts';
import { DB_VERSION, migrations } from '../../../src/storage/migrations.ts';
import type { GavelSchema } from '../../../src/storage/schema.ts';
import { sampleJournal } from '../../fixtures/sample-meeting.ts';

const MEETING = 'weekly-2026-11-25';
let factory: IDBFactory;

beforeEach(() => {
	factory = new IDBFactory();
	globalThis.indexedDB = factory;
});

async function stored(): Promise<void> {
	const database = openDatabase();
	await journalStore(database).append(sampleJournal(), 1_000);
	await database.close();
}

/** What boot.js does, then what main.tsx does with it. */
async function start(meetingId: string | undefined = MEETING) {
	const scope = {};
	openEarly(meetingId, factory, scope);
	const early = takeEarly(DB_VERSION, scope);
	const database = openDatabase({ early: early.then((s) => s?.db) });
	const store = journalStore(database, early.then((s) => s?.read));
	return { early: await early, database, store };
}

describe('the early start', () => {
	it('hands over the open database and the journal of the meeting to reopen', async () => {
		await stored();
		const { early, database, store } = await start();
		expect(early?.db.version).toBe(DB_VERSION);
		expect(early?.read?.meetingId).toBe(MEETING);
		expect(await early?.read?.events).toEqual(sampleJournal());
		// The store uses that connection and that read: the meeting comes back whole.
		expect((await database.get()).version).toBe(DB_VERSION);
		expect(await store.events(MEETING)).toEqual(sampleJournal());
		await database.close();
	});

	it('is the first read only: later reads see what was written since', async () => {
		await stored();
		const { database, store } = await start();
		const other = openDatabase();
		const late = journalWriter(MEETING, 'panel-2')({ type: 'meeting.updated', patch: { title: 'Renamed elsewhere' } }, 5_000);
		await journalStore(other).append([late], 5_000);
		// Read before the other window wrote: the panel's catch-up read (session.ts) gets the rest.
		expect(await store.events(MEETING)).toHaveLength(sampleJournal().length);
		expect(await store.events(MEETING)).toContainEqual(late);
		await Promise.all([database.close(), other.close()]);
	});

	it('is not used once the panel has written: what a closed panel left is read back with the rest', async () => {
		await stored();
		const { database, store } = await start();
		const recovered = journalWriter(MEETING, 'panel-0')({ type: 'meeting.updated', patch: { title: 'Recovered' } }, 4_000);
		await store.append([recovered], 4_000, 'strict');
		expect(await store.events(MEETING)).toContainEqual(recovered);
		await database.close();
	});

	it('is not used for another meeting than the one it read', async () => {
		await stored();
		const { database, store } = await start('some-other-meeting');
		expect(await store.events(MEETING)).toEqual(sampleJournal());
		await database.close();
	});

	it('makes no database when there is none: the panel makes it, with its migrations', async () => {
		const { early, database } = await start();
		expect(early).toBeUndefined();
		const db = await database.get();
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(['events', 'meetings', 'meta', 'series', 'shares', 'sync-updates']);
		await database.close();
	});

	it('leaves an older database to the panel to upgrade, without holding it up', async () => {
		const old = await openDB<GavelSchema>('gavel', 1, { upgrade: (db, _o, _n, tx) => migrations[0]?.(db, tx) });
		old.close();
		const onBlocked = vi.fn();
		const scope = {};
		openEarly(MEETING, factory, scope);
		const early = takeEarly(DB_VERSION, scope);
		const database = openDatabase({ early: early.then((s) => s?.db), onBlocked });
		expect(await early).toBeUndefined();
		expect((await database.get()).version).toBe(DB_VERSION);
		expect(onBlocked).not.toHaveBeenCalled();
		await database.close();
	});

	it('steps aside for a deletion before the panel takes it', async () => {
		await stored();
		const scope: Record<symbol, unknown> = {};
		openEarly(MEETING, factory, scope);
		await Object.getOwnPropertySymbols(scope).map((key) => scope[key])[0];
		const blocked = vi.fn();
		await new Promise((resolve, reject) => Object.assign(factory.deleteDatabase('gavel'), { onsuccess: resolve, onerror: reject, onblocked: blocked }));
		expect(blocked).not.toHaveBeenCalled();
		expect(await takeEarly(DB_VERSION, scope)).toBeUndefined();
	});

	it('is taken once; after that, boot does nothing', async () => {
		await stored();
		const scope = {};
		openEarly(MEETING, factory, scope);
		const first = await takeEarly(DB_VERSION, scope);
		expect(first?.db.version).toBe(DB_VERSION);
		expect(await takeEarly(DB_VERSION, scope)).toBeUndefined();
		const open = vi.spyOn(factory, 'open');
		openEarly(MEETING, factory, scope);
		expect(open).not.toHaveBeenCalled();
		first?.db.close();
	});
});
