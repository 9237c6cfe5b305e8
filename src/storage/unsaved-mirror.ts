// A synchronous copy of each event a panel makes, in the page's localStorage, from the moment it
// is made until IndexedDB has it. An IndexedDB write begun just before the browser quits or the
// panel closes may be aborted with the page (platform.md §4.2), and the page's `pagehide` may not
// get to run (a renderer slow to unload is killed); a localStorage write is done when the call
// returns, and the browser writes it out as it quits. The next panel to start puts what it finds
// into IndexedDB (events are keyed, so doing it twice changes nothing) and then drops it.

import type { MeetingEvent } from '../core/events.ts';
import type { JournalStore } from './journal-store.ts';

const PREFIX = 'gavel.unsaved.';

/** What of the Web Storage API the mirror uses. */
export type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface UnsavedMirror {
	/** Keeps a copy of an event just made. */
	add(event: MeetingEvent): void;
	/** Drops the copies of events IndexedDB now has. */
	remove(events: readonly MeetingEvent[]): void;
}

/** One key an event (`gavel.unsaved.<writer>.<seq>`): adding and dropping one costs the same however many wait. */
export function unsavedMirror(storage: SyncStorage): UnsavedMirror {
	const keyOf = (event: MeetingEvent) => `${PREFIX}${event.writer}.${event.seq}`;
	return {
		add(event) {
			try {
				storage.setItem(keyOf(event), JSON.stringify(event));
			} catch {
				// Full or unavailable: IndexedDB and the save banner remain; nothing more can be done here.
			}
		},
		remove(events) {
			for (const event of events) storage.removeItem(keyOf(event));
		},
	};
}

/**
 * Writes every mirrored event into the store and then removes the copies it wrote. Returns how
 * many events it found. A copy that cannot be read (not ours, cut short) is removed; if the
 * write fails, every copy stays for the next start. (A copy may also hold a list of events, as
 * panels before this one kept them.)
 */
export async function recoverUnsaved(storage: SyncStorage, store: Pick<JournalStore, 'append'>, now: number): Promise<number> {
	const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null && k.startsWith(PREFIX));
	if (keys.length === 0) return 0;
	// The validator loads only when there is something to check (most starts have nothing).
	const { checkEventShape } = await import('../core/validate.ts');
	const found = keys.flatMap((key) => parseEvents(storage.getItem(key), checkEventShape) ?? []);
	if (found.length > 0) await store.append(found, now, 'strict');
	for (const key of keys) storage.removeItem(key);
	return found.length;
}

function parseEvents(text: string | null, check: (value: unknown, path: string) => string | undefined): MeetingEvent[] | undefined {
	try {
		const value: unknown = JSON.parse(text ?? '');
		const events = Array.isArray(value) ? value : [value];
		return events.every((e, i) => check(e, `[${i}]`) === undefined) ? (events as MeetingEvent[]) : undefined;
	} catch {
		return undefined;
	}
}
