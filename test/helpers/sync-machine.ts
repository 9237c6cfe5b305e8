// One machine in a shared meeting, for tests over a real relay: a sync session on Node's `ws`,
// with everything it is told kept in `seen`. Stopped by the test's cleanup.
import WebSocket from 'ws';
import type { MeetingEvent } from '../../src/core/events.ts';
import type { Invitation } from '../../src/sync/invitation.ts';
import { startSync, type Presence, type SyncSessionOptions, type SyncStatus } from '../../src/sync/sync-session.ts';

export const SYNC_MEETING = 'weekly-2026-11-25';

export async function syncMachine(invitation: Invitation, cleanup: Array<() => unknown>, kept: Partial<Pick<SyncSessionOptions, 'state' | 'known' | 'reference' | 'now' | 'unreachableMs'>> = {}) {
	const seen = { events: [] as MeetingEvent[], statuses: [] as SyncStatus[], others: [] as Presence[], problems: [] as string[], updates: [] as Uint8Array[] };
	const session = await startSync({
		invitation,
		...kept,
		meetingId: SYNC_MEETING,
		WebSocket: WebSocket as never,
		onUpdate: (u) => seen.updates.push(u),
		onEvents: (e) => seen.events.push(...e),
		onStatus: (s) => seen.statuses.push(s),
		onPresence: (o) => (seen.others = o),
		onProblem: (m) => seen.problems.push(m),
	});
	cleanup.push(() => session.stop());
	return { session, seen };
}
