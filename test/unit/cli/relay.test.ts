// `gavel relay` for real: a y-websocket relay on 127.0.0.1, two peers (two Y.Docs, each with
// its own provider, as two machines have) that meet only through it.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startRelay, type Relay } from '../../../src/cli/relay.ts';
import { until } from '../../helpers/until.ts';

const open: Array<{ destroy(): void }> = [];
let relay: Relay | undefined;

afterEach(async () => {
	for (const o of open.splice(0)) o.destroy();
	await relay?.close();
	relay = undefined;
});

function peer(url: string, room: string) {
	const doc = new Y.Doc();
	// No BroadcastChannel: in one process it would carry the update without the relay.
	const provider = new WebsocketProvider(url, room, doc, { WebSocketPolyfill: WebSocket as never, disableBc: true, maxBackoffTime: 100 });
	open.push(provider, doc);
	return { doc, provider, events: doc.getMap<string>('events') };
}

describe('gavel relay', () => {
	it('carries what one peer writes to the other, and holds the room', async () => {
		relay = await startRelay({ host: '127.0.0.1', port: 0 });
		expect(relay.url).toBe(`ws://127.0.0.1:${relay.port}`);
		const chair = peer(relay.url, 'room-a');
		const secretary = peer(relay.url, 'room-a');
		const elsewhere = peer(relay.url, 'room-b');
		chair.events.set('chair:1', 'sealed payload one');
		await until(() => secretary.events.get('chair:1') === 'sealed payload one', 'the secretary to get the chair’s event');
		secretary.events.set('secretary:1', 'sealed payload two');
		await until(() => chair.events.has('secretary:1'), 'the chair to get the secretary’s event');
		// Rooms are apart: a third meeting on the same relay sees none of it.
		expect(elsewhere.events.size).toBe(0);
		const held = new Y.Doc();
		Y.applyUpdate(held, relay.rooms().get('room-a') ?? new Uint8Array());
		expect([...held.getMap('events').keys()].sort()).toEqual(['chair:1', 'secretary:1']);
	});

	it('is filled again by the peers when it restarts empty', async () => {
		relay = await startRelay({ host: '127.0.0.1', port: 0 });
		const { port } = relay;
		const chair = peer(relay.url, 'room');
		const secretary = peer(relay.url, 'room');
		chair.events.set('chair:1', 'before');
		await until(() => secretary.events.has('chair:1'), 'the first event');
		await relay.close();
		// Both keep writing while it is down.
		chair.events.set('chair:2', 'while down');
		secretary.events.set('secretary:1', 'while down too');
		relay = await startRelay({ host: '127.0.0.1', port });
		expect(relay.rooms().size).toBe(0);
		await until(() => chair.events.has('secretary:1') && secretary.events.has('chair:2'), 'both to converge after the restart');
		const held = new Y.Doc();
		await until(() => relay?.rooms().has('room') === true, 'the room to be back');
		await until(() => {
			Y.applyUpdate(held, relay?.rooms().get('room') ?? new Uint8Array());
			return held.getMap('events').size === 3;
		}, 'the relay to hold all three events');
	});

	it('forgets a room no one has been in for a while, and is filled again when they come back', async () => {
		relay = await startRelay({ host: '127.0.0.1', port: 0, emptyRoomMs: 200 });
		const chair = peer(relay.url, 'room');
		const secretary = peer(relay.url, 'room');
		chair.events.set('chair:1', 'sealed');
		await until(() => secretary.events.has('chair:1'), 'the event');
		// One leaves: the room stays for the other, however long.
		secretary.provider.destroy();
		await new Promise((r) => setTimeout(r, 400));
		expect(relay.rooms().has('room')).toBe(true);
		// The last one leaves: gone after the grace, not before.
		chair.provider.disconnect();
		await new Promise((r) => setTimeout(r, 50));
		expect(relay.rooms().has('room')).toBe(true);
		await until(() => relay?.rooms().has('room') === false, 'the empty room to be forgotten');
		// The chair comes back: the room is filled again from what it holds.
		chair.provider.connect();
		await until(() => {
			const update = relay?.rooms().get('room');
			if (update === undefined) return false;
			const held = new Y.Doc();
			Y.applyUpdate(held, update);
			return held.getMap('events').has('chair:1');
		}, 'the room to be filled again by the peer that came back');
	});

	it('says so when the port is taken', async () => {
		relay = await startRelay({ host: '127.0.0.1', port: 0 });
		await expect(startRelay({ host: '127.0.0.1', port: relay.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
	});
});
