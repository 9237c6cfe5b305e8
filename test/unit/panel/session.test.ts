// The panel session: an edit shows at once, reaches IndexedDB, reaches the other panel on the
// same meeting through BroadcastChannel, and survives the panel being closed and reopened.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import { notesCrdt } from '../../../src/core/notes-crdt.ts';
import { notesEdit } from '../../../src/core/notes-merge.ts';
import { createSession, type Session } from '../../../src/panel/state/session.ts';
import { openDatabase } from '../../../src/storage/database.ts';
import { journalStore } from '../../../src/storage/journal-store.ts';

let clock = 1_000;
const sessions: Session[] = [];
const open = (writer: string, name = 'gavel') => {
	const session = createSession({ store: journalStore(openDatabase({ name })), writer, now: () => (clock += 10), channel: new BroadcastChannel(`test-${name}`) });
	sessions.push(session);
	return session;
};
const until = async (check: () => boolean) => {
	for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
	expect(check()).toBe(true);
};

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
	sessions.splice(0).forEach((s) => s.close());
});

const meeting = createMeeting({ id: 'm1', title: 'Weekly call', date: '2026-11-25', items: [createItem({ id: 'a', title: 'Release' }), createItem({ id: 'b', title: 'Website' })] });

describe('session', () => {
	it('shows an edit at once and stores it', async () => {
		const panel = open('p1');
		let renders = 0;
		panel.subscribe(() => renders++);
		panel.dispatch({ type: 'meeting.created', meeting });
		panel.dispatch({ type: 'item.updated', itemId: 'a', patch: { notes: 'Tagged 4.2' } });
		expect(panel.meeting()?.items[0]?.notes).toBe('Tagged 4.2');
		expect(renders).toBeGreaterThanOrEqual(2);
		await panel.flush();
		const reopened = open('p2');
		expect((await reopened.open('m1'))?.items[0]?.notes).toBe('Tagged 4.2');
	});

	it('tells the save status apart from the meeting: a key stored draws the status, not the views', async () => {
		const panel = open('p1');
		let renders = 0;
		const statuses: string[] = [];
		panel.subscribe(() => renders++);
		panel.subscribeStatus(() => statuses.push(panel.status().state));
		panel.dispatch({ type: 'meeting.created', meeting });
		panel.dispatch({ type: 'item.updated', itemId: 'a', patch: { notes: 'T' } });
		await until(() => panel.status().state === 'saved');
		await panel.flush();
		expect(renders).toBe(2);
		expect(statuses).toContain('pending');
		expect(statuses.at(-1)).toBe('saved');
	});

	it('keeps two panels on one meeting in step, neither overwriting the other', async () => {
		const left = open('left', 'shared');
		left.dispatch({ type: 'meeting.created', meeting });
		await left.flush();
		const right = open('right', 'shared');
		await right.open('m1');
		left.dispatch({ type: 'item.updated', itemId: 'a', patch: { notes: 'from the left' } });
		right.dispatch({ type: 'item.updated', itemId: 'b', patch: { notes: 'from the right' } });
		await until(() => left.meeting()?.items[1]?.notes === 'from the right' && right.meeting()?.items[0]?.notes === 'from the left');
		expect(left.meeting()).toEqual(right.meeting());
		await Promise.all([left.flush(), right.flush()]);
		const third = open('third', 'shared');
		expect(await third.open('m1')).toEqual(left.meeting());
	});

	it('ignores messages about other meetings and messages that are not Gavel\'s', async () => {
		const panel = open('p1', 'solo');
		panel.dispatch({ type: 'meeting.created', meeting });
		const before = panel.meeting();
		const other = new BroadcastChannel('test-solo');
		other.postMessage({ kind: 'gavel-events', events: [{ type: 'meeting.updated', patch: { title: 'x' }, meetingId: 'elsewhere', at: 1, writer: 'z', seq: 1 }] });
		other.postMessage({ hello: 'world' });
		other.postMessage('<script>');
		await new Promise((r) => setTimeout(r, 20));
		other.close();
		expect(panel.meeting()).toBe(before);
	});

	it('keeps what another machine wrote as its own: stored under the other writer, folded if open, told to the other panels', async () => {
		const panel = open('p1', 'merged');
		const beside = open('p2', 'merged');
		const watched: string[] = [];
		panel.watch((events) => watched.push(...events.map((e) => `${e.writer}:${e.seq}`)));
		const remote = (seq: number, body: object, meetingId = 'm1') => ({ ...body, meetingId, at: clock + seq, writer: 'other-machine', seq }) as never;
		// A meeting not open here (one being joined): stored, not drawn.
		panel.merge([remote(1, { type: 'meeting.created', meeting })]);
		expect(panel.meeting()).toBeUndefined();
		await panel.flush();
		expect((await panel.open('m1'))?.title).toBe('Weekly call');
		await beside.open('m1');
		// The meeting open: folded at once, in this panel and the one beside it; each merged event once.
		panel.merge([remote(2, { type: 'item.updated', itemId: 'a', patch: { notes: 'typed over there' } })]);
		panel.merge([remote(2, { type: 'item.updated', itemId: 'a', patch: { notes: 'typed over there' } })]);
		expect(panel.meeting()?.items[0]?.notes).toBe('typed over there');
		await until(() => beside.meeting()?.items[0]?.notes === 'typed over there');
		expect(watched).toEqual(['other-machine:2']);
		await panel.flush();
		const events = await journalStore(openDatabase({ name: 'merged' })).events('m1');
		expect(events.map((e) => `${e.writer}:${e.seq}`)).toEqual(['other-machine:1', 'other-machine:2']);
	});

	it('types through the notes CRDT once it is loaded, keeping in order the keys typed before it, in every panel', async () => {
		const left = open('left', 'crdt');
		const right = open('right', 'crdt');
		left.dispatch({ type: 'meeting.created', meeting });
		await left.flush();
		await right.open('m1');
		// The left panel's first keys, before its CRDT arrived: span edits.
		const key = (panel: Session, char: string) => {
			const before = panel.meeting()?.items[0]?.notes ?? '';
			panel.dispatch({ type: 'item.updated', itemId: 'a', patch: { notes: before + char }, edit: notesEdit(before, before + char) });
		};
		key(left, 'a');
		key(left, 'b');
		left.useNotes(notesCrdt());
		right.useNotes(notesCrdt());
		key(left, 'c');
		key(right, 'X');
		key(left, 'd');
		await until(() => left.meeting()?.items[0]?.notes.length === 5 && right.meeting()?.items[0]?.notes.length === 5);
		expect(right.meeting()?.items[0]?.notes).toBe(left.meeting()?.items[0]?.notes);
		expect(right.meeting()?.items[0]?.notes).toBe(left.meeting()?.items[0]?.notes);
		// The right panel's key was typed before the left's had come: where it was typed, theirs in order.
		expect(left.meeting()?.items[0]?.notes).toBe('Xabcd');
		const notesEvents = left.events().filter((e) => e.type === 'item.updated');
		expect(notesEvents.map((e) => ('y' in e ? 'y' : 'edit' in e ? 'span' : 'whole'))).toEqual(['span', 'span', 'y', 'y', 'y']);
		// A panel opened on the stored journal reads the same.
		await Promise.all([left.flush(), right.flush()]);
		const third = open('third', 'crdt');
		third.useNotes(notesCrdt());
		expect((await third.open('m1'))?.items[0]?.notes).toBe(left.meeting()?.items[0]?.notes);
	});
});
