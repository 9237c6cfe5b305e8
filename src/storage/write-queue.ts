// Gets every event into IndexedDB soon after it is made, without making typing wait: events
// gather for at most DELAY_MS after the first one (later ones do not push the write back), then
// go in one transaction. `flush('strict')` writes at once and waits for the disk (end of item,
// end of meeting). A failed write keeps its events in memory, reports it, and retries with
// backoff until it succeeds; `unsaved()` hands them out for a manual download meanwhile.

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
	write(events: readonly MeetingEvent[], durability: Durability): Promise<void>;
	onStatus?(status: SaveStatus): void;
	timers?: Timers;
}

export interface WriteQueue {
	add(event: MeetingEvent): void;
	/** Writes everything pending now; resolves once it is stored (rejects if it could not be). */
	flush(durability?: Durability): Promise<void>;
	unsaved(): MeetingEvent[];
	status(): SaveStatus;
}

const realTimers: Timers = { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

export function writeQueue(options: WriteQueueOptions): WriteQueue {
	const timers = options.timers ?? realTimers;
	let pending: MeetingEvent[] = [];
	let timer: unknown;
	let writing: Promise<void> = Promise.resolve();
	let failures = 0;
	let status: SaveStatus = { state: 'saved' };
	const report = (next: SaveStatus) => {
		status = next;
		options.onStatus?.(next);
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
			const batch = [...pending];
			if (batch.length === 0) return;
			try {
				await options.write(batch, durability);
			} catch (error) {
				failures += 1;
				const retryInMs = RETRY_MS[Math.min(failures, RETRY_MS.length) - 1] ?? 30_000;
				report({ state: 'failing', count: pending.length, error: error instanceof Error ? error.message : String(error), retryInMs });
				schedule(retryInMs);
				throw error;
			}
			failures = 0;
			pending = pending.slice(batch.length);
			report(pending.length === 0 ? { state: 'saved' } : { state: 'pending', count: pending.length });
			if (pending.length > 0) schedule(DELAY_MS);
		});
		return writing;
	};
	return {
		add(event) {
			pending.push(event);
			report(status.state === 'failing' ? { ...status, count: pending.length } : { state: 'pending', count: pending.length });
			schedule(DELAY_MS);
		},
		flush,
		unsaved: () => [...pending],
		status: () => status,
	};
}
