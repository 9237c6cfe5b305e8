// A meeting's journal shared with other machines: its events in a Y.Map keyed `writer:seq`, each
// key written once by the one writer that owns it, so the union of two machines' maps never
// conflicts and the meeting is still the fold of core/journal.ts over its events. Each value is
// sealed (sealed.ts); each that arrives is opened, checked as any event from outside is, and
// handed on once. Yjs does not know who wrote what: a value that does not open with the room's
// key, or is not an event, or does not stand at its own writer:seq, is left out and said.

import type * as Y from 'yjs';
import { compareEvents, type MeetingEvent } from '../core/events.ts';
import { checkEventShape } from '../core/validate.ts';
import { eventKey } from './event-key.ts';
import { open, seal } from './sealed.ts';

export interface SharedJournalOptions {
	doc: Y.Doc;
	room: string;
	key: CryptoKey;
	/** The meeting shared; a machine joining learns it from the first event that opens. */
	meetingId?: string;
	/** The writer:seq of events this machine's journal holds already: not handed on again. */
	known?: Iterable<string>;
	/** Events written on another machine, new here, in journal order. */
	onEvents(events: MeetingEvent[]): void;
	/** What was left out, and why, in words for the person who shared or joined. */
	onProblem(message: string): void;
}


export class SharedJournal {
	readonly #options: SharedJournalOptions;
	readonly #events: Y.Map<Uint8Array>;
	/** Keys opened (or written) here: each is handed on once. */
	readonly #known = new Set<string>();
	/** Keys being sealed for the map now: not sealed twice. */
	readonly #sealing = new Set<string>();
	#receiving: Promise<void> = Promise.resolve();
	#opened = 0;
	#meetingId: string | undefined;

	constructor(options: SharedJournalOptions) {
		this.#options = options;
		this.#meetingId = options.meetingId;
		for (const key of options.known ?? []) this.#known.add(key);
		this.#events = options.doc.getMap<Uint8Array>('events');
		this.#events.observe((change, transaction) => {
			if (!transaction.local) this.#receive([...change.keysChanged]);
		});
	}

	/** The meeting shared: undefined on a machine that joined until its first event has come. */
	get meetingId(): string | undefined {
		return this.#meetingId;
	}

	/** Seals and shares the events given that the map does not hold; resolves, once they are in it, to how many those were. */
	async publish(events: readonly MeetingEvent[]): Promise<number> {
		const fresh = events.filter((e) => e.meetingId === this.#meetingId && !this.#sealing.has(eventKey(e)) && !this.#events.has(eventKey(e)));
		for (const e of fresh) this.#sealing.add(eventKey(e));
		const sealed = await Promise.all(fresh.map(async (e) => [eventKey(e), await seal(this.#options.key, this.#place(eventKey(e)), e)] as const));
		this.#options.doc.transact(() => {
			for (const [key, value] of sealed) if (!this.#events.has(key)) this.#events.set(key, value);
		});
		for (const [key] of sealed) {
			this.#sealing.delete(key);
			this.#known.add(key);
		}
		return fresh.length;
	}

	/** Opens what the map holds that is new here (on joining, or after the relay came back); resolves when handed on. */
	receiveAll(): Promise<void> {
		return this.#receive([...this.#events.keys()]);
	}

	/** How many events the shared map holds. */
	get size(): number {
		return this.#events.size;
	}

	#place(key: string): string {
		return `${this.#options.room}/${key}`;
	}

	// One batch at a time, in the order they came, so that events are handed on in order of arrival.
	#receive(keys: readonly string[]): Promise<void> {
		this.#receiving = this.#receiving.then(() => this.#open(keys));
		return this.#receiving;
	}

	async #open(keys: readonly string[]): Promise<void> {
		const fresh = keys.filter((k) => !this.#known.has(k));
		let sealedShut = 0;
		const misfits: string[] = [];
		const events: MeetingEvent[] = [];
		await Promise.all(
			fresh.map(async (key) => {
				const value = this.#events.get(key);
				if (!(value instanceof Uint8Array)) return void misfits.push(`${key}: not a sealed value`);
				const event = await open(this.#options.key, this.#place(key), value);
				if (event === undefined) return void sealedShut++;
				const problem = checkEventShape(event, key) ?? (eventKey(event as MeetingEvent) !== key ? `${key}: stands at another writer's place` : undefined);
				if (problem !== undefined) return void misfits.push(problem);
				events.push(event as MeetingEvent);
			}),
		);
		// Joining: the meeting is the one the room's events are of (the oldest decides, should they disagree).
		events.sort(compareEvents);
		this.#meetingId ??= events[0]?.meetingId;
		const ours = events.filter((e) => e.meetingId === this.#meetingId);
		for (const e of events) if (e.meetingId !== this.#meetingId) misfits.push(`${eventKey(e)}: of another meeting`);
		for (const e of ours) this.#known.add(eventKey(e));
		this.#opened += ours.length;
		if (sealedShut > 0) {
			// Not one value opened, ever: the key is not this room's.
			const none = ours.length === 0 && this.#opened === 0;
			this.#options.onProblem(
				none
					? "This invitation's key does not open the shared meeting: nothing was merged, and your meeting is as it was. Ask the chair for the invitation again, and paste all of it."
					: `${sealedShut} ${sealedShut === 1 ? 'change' : 'changes'} from the relay did not open with this meeting's key, and ${sealedShut === 1 ? 'was' : 'were'} left out.`,
			);
		}
		if (misfits.length > 0) this.#options.onProblem(`${misfits.length === 1 ? '1 shared change was not a Gavel event and was' : `${misfits.length} shared changes were not Gavel events and were`} left out (${misfits.sort().slice(0, 3).join('; ')}).`);
		if (ours.length > 0) this.#options.onEvents(ours);
	}
}
