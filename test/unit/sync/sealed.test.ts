// Sealed values: only the room's key opens them, and only at the place they were sealed for.
import { describe, expect, it } from 'vitest';
import { base64url } from '../../../src/sync/invitation.ts';
import { importRoomKey, open, seal } from '../../../src/sync/sealed.ts';

const key = () => importRoomKey(base64url(crypto.getRandomValues(new Uint8Array(32))));

describe('sealed values', () => {
	it('open with their key at their place, to the value sealed', async () => {
		const k = await key();
		const value = { type: 'item.updated', patch: { notes: 'Anil will tag 4.2 — once CI is green ✓' } };
		const sealed = await seal(k, 'room/panel-1:7', value);
		expect(await open(k, 'room/panel-1:7', sealed)).toEqual(value);
		// A fresh IV each time: the same value never seals to the same bytes.
		expect(await seal(k, 'room/panel-1:7', value)).not.toEqual(sealed);
	});

	it('do not open with another key, at another place, or damaged', async () => {
		const k = await key();
		const sealed = await seal(k, 'room/panel-1:7', { a: 1 });
		expect(await open(await key(), 'room/panel-1:7', sealed)).toBeUndefined();
		expect(await open(k, 'room/panel-1:8', sealed)).toBeUndefined();
		expect(await open(k, 'other/panel-1:7', sealed)).toBeUndefined();
		const flipped = sealed.slice();
		flipped[20] = (flipped[20] ?? 0) ^ 1;
		expect(await open(k, 'room/panel-1:7', flipped)).toBeUndefined();
		expect(await open(k, 'room/panel-1:7', sealed.subarray(0, 12))).toBeUndefined();
	});
});
