// Sharing a meeting with other machines (issue 15), as the panel drives it: sharing the open
// meeting or joining one from an invitation, reconnecting a meeting that was shared when the
// panel last had it, stopping; and what the person sees of it (the status, who else is there).
// Loaded once the panel is interactive; the sync engine (Yjs, y-websocket) only when a meeting is
// shared. Events go both ways through the session: what is written here is published, what comes
// is merged as if written here, so the journal stays the one record of the meeting.

import { timing } from '../../core/timing.ts';
import type { Database } from '../../storage/database.ts';
import type { JournalStore } from '../../storage/journal-store.ts';
import type { MetaStore } from '../../storage/meta-store.ts';
import { shareStore } from '../../storage/share-store.ts';
import { eventKey } from '../../sync/event-key.ts';
import { checkRelay, invitationText, newInvitation, readInvitation, type Invitation } from '../../sync/invitation.ts';
import type { Presence, SyncSession, SyncStatus } from '../../sync/sync-session.ts';
import { meetingClock, meetingNow } from './meeting-clock.ts';
import type { Session } from './session.ts';

export interface SharingState {
	/** The meeting shared, or joined; undefined while joining, until its first events come. */
	meetingId?: string;
	/** What to give the others. */
	invitation?: string;
	/** This machine shared the meeting (rather than joined it). */
	reference: boolean;
	/** The relay connection's (`stopped`: nothing is shared, no connection, nothing sent), or
	 * `elsewhere`: another panel of this browser holds it (and this one gets everything from it). */
	status: SyncStatus | { state: 'elsewhere' };
	others: Presence[];
	/** The last thing that went wrong, in words for the person. */
	problem?: string;
}

export interface Sharing {
	state(): SharingState;
	subscribe(listener: () => void): () => void;
	/** The name last given, shown to the others. */
	name(): Promise<string>;
	/** Shares the open meeting through `relay`; a message if that cannot be. */
	share(relay: string, name: string): Promise<string | undefined>;
	/** Joins the meeting the invitation names; a message if it is damaged. */
	join(invitation: string, name: string): Promise<string | undefined>;
	/** Leaves the shared meeting: this machine keeps all of it. */
	stop(): Promise<void>;
	/** The panel is going: the connection ends, and the meeting stays shared for the next panel to open it. */
	close(): void;
}

export interface SharingDeps {
	session: Session;
	store: Pick<JournalStore, 'events'>;
	database: Database;
	meta: MetaStore;
	/** This panel's writer id: its own edits are the ones that say where it is and that it types. */
	writer: string;
	/** The sync engine, loaded when first needed. */
	load(): Promise<typeof import('../../sync/sync-session.ts')>;
	random?: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;
	WebSocket?: typeof WebSocket;
	/** This machine's clock (Date.now): tests set one that is off. */
	now?: () => number;
	/** The browser's Web Locks (navigator.locks): one panel per browser holds a shared meeting's connection. */
	locks?: Pick<LockManager, 'request'>;
}

export const NAME_KEY = 'share-name';
/** Typing shows this long after the last key. */
export const TYPING_MS = 3_000;
/** The sync engine's changes are kept in batches, this often. */
const KEEP_MS = 1_000;
/** A change in the learned clock offset worth keeping for the next launch. */
const OFFSET_KEPT_MS = 20;

/** The name the others see: the one given, or "Someone". */
const shownName = (given: string) => given.trim() || 'Someone';

const idle: SharingState = { reference: false, status: { state: 'stopped' }, others: [] };

interface Live {
	/** Set once the engine has started (events may come before). */
	sync?: SyncSession;
	/** The meeting, once known (at once when sharing, with its first events when joining). */
	meetingId?: string;
	name: string;
	/** Changes to the sync state not kept yet (all of them, while a join waits for its meeting). */
	unkept: Uint8Array[];
	/** Set when this machine's record of the share is written. */
	recorded: boolean;
	itemId?: string;
	typingUntil: number;
	typingTimer?: ReturnType<typeof setTimeout>;
	/** Lets go of this browser's connection to the room, for another panel to take. */
	release?: () => void;
}

export function createSharing(deps: SharingDeps): Sharing {
	const shares = shareStore(deps.database);
	let state: SharingState = idle;
	let live: Live | undefined;
	const listeners = new Set<() => void>();
	const set = (patch: Partial<SharingState>) => {
		state = { ...state, ...patch };
		listeners.forEach((listener) => listener());
	};
	let keepTimer: ReturnType<typeof setTimeout> | undefined;
	const keep = () => {
		keepTimer = undefined;
		if (live?.meetingId === undefined || !live.recorded) return;
		void shares.keep(live.meetingId, live.unkept.splice(0)).catch(() => undefined);
	};

	const presence = (): Presence | null => {
		if (live === undefined) return null;
		const meeting = deps.session.meeting();
		const here = meeting !== undefined && meeting.id === live.meetingId;
		const itemId = here ? (live.itemId ?? timing(meeting, meetingNow()).currentItemId) : undefined;
		return { name: live.name, ...(itemId === undefined ? {} : { itemId }), ...(meetingNow() < live.typingUntil ? { typing: true } : {}) };
	};
	const tellPresence = () => void live?.sync?.setPresence(presence()).catch(() => undefined);

	// What this browser writes into the shared meeting goes to the relay; where it was written, and that it was typed, goes in presence.
	deps.session.watch((events) => {
		if (live?.sync === undefined || events[0]?.meetingId !== live.meetingId) return;
		void live.sync.publish(events).catch(() => undefined);
		const mine = events.filter((e) => e.writer === deps.writer);
		const last = mine.at(-1);
		if (last === undefined) return;
		const typed = mine.some((e) => e.type === 'item.updated' && e.patch.notes !== undefined);
		const itemId = 'itemId' in last ? last.itemId : undefined;
		const moved = itemId !== undefined && itemId !== live.itemId;
		if (itemId !== undefined) live.itemId = itemId;
		const wasTyping = meetingNow() < live.typingUntil;
		if (typed) {
			live.typingUntil = meetingNow() + TYPING_MS;
			clearTimeout(live.typingTimer);
			live.typingTimer = setTimeout(tellPresence, TYPING_MS);
		}
		if (moved || (typed && !wasTyping)) tellPresence();
	});

	const start = async (invitation: Invitation, reference: boolean, name: string, meetingId?: string): Promise<void> => {
		stopLive();
		const text = invitationText(invitation);
		const entry: Live = { name, unkept: [], recorded: false, typingUntil: 0, ...(meetingId === undefined ? {} : { meetingId }) };
		live = entry;
		state = { invitation: text, reference, status: { state: 'connecting' }, others: [], ...(meetingId === undefined ? {} : { meetingId }) };
		set({});
		const { startSync, mergeUpdates } = await deps.load();
		const record = meetingId === undefined ? undefined : await shares.get(meetingId);
		const kept = record?.invitation === text && meetingId !== undefined ? await shares.state(meetingId, mergeUpdates).catch(() => undefined) : undefined;
		if (meetingId !== undefined && record?.invitation !== text) await shares.start({ meetingId, invitation: text, reference, active: true });
		entry.recorded = meetingId !== undefined;
		// The sharer's clock as last learned, until it is heard again.
		if (!reference && record?.clockOffset !== undefined) meetingClock.offset = record.clockOffset;
		let keptOffset = record?.clockOffset;
		const stored = meetingId === undefined ? [] : await deps.store.events(meetingId);
		// What this machine holds of the meeting: the open journal, or what was stored when it is not open.
		const local = () => (entry.meetingId !== undefined && deps.session.meeting()?.id === entry.meetingId ? deps.session.events() : stored);
		if (live !== entry) return;
		// One connection per browser: a second window's panel on the same shared meeting waits its turn
		// (it has everything over the BroadcastChannel meanwhile) and takes over when the first one goes.
		if (!(await holdRoom(entry, invitation.room)) || live !== entry) return;
		const sync = await startSync({
			invitation,
			...(meetingId === undefined ? {} : { meetingId }),
			reference,
			...(kept === undefined ? {} : { state: kept }),
			known: local().map(eventKey),
			local,
			onEvents(events) {
				deps.session.merge(events);
				const id = events[0]?.meetingId;
				if (entry.recorded || id === undefined) return;
				// Joined: the meeting has come, and with it the name to keep the share under.
				entry.recorded = true;
				entry.meetingId = id;
				void shares.start({ meetingId: id, invitation: text, reference, active: true }).then(keep, () => undefined);
				set({ meetingId: id });
			},
			onStatus: (status) => live === entry && set({ status }),
			onPresence(others) {
				if (live !== entry) return;
				meetingClock.offset = entry.sync?.clockOffset() ?? meetingClock.offset;
				if (!reference && entry.meetingId !== undefined && entry.recorded && Math.abs(meetingClock.offset - (keptOffset ?? 0)) >= OFFSET_KEPT_MS) {
					keptOffset = meetingClock.offset;
					void shares.update(entry.meetingId, { clockOffset: keptOffset }).catch(() => undefined);
				}
				set({ others });
			},
			onProblem: (problem) => live === entry && set({ problem }),
			onUpdate(update) {
				entry.unkept.push(update);
				keepTimer ??= setTimeout(keep, KEEP_MS);
			},
			...(deps.WebSocket === undefined ? {} : { WebSocket: deps.WebSocket }),
			...(deps.now === undefined ? {} : { now: deps.now }),
		});
		entry.sync = sync;
		if (live !== entry) return sync.stop();
		tellPresence();
	};

	const stopLive = () => {
		if (live === undefined) return;
		clearTimeout(live.typingTimer);
		live.sync?.stop();
		live.release?.();
		keep();
		live = undefined;
	};

	/** Takes this browser's lock on the room (waiting while another panel has it); false if the entry was stopped first. */
	const holdRoom = async (entry: Live, room: string): Promise<boolean> => {
		const locks = deps.locks ?? globalThis.navigator?.locks;
		if (locks === undefined) return true;
		const name = `gavel-share:${room}`;
		const held = new Promise<void>((resolve) => (entry.release = resolve));
		const take = (ifAvailable: boolean) =>
			new Promise<boolean>((resolve) => {
				void locks.request(name, { ifAvailable }, (lock) => {
					resolve(lock !== null);
					return lock === null ? undefined : held;
				});
			});
		if (await take(true)) return true;
		set({ status: { state: 'elsewhere' } });
		// Waits; a stopped entry's release ends the wait's hold at once.
		await take(false);
		return live === entry;
	};

	// A meeting shared when the panel last had it open is shared again as it opens (the chair turned it on, and has not turned it off).
	let opened: string | undefined;
	const follow = () => {
		const id = deps.session.meeting()?.id;
		if (id === opened) return;
		opened = id;
		if (id === undefined || live !== undefined) return;
		void shares.get(id).then(async (record) => {
			const invitation = record?.active === true ? readInvitation(record.invitation) : undefined;
			if (invitation?.ok !== true || live !== undefined || deps.session.meeting()?.id !== id) return;
			await start(invitation.invitation, record?.reference === true, shownName(await name()), id);
		}).catch(() => undefined);
	};
	deps.session.subscribe(follow);
	follow();

	const name = async () => (await deps.meta.get<string>(NAME_KEY).catch(() => undefined)) ?? '';
	const named = (text: string) => {
		void deps.meta.set(NAME_KEY, text.trim()).catch(() => undefined);
		return shownName(text);
	};

	return {
		state: () => state,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		name,
		async share(relayText, who) {
			const meeting = deps.session.meeting();
			if (meeting === undefined) return 'open the meeting to share first';
			const relay = checkRelay(relayText);
			if (!relay.ok) return relay.message;
			await start(newInvitation(relay.relay, deps.random ?? ((bytes) => crypto.getRandomValues(bytes))), true, named(who), meeting.id);
			return undefined;
		},
		async join(text, who) {
			const read = readInvitation(text);
			if (!read.ok) return read.message;
			await start(read.invitation, false, named(who));
			return undefined;
		},
		async stop() {
			const meetingId = live?.meetingId;
			stopLive();
			state = idle;
			set({});
			if (meetingId !== undefined) await shares.update(meetingId, { active: false }).catch(() => undefined);
		},
		close: stopLive,
	};
}
