// The write queue never loses an event: it logs each event alone at once, writes it with the
// snapshot within DELAY_MS of the first pending one, writes at once (strictly) when asked, and
// when a write fails it keeps the events, says so, hands them out for download, and retries
// until they are stored, in order.
import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../src/core/events.ts';
import { journalWriter } from '../../../src/core/meeting.ts';
import type { Durability } from '../../../src/storage/journal-store.ts';
import { DELAY_MS, writeQueue, type SaveStatus, type Timers } from '../../../src/storage/write-queue.ts';

/** Timers run by hand: `advance(ms)` fires what is due. */
function manualTimers() {
	let now = 0;
	const due = new Map<number, { at: number; callback: () => void }>();
	let next = 1;
	const timers: Timers = {
		set: (callback, ms) => {
			due.set(next, { at: now + ms, callback });
			return next++;
		},
		clear: (handle) => void due.delete(handle as number),
	};
	const advance = async (ms: number) => {
		now += ms;
		for (const [handle, timer] of [...due].sort((a, b) => a[1].at - b[1].at)) {
			if (timer.at > now) continue;
			due.delete(handle);
			timer.callback();
			await settle();
		}
	};
	return { timers, advance };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const w = journalWriter('m', 'panel');
const notes = [1, 2, 3].map((n) => w({ type: 'item.updated', itemId: 'i1', patch: { notes: 'x'.repeat(n) } }, n));
const note = (n: number): MeetingEvent => notes[n - 1] as MeetingEvent;

function setup(failures = 0) {
	const { timers, advance } = manualTimers();
	const written: Array<{ events: MeetingEvent[]; durability: Durability }> = [];
	const statuses: SaveStatus[] = [];
	let failing = failures;
	const queue = writeQueue({
		timers,
		onStatus: (s) => statuses.push(s),
		write: async (events, durability) => {
			if (failing > 0) {
				failing -= 1;
				throw new Error('QuotaExceededError: the disk is full');
			}
			written.push({ events: [...events], durability });
		},
	});
	return { queue, advance, written, statuses };
}

describe('write queue', () => {
	it('writes a burst of keystrokes in one batch, DELAY_MS after the first, however long the burst', async () => {
		const { queue, advance, written } = setup();
		queue.add(note(1));
		await advance(DELAY_MS / 2);
		queue.add(note(2));
		await advance(DELAY_MS / 2 - 1);
		expect(written).toEqual([]);
		queue.add(note(3));
		await advance(1);
		expect(written.map((w) => w.events.length)).toEqual([3]);
		expect(queue.status()).toEqual({ state: 'saved' });
	});

	it('writes at once, strictly, when the chair ends an item', async () => {
		const { queue, written } = setup();
		queue.add(note(1));
		await queue.flush('strict');
		expect(written).toEqual([{ events: [note(1)], durability: 'strict' }]);
	});

	it('keeps failed events, reports them, offers them, and retries until they are stored in order', async () => {
		const { queue, advance, written, statuses } = setup(2);
		queue.add(note(1));
		await advance(DELAY_MS);
		expect(queue.status()).toMatchObject({ state: 'failing', count: 1, error: 'QuotaExceededError: the disk is full' });
		queue.add(note(2));
		expect(queue.unsaved()).toEqual([note(1), note(2)]);
		expect(queue.status()).toMatchObject({ state: 'failing', count: 2 });
		await advance(1_000); // first retry fails too
		expect(queue.status()).toMatchObject({ state: 'failing', retryInMs: 2_000 });
		await advance(2_000);
		expect(written.flatMap((w) => w.events)).toEqual([note(1), note(2)]);
		expect(queue.unsaved()).toEqual([]);
		expect(statuses.at(-1)).toEqual({ state: 'saved' });
	});

	it('rejects a strict flush that could not be stored, and still keeps the events', async () => {
		const { queue } = setup(1);
		queue.add(note(1));
		await expect(queue.flush('strict')).rejects.toThrow('disk is full');
		expect(queue.unsaved()).toEqual([note(1)]);
	});

	it('writes one batch at a time, in order, and keeps what arrives during a write', async () => {
		const order: string[] = [];
		let release: () => void = () => undefined;
		const queue = writeQueue({
			timers: manualTimers().timers,
			write: (events) => {
				order.push(`start ${events.length}`);
				return new Promise<void>((resolve) => {
					release = () => {
						order.push(`end ${events.length}`);
						resolve();
					};
				});
			},
		});
		queue.add(note(1));
		const first = queue.flush();
		await settle();
		queue.add(note(2));
		queue.add(note(3));
		const second = queue.flush();
		await settle();
		release();
		await first;
		await settle();
		release();
		await second;
		expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
		expect(queue.unsaved()).toEqual([]);
	});
});

describe('write queue with a log', () => {
	function logging(options: { failLog?: number; failWrite?: number } = {}) {
		const { timers, advance } = manualTimers();
		const logs: MeetingEvent[][] = [];
		const writes: MeetingEvent[][] = [];
		const stored: MeetingEvent[] = [];
		let failLog = options.failLog ?? 0;
		let failWrite = options.failWrite ?? 0;
		let release: (() => void) | undefined;
		const queue = writeQueue({
			timers,
			log: (events) => {
				logs.push([...events]);
				if (failLog > 0) {
					failLog -= 1;
					return Promise.reject(new Error('refused'));
				}
				return new Promise<void>((resolve) => (release = resolve));
			},
			write: async (events) => {
				if (failWrite > 0) {
					failWrite -= 1;
					throw new Error('QuotaExceededError: the disk is full');
				}
				writes.push([...events]);
			},
			onStored: (events) => stored.push(...events),
		});
		const commitLog = async () => {
			release?.();
			release = undefined;
			await settle();
		};
		return { queue, advance, logs, writes, stored, commitLog };
	}

	it('stores each event at once, alone, and says it is saved before the snapshot is written', async () => {
		const { queue, logs, writes, stored, commitLog } = logging();
		queue.add(note(1));
		expect(logs).toEqual([[note(1)]]);
		expect(queue.status()).toEqual({ state: 'pending', count: 1 });
		await commitLog();
		expect(queue.status()).toEqual({ state: 'saved' });
		expect(queue.unsaved()).toEqual([]);
		expect(stored).toEqual([note(1)]);
		expect(writes).toEqual([]);
	});

	it('logs what arrives during a log in the next, in order, and writes all of it with the snapshot once', async () => {
		const { queue, advance, logs, writes, stored, commitLog } = logging();
		queue.add(note(1));
		queue.add(note(2));
		queue.add(note(3));
		expect(logs).toEqual([[note(1)]]);
		await commitLog();
		expect(logs).toEqual([[note(1)], [note(2), note(3)]]);
		await commitLog();
		await advance(DELAY_MS);
		expect(writes).toEqual([[note(1), note(2), note(3)]]);
		// Each told once, though each was stored twice.
		expect(stored).toEqual([note(1), note(2), note(3)]);
	});

	it('leaves an event the log refused to the batch, which stores it, and does not try again at once', async () => {
		const { queue, advance, logs, writes, stored } = logging({ failLog: 1 });
		queue.add(note(1));
		await settle();
		expect(queue.unsaved()).toEqual([note(1)]);
		expect(logs).toHaveLength(1);
		await advance(DELAY_MS);
		expect(writes).toEqual([[note(1)]]);
		expect(stored).toEqual([note(1)]);
		expect(queue.status()).toEqual({ state: 'saved' });
	});

	it('says saved, not "0 edits unsaved", when a log lands after the batch with the same events failed', async () => {
		const { queue, advance, writes, commitLog } = logging({ failWrite: 1 });
		queue.add(note(1));
		// The log is still on its way when the batch runs and is refused: the event is in no store.
		await advance(DELAY_MS);
		expect(queue.status()).toMatchObject({ state: 'failing', count: 1 });
		await commitLog();
		expect(queue.status()).toEqual({ state: 'saved' });
		expect(queue.unsaved()).toEqual([]);
		// The snapshot is still tried again, and a later edit is logged at once.
		await advance(1_000);
		expect(writes).toEqual([[note(1)]]);
		queue.add(note(2));
		expect(queue.status()).toEqual({ state: 'pending', count: 1 });
	});

	it('says nothing is unsaved when only the snapshot failed, and retries it', async () => {
		const { queue, advance, writes, commitLog } = logging({ failWrite: 1 });
		queue.add(note(1));
		await commitLog();
		await advance(DELAY_MS);
		expect(queue.status()).toEqual({ state: 'saved' });
		expect(writes).toEqual([]);
		await advance(1_000);
		expect(writes).toEqual([[note(1)]]);
	});
});
