// The journal shared between two machines through Yjs: every event arrives once, in order,
// sealed on the way; what does not open with the room's key, or is not an event, is left out.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MeetingEvent } from '../../../src/core/events.ts';
import { replay } from '../../../src/core/journal.ts';
import { base64url } from '../../../src/sync/invitation.ts';
import { importRoomKey, seal } from '../../../src/sync/sealed.ts';
import { SharedJournal } from '../../../src/sync/shared-journal.ts';
import { sampleJournal } from '../../fixtures/sample-meeting.ts';

const MEETING = 'weekly-2026-11-25';
const ROOM = 'AAAAAAAAAAAAAAAAAAAAAA';
const newKey = () => base64url(crypto.getRandomValues(new Uint8Array(32)));

/** Two docs that hear each other's updates, as two providers on one relay do. */
function linked(a: Y.Doc, b: Y.Doc): void {
	a.on('update', (update: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, update, a));
	b.on('update', (update: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, update, b));
}

async function machine(key: string) {
	const doc = new Y.Doc();
	const received: MeetingEvent[] = [];
	const problems: string[] = [];
	const journal = new SharedJournal({ doc, room: ROOM, key: await importRoomKey(key), meetingId: MEETING, onEvents: (e) => received.push(...e), onProblem: (m) => problems.push(m) });
	return { doc, journal, received, problems };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('a shared journal', () => {
	it('gives the other machine every event once, in order, and the same meeting', async () => {
		const key = newKey();
		const chair = await machine(key);
		const secretary = await machine(key);
		linked(chair.doc, secretary.doc);
		const events = sampleJournal();
		await chair.journal.publish(events.slice(0, 10));
		await chair.journal.publish(events);
		// Published twice, shared once.
		await chair.journal.publish(events);
		await settle();
		expect(secretary.received.map((e) => `${e.writer}:${e.seq}`)).toEqual(events.map((e) => `${e.writer}:${e.seq}`));
		expect(replay(secretary.received)).toEqual(replay(events));
		expect(secretary.problems).toEqual([]);
		// Nothing comes back to the machine that wrote it.
		expect(chair.received).toEqual([]);
	});

	it('shares nothing in clear: no word of the notes, names or titles is in what the relay holds', async () => {
		const chair = await machine(newKey());
		const events = sampleJournal();
		await chair.journal.publish(events);
		const held = new TextDecoder('latin1').decode(Y.encodeStateAsUpdate(chair.doc));
		for (const word of ['blocked', 'Release', 'Amir', 'Chaudhry', 'tls-pr', 'github.com', 'item.updated', 'notes', MEETING]) expect(held).not.toContain(word);
		expect(chair.journal.size).toBe(events.length);
	});

	it('with the wrong key merges nothing, and says so', async () => {
		const chair = await machine(newKey());
		const stranger = await machine(newKey());
		linked(chair.doc, stranger.doc);
		await chair.journal.publish(sampleJournal());
		await settle();
		expect(stranger.received).toEqual([]);
		expect(stranger.problems).toEqual(["This invitation's key does not open the shared meeting: nothing was merged, and your meeting is as it was. Ask the chair for the invitation again, and paste all of it."]);
	});

	it('leaves out a value the relay moved to another writer’s place, and one that is not an event', async () => {
		const key = newKey();
		const chair = await machine(key);
		const secretary = await machine(key);
		linked(chair.doc, secretary.doc);
		const [created, ...rest] = sampleJournal();
		await chair.journal.publish([created as MeetingEvent]);
		await settle();
		// A relay (or anyone without the key) copies a sealed value to a place of its own making.
		const copied = chair.doc.getMap<Uint8Array>('events').get('panel-1:1') as Uint8Array;
		const relay = new Y.Doc();
		linked(relay, secretary.doc);
		// Someone with the key writes what is no event.
		const notAnEvent = await seal(await importRoomKey(key), `${ROOM}/panel-9:1`, { type: 'item.removed' });
		relay.transact(() => {
			relay.getMap<Uint8Array>('events').set('panel-1:500', copied);
			relay.getMap<Uint8Array>('events').set('panel-9:1', notAnEvent);
			relay.getMap('events').set('panel-9:2', 'plain text' as never);
		});
		await settle();
		expect(secretary.received.map((e) => e.seq)).toEqual([1]);
		expect(secretary.problems).toEqual([
			'1 change from the relay did not open with this meeting\'s key, and was left out.',
			'2 shared changes were not Gavel events and were left out (panel-9:1.meetingId: missing; panel-9:2: not a sealed value).',
		]);
		// The chair's real events still arrive.
		await chair.journal.publish(rest);
		await settle();
		expect(secretary.received.length).toBe(rest.length + 1);
	});

	it('a machine that joins late opens everything the room holds', async () => {
		const key = newKey();
		const chair = await machine(key);
		await chair.journal.publish(sampleJournal());
		const late = await machine(key);
		Y.applyUpdate(late.doc, Y.encodeStateAsUpdate(chair.doc));
		await late.journal.receiveAll();
		expect(late.received.length).toBe(sampleJournal().length);
		expect(replay(late.received)).toEqual(replay(sampleJournal()));
	});
});
