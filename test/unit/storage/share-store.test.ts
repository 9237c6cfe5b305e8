// The shared meetings kept on this machine: a share's record, and its sync state kept as changes
// in the order made, merged into one as it is read, and dropped when the meeting is shared anew.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/storage/database.ts';
import { shareStore } from '../../../src/storage/share-store.ts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

const record = { meetingId: 'm1', invitation: 'ws://127.0.0.1:1234/AAAAAAAAAAAAAAAAAAAAAA#' + 'k'.repeat(43), reference: true, active: true };
const bytes = (...values: number[]) => Uint8Array.from(values);
/** Stands in for Y.mergeUpdates: the order it is given the changes in is what is tested. */
const concat = (updates: Uint8Array[]) => Uint8Array.from(updates.flatMap((u) => [...u]));

describe('share store', () => {
	it('keeps the changes in the order made, across batches, and reads them merged into one that it keeps', async () => {
		const database = openDatabase();
		const shares = shareStore(database);
		await shares.start(record);
		expect(await shares.state('m1', concat)).toBeUndefined();
		await shares.keep('m1', [bytes(1), bytes(2)]);
		await shares.keep('m1', [bytes(3)]);
		await shares.keep('other', [bytes(9)]);
		expect(await shares.state('m1', concat)).toEqual(bytes(1, 2, 3));
		// Kept merged: read again it is the same, and later changes follow it.
		await shares.keep('m1', [bytes(4)]);
		expect(await shares.state('m1', concat)).toEqual(bytes(1, 2, 3, 4));
		expect((await (await database.get()).getAllKeys('sync-updates')).map((k) => k.join('/'))).toEqual(['m1/0', 'other/0']);
	});

	it('drops the state of an earlier share when the meeting is shared anew, and remembers whether it is shared', async () => {
		const shares = shareStore(openDatabase());
		await shares.start(record);
		await shares.keep('m1', [bytes(1)]);
		await shares.update('m1', { active: false, clockOffset: -120_000 });
		expect(await shares.get('m1')).toEqual({ ...record, active: false, clockOffset: -120_000 });
		await shares.start({ ...record, invitation: record.invitation.replace('1234', '4321') });
		expect(await shares.state('m1', concat)).toBeUndefined();
		expect((await shares.get('m1'))?.active).toBe(true);
		await shares.update('nothing-shared', { active: false });
		expect(await shares.get('nothing-shared')).toBeUndefined();
	});
});
