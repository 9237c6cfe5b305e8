// The panel's first, tiny script (boot.js) opens the database and reads the journal of the
// meeting the panel will reopen while the browser is still fetching and compiling the panel's
// main code; openDatabase and journalStore then take over what it got. Opening took ~8 ms of the
// panel's ~70 ms start, after its code had run (measured: bench/panel.bench.mjs).
// It is only a head start. It opens whatever version is there, never creates or upgrades the
// database (that is openDatabase's work, with its migrations and handlers), and until taken over
// it steps aside for an upgrade or deletion; the panel then opens and reads as it would without it.

import type { MeetingEvent } from '../core/events.ts';
import { DB_NAME, meetingEvents } from './schema.ts';

const EARLY = Symbol.for('gavel.early-start');

/** A meeting's journal as read at start. */
export interface EarlyRead {
	meetingId: string;
	/** Undefined when the read failed. */
	events: Promise<MeetingEvent[] | undefined>;
}

export interface EarlyStart {
	db: IDBDatabase;
	read?: EarlyRead;
}

type Opened = EarlyStart & { open: boolean };
type Scope = { [EARLY]?: Promise<Opened | undefined> | 'taken' };

/** The events of `meetingId`, as journal-store reads them. */
function readEvents(db: IDBDatabase, meetingId: string): Promise<MeetingEvent[] | undefined> {
	return new Promise((resolve) => {
		try {
			const request = db.transaction('events').objectStore('events').getAll(meetingEvents(meetingId));
			request.onsuccess = () => resolve(request.result as MeetingEvent[]);
			request.onerror = (event) => {
				event.preventDefault();
				resolve(undefined);
			};
		} catch {
			resolve(undefined);
		}
	});
}

/** Starts opening the database (and reading `meetingId`'s journal), unless the panel's code got there first. Call once, from boot.js. */
export function openEarly(meetingId: string | undefined, factory: IDBFactory = indexedDB, scope: Scope = globalThis as Scope, name = DB_NAME): void {
	if (scope[EARLY] !== undefined) return;
	scope[EARLY] = new Promise((resolve) => {
		let request: IDBOpenDBRequest;
		try {
			request = factory.open(name);
		} catch {
			resolve(undefined);
			return;
		}
		// No database yet: aborting its making leaves nothing behind, and openDatabase makes it.
		request.onupgradeneeded = () => request.transaction?.abort();
		request.onerror = (event) => {
			event.preventDefault();
			resolve(undefined);
		};
		request.onsuccess = () => {
			const db = request.result;
			const opened: Opened = { db, open: true };
			if (meetingId !== undefined && db.objectStoreNames.contains('events')) opened.read = { meetingId, events: readEvents(db, meetingId) };
			const giveWay = () => {
				opened.open = false;
				db.close();
			};
			db.onversionchange = giveWay;
			db.onclose = giveWay;
			resolve(opened);
		};
	});
}

/**
 * What boot.js opened and read, if the database is open at `version`; undefined (open and read as
 * usual) otherwise. Only the first call gets it; after any call, openEarly does nothing.
 */
export async function takeEarly(version: number, scope: Scope = globalThis as Scope): Promise<EarlyStart | undefined> {
	const early = scope[EARLY];
	scope[EARLY] = 'taken';
	if (early === undefined || early === 'taken') return undefined;
	const opened = await early;
	if (opened === undefined) return undefined;
	const { db, read } = opened;
	// Closed in the meantime (another version wanted the database), or an older version: not ours to use.
	if (!opened.open || db.version !== version) {
		db.close();
		return undefined;
	}
	db.onversionchange = null;
	db.onclose = null;
	return read === undefined ? { db } : { db, read };
}
