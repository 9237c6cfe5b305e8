// Gets every event into IndexedDB as soon as it is made, without making typing wait. Two steps:
// `log` stores the new events alone, at once (one small transaction; what arrives while it is
// under way goes in the next), so a browser that quits or is sent SIGTERM a moment after a key
// has it on disk; `write` stores them again with the meeting's snapshot (for the list and
// search), in one batch DELAY_MS after the first (later events do not push it back), since the
// snapshot is the costly part. `flush('strict')` writes at once and waits for the disk (end of
// item, end of meeting). A failed write keeps its events in memory, reports it, and retries with
// backoff until it succeeds; `unsaved()` hands out what is in no store yet, for a download.

import type { MeetingEvent } from '../core/events.ts';
import type { Durability } from './journal-store.ts';

export const DELAY_MS = 200;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export type SaveStatus = { state: 'saved' } | { state: 'pending'; count: number } | { state: 'failing'; count: number; error: string; retryInMs: number };

export interface Timers {
	set(callback: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

export interface WriteQueueOptions {
	/** Stores the events with the meeting's snapshot, in one transaction. */
	write(events: readonly MeetingEvent[], durability: Durability): Promise<void>;
	/** Stores the events alone; without it, events wait for the batch. */
	log?(events: readonly MeetingEvent[]): Promise<void>;
	/** Told once of each event as it first reaches the store (by `log` or by `write`). */
	onStored?(events: readonly MeetingEvent[]): void;
	onStatus?(status: SaveStatus): void;
	timers?: Timers;
}

export interface WriteQueue {
	add(event: MeetingEvent): void;
	/** Writes everything pending now; resolves once it is stored (rejects if it could not be). */
	flush(durability?: Durability): Promise<void>;
	/** The events in no store yet. */
	unsaved(): MeetingEvent[];
	status(): SaveStatus;
}

const realTimers: Timers = { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

export function writeQueue(options: WriteQueueOptions): WriteQueue {
	const timers = options.timers ?? realTimers;
	// In no store yet; then stored by `log` but in no snapshot yet. Both in the order made.
	let pending: MeetingEvent[] = [];
	let logged: MeetingEvent[] = [];
	let logging = false;
	let timer: unknown;
	let writing: Promise<void> = Promise.resolve();
	let failures = 0;
	let status: SaveStatus = { state: 'saved' };
	const report = (next: SaveStatus) => {
		status = next;
		options.onStatus?.(next);
	};
	// Saved once every event is in a store: a failing snapshot alone is only retried (the events
	// are safe), as when the batch fails with nothing pending.
	const reportProgress = () => {
		if (pending.length === 0) report({ state: 'saved' });
		else report(status.state === 'failing' ? { ...status, count: pending.length } : { state: 'pending', count: pending.length });
	};
	const stored = (batch: readonly MeetingEvent[]) => {
		const done = new Set(batch);
		const first = pending.filter((e) => done.has(e));
		pending = pending.filter((e) => !done.has(e));
		if (first.length > 0) options.onStored?.(first);
		return first;
	};
	const log = () => {
		// While writes fail, the batch's retries (with backoff) are the only attempts.
		if (options.log === undefined || logging || pending.length === 0 || status.state === 'failing') return;
		logging = true;
		const batch = [...pending];
		options.log(batch).then(
			() => {
				logging = false;
				logged.push(...stored(batch));
				reportProgress();
				// What arrived meanwhile.
				log();
			},
			() => {
				// Left pending, and not tried again here: the batch writes them, and reports (and
				// retries with backoff) if it cannot. The next event logs again.
				logging = false;
			},
		);
	};
	const schedule = (ms: number) => {
		if (timer === undefined) timer = timers.set(() => void flush().catch(() => undefined), ms);
	};
	const flush = (durability: Durability = 'default'): Promise<void> => {
		if (timer !== undefined) timers.clear(timer);
		timer = undefined;
		// One write at a time, in order: a flush waits for the one before it.
		writing = writing.catch(() => undefined).then(async () => {
			// A copy: events added while this write is under way are not part of it.
			const batch = [...logged, ...pending];
			if (batch.length === 0) return;
			try {
				await options.write(batch, durability);
			} catch (error) {
				failures += 1;
				const retryInMs = RETRY_MS[Math.min(failures, RETRY_MS.length) - 1] ?? 30_000;
				// Events already logged are safe on disk; only those in no store are unsaved.
				if (pending.length > 0) report({ state: 'failing', count: pending.length, error: error instanceof Error ? error.message : String(error), retryInMs });
				schedule(retryInMs);
				throw error;
			}
			failures = 0;
			const done = new Set(batch);
			logged = logged.filter((e) => !done.has(e));
			stored(batch);
			report(pending.length === 0 ? { state: 'saved' } : { state: 'pending', count: pending.length });
			if (pending.length > 0 || logged.length > 0) schedule(DELAY_MS);
		});
		return writing;
	};
	return {
		add(event) {
			pending.push(event);
			reportProgress();
			log();
			schedule(DELAY_MS);
		},
		flush,
		unsaved: () => [...pending],
		status: () => status,
	};
}
