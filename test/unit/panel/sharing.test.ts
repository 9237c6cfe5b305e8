// Sharing as the panel drives it (state/sharing.ts): two machines, each its own database and
// session, over a real relay on 127.0.0.1. The chair shares the open meeting, the secretary joins
// from the invitation and gets the meeting; each one's edits reach the other, with who is where;
// a relaunched panel reconnects the meeting it shared, until the chair stops.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRelay, type Relay } from '../../../src/cli/relay.ts';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import { createSession, type Session } from '../../../src/panel/state/session.ts';
import { createSharing, type Sharing } from '../../../src/panel/state/sharing.ts';
import { openDatabase, type Database } from '../../../src/storage/database.ts';
import { journalStore } from '../../../src/storage/journal-store.ts';
import { metaStore } from '../../../src/storage/meta-store.ts';
import { shareStore } from '../../../src/storage/share-store.ts';
import { until } from '../../helpers/until.ts';

const cleanup: Array<() => unknown> = [];
beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
	for (const done of cleanup.splice(0).reverse()) await done();
});

async function relayOn(): Promise<Relay> {
	const relay = await startRelay({ host: '127.0.0.1', port: 0 });
	cleanup.push(() => relay.close());
	return relay;
}

/** One machine's panel: its own database, session and sharing; its clock `ahead` ms off. */
function panel(machine: string, writer = `${machine}-panel`, ahead = 0): { session: Session; sharing: Sharing; database: Database } {
	const database = openDatabase({ name: machine });
	const session = createSession({ store: journalStore(database), writer, now: Date.now });
	const sharing = createSharing({ session, store: journalStore(database), database, meta: metaStore(database), writer, load: () => import('../../../src/sync/sync-session.ts'), WebSocket: WebSocket as never, now: () => Date.now() + ahead });
	cleanup.push(async () => {
		await sharing.close();
		session.close();
	});
	return { session, sharing, database };
}

const weekly = () => createMeeting({ id: 'weekly-2026-12-02', title: 'Weekly call', date: '2026-12-02', items: [createItem({ id: 'a', title: 'Releases', budget: 10 }), createItem({ id: 'b', title: 'Website', budget: 5 })] });
const notesOf = (session: Session, itemId: string) => session.meeting()?.items.find((i) => i.id === itemId)?.notes;

describe('sharing from the panel', () => {
	it('gives the meeting to the machine that joins, and each one’s edits to the other, with who is where', async () => {
		const relay = await relayOn();
		const chair = panel('chair');
		chair.session.dispatch({ type: 'meeting.created', meeting: weekly() });
		expect(await chair.sharing.share(relay.url, ' Amir Chaudhry ')).toBeUndefined();
		const invitation = chair.sharing.state().invitation ?? '';
		expect(invitation).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/[\w-]{22}#[\w-]{43}$/);
		await until(() => chair.sharing.state().status.state === 'live', 'the chair to be live');

		// The secretary's clock is 2 minutes fast: what it learns of the chair's is kept for its next launch.
		const secretary = panel('secretary', 'secretary-panel', 120_000);
		expect(await secretary.sharing.join(invitation, 'Mort')).toBeUndefined();
		await until(() => secretary.sharing.state().meetingId === 'weekly-2026-12-02', 'the meeting to come');
		// Kept on the secretary's machine, under the meeting's own id, as if written there.
		expect((await secretary.session.open('weekly-2026-12-02'))?.title).toBe('Weekly call');
		const kept = async () => shareStore(secretary.database).get('weekly-2026-12-02');
		expect(await kept()).toMatchObject({ meetingId: 'weekly-2026-12-02', invitation, reference: false, active: true });
		let offset = (await kept())?.clockOffset;
		for (let tries = 0; offset === undefined && tries < 200; tries++) {
			await new Promise((r) => setTimeout(r, 20));
			offset = (await kept())?.clockOffset;
		}
		expect(Math.abs((offset ?? 0) + 120_000)).toBeLessThan(200);

		secretary.session.dispatch({ type: 'item.updated', itemId: 'b', patch: { notes: 'New theme is live' } });
		await until(() => notesOf(chair.session, 'b') === 'New theme is live', "the secretary's notes on the chair's machine");
		await until(() => chair.sharing.state().others.some((p) => p.typing === true), 'the chair to see the secretary typing');
		expect(chair.sharing.state().others).toEqual([{ name: 'Mort', itemId: 'b', typing: true }]);
		expect(chair.sharing.state().status).toEqual({ state: 'live', peers: 1 });
		chair.session.dispatch({ type: 'item.updated', itemId: 'a', patch: { notes: 'Tagged 4.2' } });
		await until(() => notesOf(secretary.session, 'a') === 'Tagged 4.2', "the chair's notes on the secretary's machine");
		expect(secretary.sharing.state().others).toEqual([expect.objectContaining({ name: 'Amir Chaudhry', itemId: 'a' })]);
		// And in the secretary's database, not only on screen.
		await secretary.session.flush();
		expect((await journalStore(secretary.database).events('weekly-2026-12-02')).length).toBe(chair.session.events().length);
	});

	it('refuses a relay or an invitation it cannot use, saying why, and connects to nothing', async () => {
		const chair = panel('chair');
		chair.session.dispatch({ type: 'meeting.created', meeting: weekly() });
		expect(await chair.sharing.share('https://relay.example.org', 'Amir')).toMatch(/starts with wss:\/\//);
		expect(await chair.sharing.share('ws://relay.example.org', 'Amir')).toMatch(/ws:\/\/ is for a relay on this machine only/);
		const secretary = panel('secretary');
		expect(await secretary.sharing.join('wss://relay.example.org/abc', 'Mort')).toMatch(/no key/);
		expect([chair.sharing.state().status, secretary.sharing.state().status]).toEqual([{ state: 'stopped' }, { state: 'stopped' }]);
		expect(await shareStore(chair.database).get('weekly-2026-12-02')).toBeUndefined();
	});

	it('shares the meeting again when a relaunched panel opens it, and not once the chair has stopped', async () => {
		const relay = await relayOn();
		const first = panel('chair', 'chair-panel-1');
		first.session.dispatch({ type: 'meeting.created', meeting: weekly() });
		await first.sharing.share(relay.url, 'Amir');
		const invitation = first.sharing.state().invitation ?? '';
		await until(() => first.sharing.state().status.state === 'live', 'live');
		await first.session.flush();
		await first.sharing.close();

		// The browser was closed mid-meeting; the panel opens on the meeting again.
		const again = panel('chair', 'chair-panel-2');
		await again.session.open('weekly-2026-12-02');
		await until(() => again.sharing.state().status.state === 'live', 'the relaunched panel to be live again');
		expect(again.sharing.state().invitation).toBe(invitation);
		const secretary = panel('secretary');
		await secretary.sharing.join(invitation, 'Mort');
		await until(() => secretary.sharing.state().meetingId !== undefined, 'the meeting to come');
		await secretary.session.open('weekly-2026-12-02');
		secretary.session.dispatch({ type: 'item.updated', itemId: 'a', patch: { notes: 'Still here' } });
		await until(() => notesOf(again.session, 'a') === 'Still here', 'the edit to reach the relaunched panel');

		await again.sharing.stop();
		await again.session.flush();
		expect(again.sharing.state().status).toEqual({ state: 'stopped' });
		expect((await shareStore(again.database).get('weekly-2026-12-02'))?.active).toBe(false);
		const later = panel('chair', 'chair-panel-3');
		await later.session.open('weekly-2026-12-02');
		await new Promise((r) => setTimeout(r, 300));
		expect(later.sharing.state().status).toEqual({ state: 'stopped' });
		// Everything the secretary wrote stayed on the chair's machine.
		expect(notesOf(later.session, 'a')).toBe('Still here');
	});
});
