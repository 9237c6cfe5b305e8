// A shared meeting as two machines live it, over a real relay on 127.0.0.1: live status and
// presence, a browser relaunched, a clock that is off. (The relay killed mid-meeting:
// relay-processes.test.ts.)
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startRelay, type Relay } from '../../../src/cli/relay.ts';
import type { EventBody, MeetingEvent } from '../../../src/core/events.ts';
import { replay } from '../../../src/core/journal.ts';
import { createItem, createMeeting, journalWriter } from '../../../src/core/meeting.ts';
import { notesCrdt } from '../../../src/core/notes-crdt.ts';
import { fromBase64url, newInvitation, type Invitation } from '../../../src/sync/invitation.ts';
import { sampleJournal } from '../../fixtures/sample-meeting.ts';
import { freePort } from '../../helpers/relay-process.ts';
import { syncMachine } from '../../helpers/sync-machine.ts';
import { until } from '../../helpers/until.ts';

/** A 1 MB meeting as two panels type it: 40 items, a sentence an event, through the notes CRDT. */
function megabyteMeeting(): MeetingEvent[] {
	const items = Array.from({ length: 40 }, (_, i) => createItem({ id: `i${i}`, title: `Topic ${i}` }));
	const events: MeetingEvent[] = [];
	const panels = ['chair-panel', 'secretary-panel'].map((writer) => ({ writer, w: journalWriter('weekly-2026-11-25', writer), crdt: notesCrdt() }));
	let bytes = 0;
	const write = (panel: (typeof panels)[number], body: EventBody, at: number) => {
		const event = panel.w(panel.crdt.typed(body, panel.writer), at);
		events.push(event);
		bytes += JSON.stringify(event).length;
		for (const p of panels) p.crdt.add([event]);
	};
	write(panels[0] as (typeof panels)[number], { type: 'meeting.created', meeting: createMeeting({ id: 'weekly-2026-11-25', title: 'Weekly', date: '2026-11-25', items }) }, 0);
	const notes = items.map(() => '');
	const sentence = 'Anil will tag the release once CI is green; mirage configure needs one more fix. ';
	for (let k = 0; bytes < 1_000_000; k++) {
		const i = k % 40;
		notes[i] = `${notes[i]}${sentence}`;
		write(panels[k % 2] as (typeof panels)[number], { type: 'item.updated', itemId: `i${i}`, patch: { notes: notes[i] as string } }, 1 + k);
	}
	return events;
}

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
	for (const done of cleanup.splice(0).reverse()) await done();
});

const machine = (invitation: Invitation, kept: Parameters<typeof syncMachine>[2] = {}) => syncMachine(invitation, cleanup, kept);

async function relayOn(port = 0): Promise<Relay> {
	const relay = await startRelay({ host: '127.0.0.1', port });
	cleanup.push(() => relay.close());
	return relay;
}

describe('a shared meeting', () => {
	it('is live on both machines, with who is where, sealed on the way', async () => {
		const relay = await relayOn();
		const invitation = newInvitation(relay.url, (b) => crypto.getRandomValues(b));
		const chair = await machine(invitation);
		const secretary = await machine(invitation);
		await until(() => chair.session.status.state === 'live' && secretary.session.status.state === 'live', 'both to be live');
		await chair.session.setPresence({ name: 'Amir Chaudhry', itemId: 'i2', typing: true });
		await until(() => secretary.seen.others.length === 1, 'the secretary to see the chair');
		expect(secretary.seen.others).toEqual([{ name: 'Amir Chaudhry', itemId: 'i2', typing: true }]);
		expect(secretary.session.status).toEqual({ state: 'live', peers: 1 });
		// The relay passes presence on without being able to read it: one sealed value a machine, holding no word of it.
		const states = relay.presence(invitation.room) as Array<{ s: string }>;
		expect(states.map((state) => Object.keys(state))).toEqual([['s'], ['s']]);
		const opened = states.map((state) => new TextDecoder('latin1').decode(fromBase64url(state.s))).join('');
		for (const word of ['Amir', 'Chaudhry', 'itemId', 'typing', 'clock']) expect(opened).not.toContain(word);
		await chair.session.publish(sampleJournal());
		await until(() => secretary.seen.events.length === sampleJournal().length, 'the meeting');
		expect(replay(secretary.seen.events)).toEqual(replay(sampleJournal()));
		await chair.session.setPresence(null);
		await until(() => secretary.seen.others.length === 0, 'the chair to be gone from presence');
	});

	it('says when the relay cannot be reached, and goes live once it can', async () => {
		const port = await freePort();
		const invitation = newInvitation(`ws://127.0.0.1:${port}`, (b) => crypto.getRandomValues(b));
		const chair = await machine(invitation, { unreachableMs: 200 });
		await until(() => chair.session.status.state === 'unreachable', 'the relay to be said unreachable');
		expect(chair.seen.statuses).toEqual([{ state: 'unreachable' }]);
		await relayOn(port);
		await until(() => chair.session.status.state === 'live', 'live once the relay is up');
	});

	it('gives a third machine joining late all of a 1 MB meeting, to the same notes', async () => {
		const relay = await relayOn();
		const invitation = newInvitation(relay.url, (b) => crypto.getRandomValues(b));
		const events = megabyteMeeting();
		const chair = await machine(invitation);
		for (let i = 0; i < events.length; i += 500) await chair.session.publish(events.slice(i, i + 500));
		const late = await machine(invitation);
		await until(() => late.seen.events.length === events.length, 'the whole meeting', 30_000);
		expect(late.seen.problems).toEqual([]);
		const notes = (list: readonly MeetingEvent[]) => {
			const crdt = notesCrdt();
			crdt.reset(list);
			return crdt.overlay(replay(list));
		};
		expect(notes(late.seen.events)).toEqual(notes(events));
	}, 60_000);

	it('catches up after its browser was closed, from the state it kept, and hands on only what it lacks', async () => {
		const relay = await relayOn();
		const invitation = newInvitation(relay.url, (b) => crypto.getRandomValues(b));
		const events = sampleJournal();
		const chair = await machine(invitation);
		const secretary = await machine(invitation);
		await chair.session.publish(events.slice(0, 10));
		await until(() => secretary.seen.events.length === 10, 'the first ten');
		// The secretary's browser is killed; the chair goes on.
		secretary.session.stop();
		await chair.session.publish(events.slice(10));
		const again = await machine(invitation, { state: Y.mergeUpdates(secretary.seen.updates), known: secretary.seen.events.map((e) => `${e.writer}:${e.seq}`) });
		await until(() => again.seen.events.length === events.length - 10, 'the rest');
		expect(again.seen.events.map((e) => e.seq)).toEqual(events.slice(10).map((e) => e.seq));
		expect(replay([...secretary.seen.events, ...again.seen.events])).toEqual(replay(events));
	});

	it('gives the machine whose clock is 2 minutes off the meeting clock, to the second', async () => {
		const relay = await relayOn();
		const invitation = newInvitation(relay.url, (b) => crypto.getRandomValues(b));
		const chair = await machine(invitation, { reference: true });
		const behind = 120_000;
		const secretary = await machine(invitation, { now: () => Date.now() - behind });
		await until(() => Math.abs(secretary.session.clockOffset() - behind) < 1000, 'the secretary to learn the offset');
		expect(chair.session.clockOffset()).toBe(0);
		// Both read the same meeting clock, to the second.
		const chairClock = Date.now() + chair.session.clockOffset();
		const secretaryClock = Date.now() - behind + secretary.session.clockOffset();
		expect(Math.abs(chairClock - secretaryClock)).toBeLessThan(1000);
	});
});
