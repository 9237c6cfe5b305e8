// What has happened to the database outside this panel: an older panel that has not stepped
// aside for an upgrade, a newer Gavel that has taken over, or the database deleted underneath.
// main.tsx reports it here as it happens; the notice that tells the chair (database-notice.tsx)
// loads on demand, and only once there is something to tell: drawn at startup, its fetch would
// race the interactive mark and count towards the startup script (startup-size.spec.ts).
import { useEffect, useState } from 'preact/hooks';

export type DatabaseState = 'ok' | 'blocked' | 'updated' | 'deleted';
export const DATABASE_EVENT = 'gavel-database';

// The latest report, for a notice drawn after it was made.
let latest: DatabaseState = 'ok';

export function reportDatabase(state: DatabaseState): void {
	latest = state;
	dispatchEvent(new CustomEvent<DatabaseState>(DATABASE_EVENT, { detail: state }));
}

/** The latest report, and each one after it. */
export function useDatabaseState(): DatabaseState {
	const [state, setState] = useState<DatabaseState>(latest);
	useEffect(() => {
		const listen = (e: Event) => setState((e as CustomEvent<DatabaseState>).detail);
		addEventListener(DATABASE_EVENT, listen);
		// A report made between the first draw and this effect.
		setState(latest);
		return () => removeEventListener(DATABASE_EVENT, listen);
	}, []);
	return state;
}
