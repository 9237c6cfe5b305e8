// A meeting series ("MirageOS weekly call"): what every meeting of it shares, and how the next
// one is made from it and from the meetings before: the next date from the cadence, the roster,
// a first item reviewing every open action (who owns it, which meeting gave it), the items the
// last meeting carried over, then the recurring ones. Pure: time and ids come in.

import { nextOccurrence, type Cadence } from './cadence.ts';
import { createItem, createMeeting } from './meeting.ts';
import { rosterName, type Person } from './roster.ts';
import type { HouseStyle } from './house-style.ts';
import type { Action, ActionOrigin, AgendaItem, Author, Link, Meeting } from './types.ts';

export { rosterName, type Person };

export interface Series {
	id: string;
	name: string;
	/** The title of each meeting; "{date}" becomes its date. */
	title: string;
	author?: Author;
	/** The export profile its minutes are published in, and that profile's options. */
	profile: string;
	/** The site's house style, learned from one of its published minutes files: the `learned` profile writes in it. */
	style?: HouseStyle;
	options?: SeriesOptions;
	cadence: Cadence;
	roster: Person[];
	/** Items every meeting has, with their budgets. */
	recurring: Array<{ title: string; budget?: number }>;
	/** Links every meeting's minutes carry (the mailing list, the agenda page). */
	links: Link[];
}

export interface SeriesOptions {
	/** mirage-www: an Actions list after the notes, beside its inline records. */
	actionsList?: boolean;
	/** Planned against actual minutes per item, in the minutes (plain) and the series view. */
	timingTable?: boolean;
}

export const REVIEW_TITLE = 'Review of previous actions';

/** An open action of the series and the meeting that first gave it. */
export interface OpenAction {
	action: Action;
	origin: ActionOrigin;
}

/**
 * Every action of the series still open: an action carried into later meetings is one action,
 * whose state is that of its latest copy (closing it in a later meeting closes it).
 */
export function openActions(meetings: readonly Meeting[]): OpenAction[] {
	const latest = new Map<string, { action: Action; origin: ActionOrigin; date: string }>();
	for (const meeting of [...meetings].sort((a, b) => a.date.localeCompare(b.date))) {
		for (const item of meeting.items) {
			for (const action of item.actions) {
				const origin = action.carriedFrom ?? { meetingId: meeting.id, date: meeting.date, actionId: action.id };
				const key = `${origin.meetingId}/${origin.actionId}`;
				const seen = latest.get(key);
				if (seen === undefined || seen.date <= meeting.date) latest.set(key, { action, origin, date: meeting.date });
			}
		}
	}
	return [...latest.values()].filter((a) => a.action.status === 'open').map(({ action, origin }) => ({ action, origin }));
}

/** The series' next meeting after `now`, made from the meetings it already had. */
export function nextMeeting(series: Series, history: readonly Meeting[], now: number, newId: () => string): Meeting | undefined {
	const when = nextOccurrence(series.cadence, now);
	if (when === undefined) return undefined;
	const following = nextOccurrence(series.cadence, when.start);
	const review = createItem({
		id: newId(),
		title: REVIEW_TITLE,
		budget: 5,
		actions: openActions(history).map(({ action, origin }) => ({ id: newId(), owner: rosterName(series, action.owner) ?? action.owner, text: action.text, status: 'open', carriedFrom: origin, ...(action.due === undefined ? {} : { due: action.due }) })),
	});
	const last = [...history].sort((a, b) => b.date.localeCompare(a.date))[0];
	const carried = (last?.items ?? []).filter((i) => i.carryOver === true).map((i) => fresh(i, newId));
	const taken = new Set([review, ...carried].map((i) => i.title.toLowerCase()));
	const recurring = series.recurring.filter((r) => !taken.has(r.title.toLowerCase())).map((r) => createItem({ id: newId(), title: r.title, ...(r.budget === undefined ? {} : { budget: r.budget }) }));
	return createMeeting({
		id: newId(),
		series: series.id,
		title: series.title.replace('{date}', when.date),
		date: when.date,
		startTime: series.cadence.time,
		timeZone: series.cadence.timeZone,
		...(series.author === undefined ? {} : { author: series.author }),
		...(following === undefined ? {} : { nextCall: following.date }),
		// Expected, not present: who came is what the chair marks at the call.
		attendees: series.roster.map((p) => ({ id: newId(), name: p.name, presence: 'expected' as const })),
		items: [review, ...carried, ...recurring],
		links: series.links.map((l) => ({ ...l })),
		// A weekly call usually keeps its address.
		...(last?.callUrl === undefined ? {} : { callUrl: last.callUrl }),
		draft: true,
	});
}

/**
 * A weekly series made from one of its meetings, to adjust after: named like the meeting without
 * its date, meeting on that weekday at its time, with its people as the roster and its standing
 * links. No recurring items: a weekly call's agenda is new each week. Of the MirageOS corpus's
 * 51 calls, only AoB (which every meeting has anyway) is in most; the next, "Quality and Test", is
 * in 14, for a stretch of 2015. So the chair names the few that recur (repeatedTopics offers them).
 */
export function seriesFromMeeting(meeting: Meeting, id: string, hostZone: string): Series {
	const named = meeting.title.replace(meeting.date, '').replace(/[\s:–—-]+$/, '').replace(/^[\s:–—-]+/, '').trim();
	const day = new Date(`${meeting.date}T12:00:00Z`).getUTCDay();
	return {
		id,
		name: named === '' ? 'Weekly call' : named,
		title: meeting.title.includes(meeting.date) ? meeting.title.replace(meeting.date, '{date}') : `${meeting.title || 'Meeting'} {date}`,
		...(meeting.author === undefined ? {} : { author: { ...meeting.author } }),
		profile: 'mirage-www',
		cadence: { everyWeeks: 1, weekday: day === 0 ? 7 : day, time: meeting.startTime ?? '09:00', timeZone: meeting.timeZone ?? hostZone, anchor: meeting.date },
		roster: meeting.attendees.map((a) => ({ name: a.name, aliases: a.handle === undefined ? [] : [a.handle] })),
		recurring: [],
		links: meeting.links.map((l) => ({ ...l })),
	};
}

/**
 * Items of the series' latest meetings that came back (in at least `min` of the last `window`) and
 * are not recurring yet: what the chair may want on every agenda. Titles compare without case.
 */
export function repeatedTopics(series: Series, history: readonly Meeting[], window = 4, min = 2): string[] {
	const recent = [...history].sort((a, b) => b.date.localeCompare(a.date)).slice(0, window);
	const seen = new Map<string, { title: string; count: number }>();
	for (const meeting of recent) {
		for (const key of new Set(meeting.items.filter((i) => i.title.trim() !== '' && i.title !== REVIEW_TITLE).map((i) => i.title.trim().toLowerCase()))) {
			const title = meeting.items.find((i) => i.title.trim().toLowerCase() === key)?.title.trim() ?? key;
			const entry = seen.get(key);
			seen.set(key, { title: entry?.title ?? title, count: (entry?.count ?? 0) + 1 });
		}
	}
	const recurring = new Set(series.recurring.map((r) => r.title.trim().toLowerCase()));
	return [...seen].filter(([key, { count }]) => count >= min && !recurring.has(key)).map(([, { title }]) => title);
}

/** An item carried over: its title, budget and sub-items, none of what was said. */
function fresh(item: AgendaItem, newId: () => string): AgendaItem {
	return createItem({ id: newId(), title: item.title, subItems: [...item.subItems], ...(item.budget === undefined ? {} : { budget: item.budget }) });
}
