// What the panel holds of backups at start: the date of the last one. The code that makes and
// reads backup files (checksums, validation) loads only when one is made or restored.
import type { Backups } from './backup.ts';
import type { Database } from './database.ts';
import type { JournalStore } from './journal-store.ts';
import { LAST_BACKUP, type MetaStore } from './meta-store.ts';

export function lazyBackups(database: Database, store: JournalStore, meta: MetaStore, now: () => number): Backups {
	const full = () => import('./backup.ts').then((m) => m.backups(database, store, meta, now));
	return {
		last: () => meta.get<number>(LAST_BACKUP),
		make: () => full().then((b) => b.make()),
		restore: (text) => full().then((b) => b.restore(text)),
	};
}
