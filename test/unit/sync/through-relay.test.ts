// Two machines (two docs, each with its own provider and no BroadcastChannel) share a meeting
// through a real `gavel relay` on 127.0.0.1; what the relay holds is read back for any word of it.
import { afterEach, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startRelay, type Relay } from '../../../src/cli/relay.ts';
import type { MeetingEvent } from '../../../src/core/events.ts';
import { replay } from '../../../src/core/journal.ts';
import { invitationText, newInvitation, readInvitation } from '../../../src/sync/invitation.ts';
import { importRoomKey } from '../../../src/sync/sealed.ts';
import { SharedJournal } from '../../../src/sync/shared-journal.ts';
import { sampleJournal } from '../../fixtures/sample-meeting.ts';
import { until } from '../../helpers/until.ts';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
	for (const done of cleanup.splice(0).reverse()) await done();
});

async function join(invitationLine: string) {
	const read = readInvitation(invitationLine);
	if (!read.ok) throw new Error(read.message);
	const { relay, room, key } = read.invitation;
	const doc = new Y.Doc();
	const received: MeetingEvent[] = [];
	const journal = new SharedJournal({ doc, room, key: await importRoomKey(key), meetingId: 'weekly-2026-11-25', onEvents: (e) => received.push(...e), onProblem: (m) => received.push({ problem: m } as never) });
	const provider = new WebsocketProvider(relay, room, doc, { WebSocketPolyfill: WebSocket as never, disableBc: true, maxBackoffTime: 100 });
	provider.on('sync', (synced: boolean) => synced && void journal.receiveAll());
	cleanup.push(() => provider.destroy(), () => doc.destroy());
	return { journal, received, provider };
}

it('carries a whole meeting from chair to secretary, and the relay holds no word of it', async () => {
	const relay: Relay = await startRelay({ host: '127.0.0.1', port: 0 });
	cleanup.push(() => relay.close());
	const made = newInvitation(relay.url, (b) => crypto.getRandomValues(b));
	const invitation = invitationText(made);
	const chair = await join(invitation);
	const events = sampleJournal();
	await chair.journal.publish(events.slice(0, 5));
	// The secretary joins once the meeting has begun, and gets what came before too.
	const secretary = await join(invitation);
	await chair.journal.publish(events);
	await until(() => secretary.received.length === events.length, 'all the events');
	expect(replay(secretary.received)).toEqual(replay(events));
	const held = relay.rooms().get(made.room);
	expect(held?.length).toBeGreaterThan(0);
	const text = new TextDecoder('latin1').decode(held);
	for (const word of ['blocked', 'Release', 'Chaudhry', 'Mortier', 'tls-pr', 'github.com', 'weekly-2026-11-25', 'item.updated']) expect(text).not.toContain(word);
});
