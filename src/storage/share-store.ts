// Shared meetings on this machine: the invitation of each (so that a relaunched panel reconnects)
// and the sync engine's state, kept as the changes it made in the order made. The state is only
// a saving: without it the relay sends the whole room again; the journal stays the meeting.
import type { Database } from './database.ts';
import type { ShareRecord } from './schema.ts';

export interface ShareStore {
	get(meetingId: string): Promise<ShareRecord | undefined>;
	/** A new share of the meeting (or a new join): the state of any earlier one is dropped. */
	start(record: ShareRecord): Promise<void>;
	/** Changes the share's record, if there is one. */
	update(meetingId: string, patch: Partial<Pick<ShareRecord, 'active' | 'clockOffset'>>): Promise<void>;
	/** The kept state, merged into one change by `merge` and kept so (one transaction); undefined if none. */
	state(meetingId: string, merge: (updates: Uint8Array[]) => Uint8Array): Promise<Uint8Array | undefined>;
	/** Appends changes to the meeting's kept state. */
	keep(meetingId: string, updates: readonly Uint8Array[]): Promise<void>;
}

const range = (meetingId: string) => IDBKeyRange.bound([meetingId, -Infinity], [meetingId, Infinity]);

export function shareStore(database: Database): ShareStore {
	return {
		get: async (meetingId) => (await database.get()).get('shares', meetingId),
		async start(record) {
			const tx = (await database.get()).transaction(['shares', 'sync-updates'], 'readwrite');
			await Promise.all([tx.objectStore('sync-updates').delete(range(record.meetingId)), tx.objectStore('shares').put(record), tx.done]);
		},
		async update(meetingId, patch) {
			const tx = (await database.get()).transaction('shares', 'readwrite');
			const record = await tx.store.get(meetingId);
			if (record !== undefined) await tx.store.put({ ...record, ...patch });
			await tx.done;
		},
		async state(meetingId, merge) {
			const tx = (await database.get()).transaction('sync-updates', 'readwrite');
			const updates = await tx.store.getAll(range(meetingId));
			const merged = updates.length === 0 ? undefined : updates.length === 1 ? updates[0] : merge(updates);
			if (updates.length > 1 && merged !== undefined) {
				await tx.store.delete(range(meetingId));
				await tx.store.put(merged, [meetingId, 0]);
			}
			await tx.done;
			return merged;
		},
		async keep(meetingId, updates) {
			if (updates.length === 0) return;
			const tx = (await database.get()).transaction('sync-updates', 'readwrite');
			const last = await tx.store.openKeyCursor(range(meetingId), 'prev');
			let n = last === null ? 0 : last.key[1] + 1;
			for (const update of updates) void tx.store.put(update, [meetingId, n++]);
			await tx.done;
		},
	};
}
