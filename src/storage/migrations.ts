// Schema migrations: entry N upgrades a database at version N to N + 1. A new version appends
// a step; steps already shipped never change, so every older database takes the same path.

import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { GavelSchema } from './schema.ts';

type Upgrade = (db: IDBPDatabase<GavelSchema>, tx: IDBPTransaction<GavelSchema, StoreNames<GavelSchema>[], 'versionchange'>) => void;

export const migrations: readonly Upgrade[] = [
	// 0 -> 1: the journal, meeting snapshots, and small settings.
	(db) => {
		db.createObjectStore('events', { keyPath: ['meetingId', 'at', 'writer', 'seq'] });
		const meetings = db.createObjectStore('meetings', { keyPath: 'id' });
		meetings.createIndex('by-updated', 'updatedAt');
		meetings.createIndex('by-word', 'words', { multiEntry: true });
		db.createObjectStore('meta');
	},
	// 1 -> 2: meetings by date, so the list reads newest first from an index (and can be paged).
	(_db, tx) => {
		tx.objectStore('meetings').createIndex('by-date', 'date');
	},
	// 2 -> 3: meeting series (cadence, roster, recurring items), by id.
	(db) => {
		db.createObjectStore('series', { keyPath: 'id' });
	},
	// 3 -> 4: shared meetings (the invitation, by meeting) and each one's sync state, as the
	// changes the sync engine made, keyed [meetingId, n] so that a meeting's read in order.
	(db) => {
		db.createObjectStore('shares', { keyPath: 'meetingId' });
		db.createObjectStore('sync-updates');
	},
];

export const DB_VERSION = migrations.length;

export function migrate(db: IDBPDatabase<GavelSchema>, oldVersion: number, tx: Parameters<Upgrade>[1]): void {
	for (const step of migrations.slice(oldVersion)) step(db, tx);
}
