// What sharing a meeting costs (issue 15's figures that need no panel): the bytes one typed key
// sends to the relay, the time a machine takes to join a meeting of 40 items / 50 KB of notes and
// one of 1 MB, and what a room of an hour's meeting holds on the relay and costs its memory. Over
// a real relay on 127.0.0.1, in this process (and, for its memory, as a process of its own). And
// the notes CRDT's part: reading a 1 MB meeting's notes on it, as a panel opening it and as a
// machine joining it (its events in any order, a batch at a time). Every notes event is made as a
// panel makes it, through the CRDT (it carries its Yjs update). Run by `npm run bench`.

import { existsSync, readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { startRelay } from '../src/cli/relay.ts';
import type { EventBody, MeetingEvent } from '../src/core/events.ts';
import { createItem, createMeeting, journalWriter } from '../src/core/meeting.ts';
import { notesCrdt } from '../src/core/notes-crdt.ts';
import { notesEdit } from '../src/core/notes-merge.ts';
import { newInvitation, type Invitation } from '../src/sync/invitation.ts';
import { startSync, type SyncSession } from '../src/sync/sync-session.ts';
import { startRelayProcess } from '../test/helpers/relay-process.ts';

interface Measure {
	name: string;
	unit: string;
	median: number;
	p95: number;
	runs: number;
}

const MEETING = 'weekly-2026-11-25';
const T0 = Date.UTC(2026, 10, 25, 16, 0);

/** A writer whose notes changes go through the notes CRDT, as a panel's do once it is loaded. */
function panelWriter(writer: string): (body: EventBody, at: number) => MeetingEvent {
	const w = journalWriter(MEETING, writer);
	const crdt = notesCrdt();
	return (body, at) => {
		const event = w(crdt.typed(body, writer), at);
		crdt.add([event]);
		return event;
	};
}

/** A meeting of `items` items whose notes, `notesBytes` in all, were typed a sentence an event. */
function journal(items: number, notesBytes: number): MeetingEvent[] {
	const w = panelWriter('panel-1');
	const events: MeetingEvent[] = [w({ type: 'meeting.created', meeting: createMeeting({ id: MEETING, title: 'Weekly Meeting: 2026-11-25', date: '2026-11-25' }) }, T0)];
	for (let i = 0; i < items; i++) events.push(w({ type: 'item.added', item: createItem({ id: `i${i}`, title: `Topic number ${i}`, budget: 5 }) }, T0 + 1));
	const sentence = 'Anil will tag the release once CI is green; mirage configure needs one more fix. ';
	const perItem = Math.max(1, Math.round(notesBytes / items / sentence.length));
	for (let i = 0; i < items; i++) {
		let notes = '';
		for (let s = 0; s < perItem; s++) {
			const next = notes + sentence;
			events.push(w({ type: 'item.updated', itemId: `i${i}`, patch: { notes: next }, edit: notesEdit(notes, next) }, T0 + 2 + i));
			notes = next;
		}
	}
	return events;
}

/** A WebSocket that counts the bytes it sends. */
function countingSocket(sent: { bytes: number }): typeof WebSocket {
	return class extends WebSocket {
		override send(data: Parameters<WebSocket['send']>[0], ...rest: unknown[]): void {
			sent.bytes += (data as { byteLength?: number }).byteLength ?? String(data).length;
			(super.send as (...a: unknown[]) => void)(data, ...rest);
		}
	} as typeof WebSocket;
}

function until(condition: () => boolean, what: string, ms = 60_000): Promise<void> {
	const start = performance.now();
	return new Promise((resolve, reject) => {
		const poll = () => (condition() ? resolve() : performance.now() - start > ms ? reject(new Error(`sync bench: timed out waiting for ${what}`)) : setTimeout(poll, 2));
		poll();
	});
}

async function session(invitation: Invitation, socket: typeof WebSocket = WebSocket): Promise<{ session: SyncSession; received: () => number }> {
	let received = 0;
	const s = await startSync({ invitation, meetingId: MEETING, WebSocket: socket as never, onEvents: (e) => void (received += e.length), onStatus: () => {}, onPresence: () => {}, onProblem: (m) => console.error(`sync bench: ${m}`) });
	await until(() => s.status.state === 'live', 'the relay');
	return { session: s, received: () => received };
}

/** An hour of a key a second typed into the 40 items' notes in turn (3,600 events after the meeting). */
function hourOfTyping(): MeetingEvent[] {
	const w = panelWriter('panel-1');
	const notes: string[] = Array.from({ length: 40 }, () => '');
	const events: MeetingEvent[] = [w({ type: 'meeting.created', meeting: createMeeting({ id: MEETING, title: 'T', date: '2026-11-25', items: Array.from({ length: 40 }, (_, i) => createItem({ id: `i${i}`, title: `Topic ${i}` })) }) }, T0)];
	for (let k = 0; k < 3600; k++) {
		const i = Math.floor(k / 90);
		const next = `${notes[i]}${k % 7 === 0 ? ' ' : 'a'}`;
		events.push(w({ type: 'item.updated', itemId: `i${i}`, patch: { notes: next }, edit: notesEdit(notes[i] ?? '', next) }, T0 + k * 1000));
		notes[i] = next;
	}
	return events;
}

/** The median and 95th percentile of `runs` timings of `run`. */
function timed(name: string, unit: string, runs: number, run: () => void): Measure {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		run();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return { name, unit, median: times[Math.floor(runs / 2)] ?? 0, p95: times[Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)] ?? 0, runs };
}

/** The notes CRDT on a 1 MB meeting: a panel opening it (a machine joining gets it the same way, in
 * journal order, shared-journal.ts), and, as a worst case, its events in any order, 100 at a time. */
function crdtBenchmarks(): Measure[] {
	const events = journal(400, 1_000_000);
	let seed = 7;
	const shuffled = [...events].map((e) => ({ e, k: (seed = (seed * 48271) % 2147483647) })).sort((a, b) => a.k - b.k).map((x) => x.e);
	const unit = `ms (${events.length} events, every item's notes built)`;
	return [
		timed('notes_crdt_open_1mb_ms', unit, 5, () => notesCrdt().reset(events)),
		timed('notes_crdt_shuffled_1mb_ms', `${unit}, in any order, 100 a batch`, 5, () => {
			const crdt = notesCrdt();
			crdt.reset([]);
			for (let i = 0; i < shuffled.length; i += 100) crdt.add(shuffled.slice(i, i + 100));
		}),
	];
}

export async function runSyncBenchmarks(): Promise<Measure[]> {
	const results: Measure[] = crdtBenchmarks();
	const relay = await startRelay({ host: '127.0.0.1', port: 0 });
	const random = (b: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(b);
	try {
		// Bytes on the wire per typed key: 200 keys into an item of 2 KB of notes.
		{
			const invitation = newInvitation(relay.url, random);
			const sent = { bytes: 0 };
			const chair = await session(invitation, countingSocket(sent));
			const w = panelWriter('panel-1');
			let notes = 'x'.repeat(2000);
			await chair.session.publish([w({ type: 'meeting.created', meeting: createMeeting({ id: MEETING, title: 'T', date: '2026-11-25', items: [createItem({ id: 'i1', title: 'A' })] }) }, T0)]);
			const before = sent.bytes;
			const keys = 200;
			for (let k = 0; k < keys; k++) {
				const next = `${notes}a`;
				await chair.session.publish([w({ type: 'item.updated', itemId: 'i1', patch: { notes: next }, edit: notesEdit(notes, next) }, T0 + k)]);
				notes = next;
			}
			await new Promise((resolve) => setTimeout(resolve, 200));
			const perKey = (sent.bytes - before) / keys;
			results.push({ name: 'sync_bytes_per_key', unit: 'bytes (sent to the relay per typed key, 2 KB notes)', median: perKey, p95: perKey, runs: keys });
			const update = (e: MeetingEvent) => (e.type === 'item.updated' ? (e.y?.length ?? 0) : 0);
			const last = w({ type: 'item.updated', itemId: 'i1', patch: { notes: `${notes}a` } }, T0 + keys);
			results.push({ name: 'notes_update_bytes_per_key', unit: 'bytes (a key’s Yjs update, base64, in its event)', median: update(last), p95: update(last), runs: 1 });
			chair.session.stop();
		}
		// Join time: a machine that joins a meeting already under way, to every event handed on.
		for (const [name, items, bytes] of [['sync_join_40_items_ms', 40, 50_000], ['sync_join_1mb_ms', 400, 1_000_000]] as const) {
			const invitation = newInvitation(relay.url, random);
			const chair = await session(invitation);
			const events = journal(items, bytes);
			await chair.session.publish(events);
			const times: number[] = [];
			for (let run = 0; run < 3; run++) {
				const start = performance.now();
				const late = await session(invitation);
				await until(() => late.received() === events.length, `the ${name} join`);
				times.push(performance.now() - start);
				late.session.stop();
			}
			times.sort((a, b) => a - b);
			results.push({ name, unit: `ms (${events.length} events)`, median: times[1] ?? 0, p95: times[2] ?? 0, runs: 3 });
			chair.session.stop();
		}
		// An hour's meeting: 40 items, a key a second typed into them (3,600 events), as the relay holds it.
		{
			const invitation = newInvitation(relay.url, random);
			const chair = await session(invitation);
			const events = hourOfTyping();
			for (let k = 0; k < events.length; k += 100) await chair.session.publish(events.slice(k, k + 100));
			await until(() => (relay.rooms().get(invitation.room)?.length ?? 0) > 0 && chair.session.status.state === 'live', 'the room');
			await new Promise((resolve) => setTimeout(resolve, 300));
			const held = relay.rooms().get(invitation.room)?.length ?? 0;
			results.push({ name: 'sync_relay_room_after_hour_kb', unit: 'KB (the room’s state on the relay, 3,600 typed keys)', median: held / 1024, p95: held / 1024, runs: 1 });
			chair.session.stop();
		}
		// What that room costs a relay that runs as users run it (`gavel relay`, a process of its own):
		// its resident memory with the room, less its memory with an empty one. An upper bound: the
		// relay's garbage from decoding what came is not collected on demand.
		if (existsSync('/proc/self/status')) {
			const relayProcess = await startRelayProcess('gavel');
			try {
				const rss = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${relayProcess.pid}/status`, 'utf8'))?.[1] ?? Number.NaN);
				const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));
				const empty = await session(newInvitation(relayProcess.url, random));
				await settle();
				const before = rss();
				const chair = await session(newInvitation(relayProcess.url, random));
				const events = hourOfTyping();
				for (let k = 0; k < events.length; k += 100) await chair.session.publish(events.slice(k, k + 100));
				await settle();
				const grown = (rss() - before) / 1024;
				results.push({ name: 'sync_relay_memory_per_hour_room_mb', unit: 'MB (the relay process’s resident memory, an hour’s room)', median: grown, p95: grown, runs: 1 });
				chair.session.stop();
				empty.session.stop();
			} finally {
				await relayProcess.kill();
			}
		}
	} finally {
		await relay.close();
	}
	return results;
}
