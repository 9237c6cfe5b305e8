// One shared meeting on this machine: the relay connection (y-websocket), the shared journal,
// presence, and what the person sees of them ("live, 2 here", "offline — 3 edits waiting").
// Loaded on demand from the panel page (Chrome's service worker refuses import()); the panel
// passes in the events it writes and folds in the ones that come.
//
// Ordering and timing are kept apart. Order is the journal's own: (at, writer, seq) sorts the
// events of two machines the same on both, and every edit names the item it is for by id, so a
// clock that is minutes off can put an edit late in the list, never into another item or out of
// it. Timing is one clock for the meeting, the sharer's: it sends its clock with its presence,
// every other machine learns its offset from it (core/clock-offset.ts), and the panel stamps
// events and shows the time by `now + clockOffset()`.

import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { clockOffset, READINGS_KEPT, type ClockReading } from '../core/clock-offset.ts';
import type { MeetingEvent } from '../core/events.ts';
import { base64url, fromBase64url, type Invitation } from './invitation.ts';
import { importRoomKey, open, seal } from './sealed.ts';
import { SharedJournal } from './shared-journal.ts';

/** Several kept changes as one (the panel's stored sync state is merged so as it reopens). */
export const mergeUpdates = (updates: Uint8Array[]): Uint8Array => Y.mergeUpdates(updates);

export type SyncStatus =
	| { state: 'connecting' }
	/** Connecting, and no answer for a while: a wrong address, or a relay not running (it keeps trying). */
	| { state: 'unreachable' }
	| { state: 'live'; peers: number }
	/** `waiting`: this machine's edits since the relay was last reached, sent when it is back. */
	| { state: 'offline'; waiting: number }
	| { state: 'stopped' };

/** Who else has the meeting open, where, and whether they are typing (never what). */
export interface Presence {
	name: string;
	itemId?: string;
	typing?: boolean;
}

export interface SyncSessionOptions {
	invitation: Invitation;
	/** The meeting shared; undefined when joining, until its events come (then `onEvents` has it). */
	meetingId?: string;
	/** This machine's events of the meeting: at each (re)connection, those the room lacks are sent
	 * (written while the relay was away and the page closed, or into a relay restarted empty). */
	local?: () => readonly MeetingEvent[];
	/** The Y.Doc's state from the last session, kept so that it does not grow by being rebuilt. */
	state?: Uint8Array;
	/** The writer:seq of the events the local journal holds: not handed on again. */
	known?: Iterable<string>;
	onEvents(events: MeetingEvent[]): void;
	onStatus(status: SyncStatus): void;
	onPresence(others: Presence[]): void;
	onProblem(message: string): void;
	/** Each change to the doc, to keep (storage is the caller's): appended, and given back merged
	 * (Y.mergeUpdates) as `state` next time, not the whole state encoded at every key. */
	onUpdate?(update: Uint8Array): void;
	/** Node's `ws` in tests; the browser's own WebSocket in the panel. */
	WebSocket?: typeof WebSocket;
	/** This machine shared the meeting: its clock is the meeting's. */
	reference?: boolean;
	/** This machine's clock (Date.now). */
	now?: () => number;
	/** How long connecting may take before it is said to be unreachable (UNREACHABLE_MS). */
	unreachableMs?: number;
}

/** A relay that has not answered in this long is said to be unreachable (y-websocket says nothing of a refused connection; it retries). */
export const UNREACHABLE_MS = 5_000;

/** How often the sharer sends its clock (y-protocols renews presence only every 15 s, unchanged). */
export const CLOCK_EVERY_MS = 5000;
/** When, after someone joins, the sharer sends its clock again. */
const JOIN_READINGS_MS = [700, 2_000];

/** What each machine's sealed presence state holds. */
interface SealedState {
	presence?: Presence;
	clock: number;
	reference: boolean;
}

export interface SyncSession {
	publish(events: readonly MeetingEvent[]): Promise<void>;
	setPresence(presence: Presence | null): Promise<void>;
	readonly status: SyncStatus;
	/** The meeting shared: undefined on a machine joining until the first event has come. */
	readonly meetingId: string | undefined;
	/** How far the meeting's clock (the sharer's) is ahead of this machine's, in ms: 0 on the sharer, and until it is known. */
	clockOffset(): number;
	/** Leaves the meeting: this machine keeps all of it, the relay is not told anything more. */
	stop(): void;
}

export async function startSync(options: SyncSessionOptions): Promise<SyncSession> {
	const { invitation } = options;
	const key = await importRoomKey(invitation.key);
	const doc = new Y.Doc();
	if (options.state !== undefined) Y.applyUpdate(doc, options.state);
	const journal = new SharedJournal({ doc, room: invitation.room, key, ...(options.meetingId === undefined ? {} : { meetingId: options.meetingId }), known: options.known ?? [], onEvents: options.onEvents, onProblem: options.onProblem });
	const awareness = new Awareness(doc);
	// No BroadcastChannel: the panels of one browser already share events over Gavel's own.
	const provider = new WebsocketProvider(invitation.relay, invitation.room, doc, { awareness, disableBc: true, ...(options.WebSocket === undefined ? {} : { WebSocketPolyfill: options.WebSocket }) });
	let status: SyncStatus = { state: 'connecting' };
	let waiting = 0;
	let others: Presence[] = [];
	const now = options.now ?? Date.now;
	const reference = options.reference === true;
	let mine: Presence | undefined;
	const readings: ClockReading[] = [];
	const presencePlace = (client: number) => `${invitation.room}/presence/${client}`;
	const sendState = async () => {
		const state: SealedState = { clock: now(), reference, ...(mine === undefined ? {} : { presence: mine }) };
		awareness.setLocalState({ s: base64url(await seal(key, presencePlace(doc.clientID), state)) });
	};
	const tell = (next: SyncStatus) => {
		status = next;
		options.onStatus(next);
	};
	provider.on('status', ({ status: s }: { status: string }) => {
		if (status.state === 'stopped') return;
		if (s === 'disconnected') tell({ state: 'offline', waiting });
	});
	provider.on('sync', (synced: boolean) => {
		if (!synced || status.state === 'stopped') return;
		// The relay has this machine's state and has sent its own: every waiting edit is across.
		waiting = 0;
		tell({ state: 'live', peers: others.length });
		void journal.receiveAll().then(() => journal.publish(options.local?.() ?? []));
	});
	// A relay that never answers: "unreachable" after a while (one that answered once and went is "offline").
	const slow = setTimeout(() => status.state === 'connecting' && tell({ state: 'unreachable' }), options.unreachableMs ?? UNREACHABLE_MS);
	doc.on('update', (update: Uint8Array) => options.onUpdate?.(update));

	// Opening is asynchronous: only the newest change's result is shown.
	let presenceRound = 0;
	awareness.on('change', ({ added, updated }: { added: number[]; updated: number[] }) => {
		const round = ++presenceRound;
		const arrived = now();
		const fresh = new Set([...added, ...updated]);
		// Someone joined: the sharer's clock goes to them now, and twice more in the next seconds, not
		// at its next turn (what they got on joining may be seconds old; a join keeps both machines
		// busy, and the fastest of three readings is the one that counts).
		if (reference && added.some((client) => client !== doc.clientID)) {
			void sendState();
			for (const ms of JOIN_READINGS_MS) setTimeout(() => status.state !== 'stopped' && void sendState(), ms);
		}
		const sealed = [...awareness.getStates()].filter(([client]) => client !== doc.clientID);
		void Promise.all(
			sealed.map(async ([client, state]) => {
				const value = typeof (state as { s?: unknown }).s === 'string' ? await open(key, presencePlace(client), fromBase64url((state as { s: string }).s)) : undefined;
				if (!isSealedState(value)) return [];
				// A reading only from a state that just came: one renewed unchanged says nothing of the clock now.
				if (value.reference && !reference && fresh.has(client)) {
					readings.push({ sent: value.clock, received: arrived });
					readings.splice(0, readings.length - READINGS_KEPT);
				}
				return value.presence === undefined ? [] : [value.presence];
			}),
		).then((found) => {
			if (round !== presenceRound || status.state === 'stopped') return;
			others = found.flat();
			options.onPresence(others);
			if (status.state === 'live') tell({ state: 'live', peers: others.length });
		});
	});

	await sendState();
	const clockTimer = reference ? setInterval(() => void sendState(), CLOCK_EVERY_MS) : undefined;

	return {
		async publish(events) {
			if (status.state === 'stopped') return;
			const fresh = await journal.publish(events);
			if (status.state !== 'live') waiting += fresh;
			if (status.state === 'offline') tell({ state: 'offline', waiting });
		},
		async setPresence(presence) {
			mine = presence ?? undefined;
			await sendState();
		},
		get status() {
			return status;
		},
		get meetingId() {
			return journal.meetingId;
		},
		clockOffset: () => (reference ? 0 : (clockOffset(readings) ?? 0)),
		stop() {
			if (status.state === 'stopped') return;
			clearInterval(clockTimer);
			clearTimeout(slow);
			tell({ state: 'stopped' });
			awareness.setLocalState(null);
			provider.destroy();
			awareness.destroy();
			doc.destroy();
		},
	};
}

function isSealedState(value: unknown): value is SealedState {
	const v = value as SealedState | null;
	return typeof v === 'object' && v !== null && typeof v.clock === 'number' && typeof v.reference === 'boolean' && (v.presence === undefined || isPresence(v.presence));
}

function isPresence(value: unknown): value is Presence {
	const p = value as Presence | null;
	return typeof p === 'object' && p !== null && typeof p.name === 'string' && (p.itemId === undefined || typeof p.itemId === 'string') && (p.typing === undefined || typeof p.typing === 'boolean');
}
