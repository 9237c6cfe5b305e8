// One connection to Gavel's database per document, shared by everything in it. Several panel
// documents (one per window) share the database: when a newer Gavel wants to upgrade it, this
// connection closes so the upgrade is not blocked, and the panel is told; when the browser
// ends a connection abnormally, the next use opens a new one (platform.md §4.4).

import { openDB, wrap, type IDBPDatabase } from 'idb';
import { DB_VERSION, migrate } from './migrations.ts';
import { DB_NAME, type GavelSchema } from './schema.ts';

export type GavelDB = IDBPDatabase<GavelSchema>;

export interface DatabaseOptions {
	name?: string;
	/** Another document holds an older version open and has not closed it yet. */
	onBlocked?: () => void;
	/** A newer version of Gavel upgraded the database: this document should reload. */
	onVersionChange?: () => void;
	/** The database was deleted (by the browser, a tool, the user): what this document holds is all that is left. */
	onDeleted?: () => void;
	/** A connection opened ahead of time (takeEarly): used for the first open when it resolves to one. */
	early?: Promise<IDBDatabase | undefined>;
}

export interface Database {
	get(): Promise<GavelDB>;
	close(): Promise<void>;
}

export function openDatabase(options: DatabaseOptions = {}): Database {
	let current: Promise<GavelDB> | undefined;
	let early = options.early;
	const blocking = (next: number | null) => {
		const closing = current;
		current = undefined;
		void closing?.then((db) => db.close());
		// No next version: the database is being deleted, not upgraded.
		if (next === null) options.onDeleted?.();
		else options.onVersionChange?.();
	};
	const terminated = () => {
		current = undefined;
	};
	const open = async (): Promise<GavelDB> => {
		const adopted = await early;
		early = undefined;
		if (adopted !== undefined) {
			// What openDB below sets up on a connection it opened.
			adopted.addEventListener('versionchange', (event) => blocking(event.newVersion));
			adopted.addEventListener('close', terminated);
			return wrap(adopted) as GavelDB;
		}
		return openDB<GavelSchema>(options.name ?? DB_NAME, DB_VERSION, {
			upgrade: (db, oldVersion, _newVersion, tx) => migrate(db, oldVersion, tx),
			blocked: () => options.onBlocked?.(),
			blocking: (_current, next) => blocking(next),
			terminated,
		});
	};
	return {
		get: () => (current ??= open()),
		close: async () => {
			const closing = current;
			current = undefined;
			(await closing)?.close();
		},
	};
}
