// Where the chair was when the panel closed: the meeting and its view, so the next panel opens
// there (a side panel is closed and reopened many times in one call). Kept in localStorage: read
// synchronously at start, before anything is drawn.

export type Place = { meetingId: string; view: 'prepare' | 'run' | 'publish' };

const KEY = 'gavel.place';

export function lastPlace(storage: Pick<Storage, 'getItem'> = localStorage): Place | undefined {
	try {
		const value = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Place> | null;
		return typeof value?.meetingId === 'string' && (value.view === 'prepare' || value.view === 'run' || value.view === 'publish') ? { meetingId: value.meetingId, view: value.view } : undefined;
	} catch {
		return undefined;
	}
}

/** Remembers the meeting and view in front of the chair, or (undefined) that no meeting is. */
export function rememberPlace(place: Place | undefined, storage: Pick<Storage, 'setItem' | 'removeItem'> = localStorage): void {
	try {
		if (place === undefined) storage.removeItem(KEY);
		else storage.setItem(KEY, JSON.stringify(place));
	} catch {
		// Storage unavailable: the panel opens on the meetings list, as without this.
	}
}
