// A database written at schema version 1 (test/fixtures/database-v1.json, written by the
// version-1 code) opens with this version: every meeting, note, action and timer event intact.
// An older panel holding the database open steps aside instead of blocking the upgrade.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingEvent } from '../../../src/core/events.ts';
import { replay } from '../../../src/core/journal.ts';
import { openDatabase } from '../../../src/storage/database.ts';
import { journalStore } from '../../../src/storage/journal-store.ts';
import { DB_VERSION, migrations } from '../../../src/storage/migrations.ts';
import type { GavelSchema, MeetingRecord } from '../../../src/storage/schema.ts';

interface Fixture {
	version: number;
	events: MeetingEvent[];
	meetings: MeetingRecord[];
	meta: Array<[string, unknown]>;
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/database-v1.json', import.meta.url), 'utf8')) as Fixture;

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

/** The fixture put into a database made by the version-1 migrations only (shipped steps never change). */
async function versionOne(): Promise<void> {
	const db = await openDB<GavelSchema>('gavel', fixture.version, { upgrade: (d, old, _n, tx) => migrations.slice(old, fixture.version).forEach((step) => step(d, tx)) });
	const tx = db.transaction(['events', 'meetings', 'meta'], 'readwrite');
	await Promise.all([...fixture.events.map((e) => tx.objectStore('events').put(e)), ...fixture.meetings.map((m) => tx.objectStore('meetings').put(m)), ...fixture.meta.map(([k, v]) => tx.objectStore('meta').put(v, k)), tx.done]);
	db.close();
}

describe('upgrading a version-1 database', () => {
	it('keeps every meeting, note, action and timer event', async () => {
		expect(fixture.version).toBeLessThan(DB_VERSION);
		await versionOne();
		const database = openDatabase();
		const store = journalStore(database);
		expect((await database.get()).version).toBe(DB_VERSION);
		expect((await store.list()).map((m) => m.title)).toEqual(['Weekly Meeting: 2026-12-02', 'Weekly Meeting: 2026-11-25']);
		for (const id of new Set(fixture.events.map((e) => e.meetingId))) {
			const events = fixture.events.filter((e) => e.meetingId === id);
			expect(await store.events(id)).toEqual(events);
			expect(await store.load(id)).toEqual(replay(events));
		}
		const sample = await store.load('weekly-2026-11-25');
		expect(sample?.items.flatMap((i) => i.actions).length).toBeGreaterThan(0);
		expect(sample?.timeline.map((t) => t.type)).toContain('meeting.ended');
		expect(sample?.items.some((i) => i.notes !== '')).toBe(true);
		// Deleted stays deleted; search still finds by word.
		expect((await store.search('scratch')).length).toBe(0);
		expect((await store.search('planned')).map((m) => m.id)).toEqual(['weekly-2026-12-02']);
		// And it takes new events.
		await store.append([{ meetingId: 'weekly-2026-12-02', at: Date.UTC(2026, 11, 2, 16), writer: 'new', seq: 1, type: 'meeting.started' }], 1);
		expect((await store.load('weekly-2026-12-02'))?.timeline).toHaveLength(1);
	});

	it('is not held up by an older panel that has the database open: that panel steps aside', async () => {
		await versionOne();
		// An open version-1 connection that closes on versionchange, as every Gavel's does.
		const old = await openDB<GavelSchema>('gavel', fixture.version, { blocking: () => old.close() });
		const onVersionChange = vi.fn();
		const oldPanel = openDatabase({ onVersionChange });
		// (A current panel too, which must step aside for a newer one in turn.)
		await oldPanel.get();
		const newer = await openDB('gavel', DB_VERSION + 1, { upgrade: () => undefined });
		expect(newer.version).toBe(DB_VERSION + 1);
		expect(onVersionChange).toHaveBeenCalledOnce();
		newer.close();
	});

	it('tells the panel when an older one does not step aside, instead of hanging silently', async () => {
		await versionOne();
		const stubborn = await openDB<GavelSchema>('gavel', fixture.version);
		const onBlocked = vi.fn();
		const opening = openDatabase({ onBlocked }).get();
		await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
		stubborn.close();
		expect((await opening).version).toBe(DB_VERSION);
	});
});
