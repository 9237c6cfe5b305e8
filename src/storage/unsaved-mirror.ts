// A synchronous copy of a panel's unsaved events, in the page's localStorage. An IndexedDB write
// begun as the panel closes may be aborted with the page (platform.md §4.2), but a localStorage
// write made in `pagehide` is done when the call returns. The next panel to start puts what it
// finds into IndexedDB (events are keyed, so doing it twice changes nothing) and then drops it.

import type { MeetingEvent } from '../core/events.ts';
import type { JournalStore } from './journal-store.ts';

const PREFIX = 'gavel.unsaved.';

/** What of the Web Storage API the mirror uses. */
export type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Keeps `events` (all of this writer's unsaved events, or none) under the writer's own key. */
export function mirrorUnsaved(storage: SyncStorage, writer: string, events: readonly MeetingEvent[]): void {
	try {
		if (events.length === 0) storage.removeItem(PREFIX + writer);
		else storage.setItem(PREFIX + writer, JSON.stringify(events));
	} catch {
		// Full or unavailable: IndexedDB and the save banner remain; nothing more can be done here.
	}
}

/**
 * Writes every mirrored event into the store and then removes the mirrors it wrote. Returns how
 * many events it found. A mirror that cannot be read (not ours, cut short) is removed; one whose
 * write fails stays for the next start.
 */
export async function recoverUnsaved(storage: SyncStorage, store: Pick<JournalStore, 'append'>, now: number): Promise<number> {
	const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null && k.startsWith(PREFIX));
	let found = 0;
	if (keys.length === 0) return found;
	// The validator loads only when there is something to check (most starts have nothing).
	const { checkEventShape } = await import('../core/validate.ts');
	for (const key of keys) {
		const events = parseEvents(storage.getItem(key), checkEventShape);
		if (events !== undefined && events.length > 0) {
			await store.append(events, now, 'strict');
			found += events.length;
		}
		storage.removeItem(key);
	}
	return found;
}

function parseEvents(text: string | null, check: (value: unknown, path: string) => string | undefined): MeetingEvent[] | undefined {
	try {
		const value: unknown = JSON.parse(text ?? '');
		return Array.isArray(value) && value.every((e, i) => check(e, `[${i}]`) === undefined) ? (value as MeetingEvent[]) : undefined;
	} catch {
		return undefined;
	}
}
