// The toolbar badge and the alarms follow the clock from the panel that moved it. The browser stops
// an idle background (30 s in Chrome, Firefox's event page likewise), and a BroadcastChannel message
// does not wake it. A runtime message would, but the woken background would then have to read the
// meeting back from IndexedDB, racing the panel's own write of the event, after a process start
// that a busy machine makes slow; the panel has the meeting in memory, and any extension page may
// set the badge and the alarms. The alarms then wake the background at the right instants.
import { TIMER_EVENTS, type MeetingEvent } from '../../core/events.ts';
import { affectsClock } from '../../core/affects-clock.ts';
import type { Plan } from '../../core/toolbar-plan.ts';
import type { Meeting } from '../../core/types.ts';
import { ACTIVE_MEETING, type MetaStore } from '../../storage/meta-store.ts';

export interface ClockAlertsDeps {
	/** The open meeting, as it is now. */
	meeting(): Meeting | undefined;
	now(): number;
	meta: MetaStore;
	apply(plan: Plan): Promise<void>;
	/** How long an edit that only might move an alarm (a budget or title being typed) waits for the next. */
	settleMs?: number;
}

/**
 * Returns what the session calls with each batch of events it folds into the open meeting. A
 * clock event makes that meeting the one the toolbar follows and applies its plan at once; an
 * edit that can change the plan (a budget, a title) applies it after typing settles, and only
 * for the meeting the toolbar follows. Applications run one at a time, each with the meeting as
 * it is when it starts, so an older plan never lands after a newer one.
 */
export function clockAlerts(deps: ClockAlertsDeps): (events: readonly MeetingEvent[]) => void {
	let queue = Promise.resolve();
	let settling: ReturnType<typeof setTimeout> | undefined;
	const run = (step: () => Promise<void>) => {
		queue = queue.then(step).catch((error: unknown) => console.error('Gavel: could not update the toolbar', error));
	};
	// The meeting is taken as the events leave it; the time, when the plan is applied. The plan's
	// code is fetched the first time the clock moves, not with the panel.
	const apply = async (meeting: Meeting | undefined) => {
		const { plan } = await import('../../core/toolbar-plan.ts');
		await deps.apply(plan(meeting, deps.now()));
	};
	return (events) => {
		const meeting = deps.meeting();
		const meetingId = events[0]?.meetingId;
		if (meetingId === undefined || meeting?.id !== meetingId || !events.some(affectsClock)) return;
		clearTimeout(settling);
		if (events.some((e) => TIMER_EVENTS.has(e.type))) {
			run(() => Promise.all([deps.meta.set(ACTIVE_MEETING, meetingId), apply(meeting)]).then(() => undefined));
			return;
		}
		settling = setTimeout(() => {
			const settled = deps.meeting();
			if (settled?.id !== meetingId) return;
			run(async () => {
				if ((await deps.meta.get<string>(ACTIVE_MEETING)) === meetingId) await apply(settled);
			});
		}, deps.settleMs ?? 300);
	};
}
