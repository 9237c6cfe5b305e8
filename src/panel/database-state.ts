// What has happened to the database outside this panel: an older panel that has not stepped
// aside for an upgrade, a newer Gavel that has taken over, or the database deleted underneath.
// main.tsx reports it here as it happens; the notice that tells the chair (database-notice.tsx)
// loads on demand, since it is rarely drawn.

export type DatabaseState = 'ok' | 'blocked' | 'updated' | 'deleted';
export const DATABASE_EVENT = 'gavel-database';

// The latest report, for a notice drawn after it was made.
let latest: DatabaseState = 'ok';

export function reportDatabase(state: DatabaseState): void {
	latest = state;
	dispatchEvent(new CustomEvent<DatabaseState>(DATABASE_EVENT, { detail: state }));
}

export function databaseState(): DatabaseState {
	return latest;
}
