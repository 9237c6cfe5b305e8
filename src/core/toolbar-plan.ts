// What the toolbar and the alarms should say about a meeting at `now`: pure, so it is tested
// with fixed times. The panel applies it the moment the clock changes (the background may be
// asleep, and a panel's message does not wake it); the background applies it again when an alarm
// wakes it. Alarms fire at most every 30 s in a packed extension (platform.md §1.6), so the badge
// is refreshed by a periodic alarm, and the notifications are alarms at exact instants computed
// from the stored timeline.

import { count } from './plural.ts';
import { scheduledEnd } from './schedule.ts';
import { timing } from './timing.ts';
import type { Meeting } from './types.ts';

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

export interface Alert {
	title: string;
	message: string;
}

// Green while there is time, red once over: the panel's colours for the same states, and
// neither is the icon's blue, which the badge sits on (white text on them 5.1:1 and 5.6:1).
export const COLORS = { running: '#2e7d32', over: '#c62828' };

const ITEM_END = 'item-end:';
const MEETING_END = 'meeting-end';
/** How early an alarm may fire and still be on time (the browser rounds its instants). */
const EARLY_MS = 1_000;

export function plan(meeting: Meeting | undefined, now: number): Plan {
	const none: Plan = { badge: undefined, alarms: {}, ticking: false };
	if (meeting === undefined) return none;
	const t = timing(meeting, now);
	if (t.status !== 'running' && t.status !== 'paused') return none;
	const alarms: Record<string, number> = {};
	const end = scheduledEnd(meeting);
	if (end !== undefined && end > now) alarms[MEETING_END] = end;
	const item = meeting.items.find((i) => i.id === t.currentItemId);
	const it = t.items.find((i) => i.itemId === t.currentItemId);
	if (item === undefined || it === undefined || it.budgetMs === undefined) return { badge: undefined, alarms, ticking: false };
	const title = `${item.title}: ${Math.floor(it.elapsedMs / 60_000)} of ${item.budget} min`;
	if (t.status === 'running' && it.overrunMs === 0) alarms[ITEM_END + item.id] = now + (it.remainingMs ?? 0);
	const over = it.overrunMs > 0;
	const minutes = over ? Math.ceil(it.overrunMs / 60_000) : Math.ceil((it.remainingMs ?? 0) / 60_000);
	return {
		badge: { text: over ? `+${minutes}` : `${minutes}`, color: over ? COLORS.over : COLORS.running, title: t.status === 'paused' ? `${title} (paused)` : title },
		alarms,
		ticking: t.status === 'running',
	};
}

/**
 * What to tell the chair when the alarm `name` fires at `now`, read from the meeting as it is
 * then: nothing if the alarm no longer holds (the item was left, paused or given more time
 * since it was set, by a panel whose plan the background had not seen), so a stale alarm
 * never notifies.
 */
export function alertFor(name: string, meeting: Meeting | undefined, now: number): Alert | undefined {
	if (meeting === undefined) return undefined;
	const t = timing(meeting, now);
	if (t.status !== 'running' && t.status !== 'paused') return undefined;
	if (name.startsWith(ITEM_END)) {
		const item = meeting.items.find((i) => ITEM_END + i.id === name);
		const it = t.items.find((i) => i.itemId === item?.id);
		if (item === undefined || it?.remainingMs === undefined || t.status !== 'running' || it.phase !== 'current' || it.remainingMs > EARLY_MS) return undefined;
		return { title: `Time is up: ${item.title}`, message: `${count(item.budget ?? 0, 'minute')} planned. Move on, or give it more time.` };
	}
	const end = scheduledEnd(meeting);
	if (name === MEETING_END && end !== undefined && end - now <= EARLY_MS) {
		return { title: `${meeting.title}: time to close`, message: 'The meeting is due to end now. Publish the minutes from Gavel.' };
	}
	return undefined;
}
