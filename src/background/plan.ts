// What the toolbar and the alarms should say about a meeting at `now`: pure, so it is tested
// with fixed times; the background applies it. Alarms fire at most every 30 s in a packed
// extension (platform.md §1.6), so the badge is refreshed by a periodic alarm, and the
// notifications are alarms at exact instants computed from the stored timeline.

import { timing } from '../core/timing.ts';
import { scheduledEnd } from '../core/schedule.ts';
import type { Meeting } from '../core/types.ts';

export interface Badge {
	text: string;
	color: string;
	title: string;
}

export interface Plan {
	badge: Badge | undefined;
	/** Alarms to hold, by name, at an instant (ms); any other alarm of Gavel's is cleared. */
	alarms: Record<string, number>;
	/** Whether the badge needs refreshing while this holds (a clock is running). */
	ticking: boolean;
}

// Green while there is time, red once over: the panel's colours for the same states, and
// neither is the icon's blue, which the badge sits on (white text on them 5.1:1 and 5.6:1).
export const COLORS = { running: '#2e7d32', over: '#c62828' };

export function plan(meeting: Meeting | undefined, now: number): Plan {
	const none: Plan = { badge: undefined, alarms: {}, ticking: false };
	if (meeting === undefined) return none;
	const t = timing(meeting, now);
	if (t.status !== 'running' && t.status !== 'paused') return none;
	const alarms: Record<string, number> = {};
	const end = scheduledEnd(meeting);
	if (end !== undefined && end > now) alarms['meeting-end'] = end;
	const item = meeting.items.find((i) => i.id === t.currentItemId);
	const it = t.items.find((i) => i.itemId === t.currentItemId);
	if (item === undefined || it === undefined || it.budgetMs === undefined) return { badge: undefined, alarms, ticking: false };
	const title = `${item.title}: ${Math.floor(it.elapsedMs / 60_000)} of ${item.budget} min`;
	if (t.status === 'running' && it.overrunMs === 0) alarms[`item-end:${item.id}`] = now + (it.remainingMs ?? 0);
	const over = it.overrunMs > 0;
	const minutes = over ? Math.ceil(it.overrunMs / 60_000) : Math.ceil((it.remainingMs ?? 0) / 60_000);
	return {
		badge: { text: over ? `+${minutes}` : `${minutes}`, color: over ? COLORS.over : COLORS.running, title: t.status === 'paused' ? `${title} (paused)` : title },
		alarms,
		ticking: t.status === 'running',
	};
}
