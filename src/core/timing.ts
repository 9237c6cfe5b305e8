// Clocks from timestamps, never from ticks: a throttled panel, a closed window or a restarted
// service worker cannot make them drift, because every figure is recomputed from the timeline.

import type { Meeting, TimerMark } from './types.ts';

const MINUTE = 60_000;

export type ItemPhase = 'pending' | 'current' | 'done';

export interface ItemTiming {
	itemId: string;
	phase: ItemPhase;
	elapsedMs: number;
	budgetMs: number | undefined;
	/** Budget left, never below zero; undefined without a budget. */
	remainingMs: number | undefined;
	/** Time spent past the budget; zero while within it. */
	overrunMs: number;
}

export interface MeetingTiming {
	status: 'not-started' | 'running' | 'paused' | 'ended';
	currentItemId: string | undefined;
	startedAt: number | undefined;
	endedAt: number | undefined;
	/** Wall-clock time since the meeting started (pauses stop items, not the call). */
	elapsedMs: number;
	plannedMs: number;
	/** Budget still ahead: what is left of the current item plus every item not yet started (and not deferred). */
	remainingBudgetMs: number;
	/** When the meeting will end if the rest keeps to its budget. */
	projectedEnd: number | undefined;
	items: ItemTiming[];
}

interface Walk {
	status: MeetingTiming['status'];
	current: string | undefined;
	since: number;
	startedAt: number | undefined;
	endedAt: number | undefined;
	elapsed: Map<string, number>;
}

export function timing(meeting: Meeting, now: number): MeetingTiming {
	const walk = walkTimeline(meeting, now);
	const items = meeting.items.map((item): ItemTiming => {
		const elapsedMs = walk.elapsed.get(item.id) ?? 0;
		const budgetMs = item.budget === undefined ? undefined : item.budget * MINUTE;
		const phase: ItemPhase = item.id === walk.current && walk.status !== 'ended' ? 'current' : walk.elapsed.has(item.id) ? 'done' : 'pending';
		return {
			itemId: item.id,
			phase,
			elapsedMs,
			budgetMs,
			remainingMs: budgetMs === undefined ? undefined : Math.max(0, budgetMs - elapsedMs),
			overrunMs: budgetMs === undefined ? 0 : Math.max(0, elapsedMs - budgetMs),
		};
	});
	const plannedMs = items.reduce((sum, i) => sum + (i.budgetMs ?? 0), 0);
	// An item not started that is to be carried over (deferred) takes no time in this meeting.
	const remainingBudgetMs = items.reduce(
		(sum, i, n) => sum + (i.phase === 'pending' ? (meeting.items[n]?.carryOver === true ? 0 : (i.budgetMs ?? 0)) : i.phase === 'current' ? (i.remainingMs ?? 0) : 0),
		0,
	);
	const endOfWall = walk.endedAt ?? now;
	return {
		status: walk.status,
		currentItemId: walk.status === 'ended' ? undefined : walk.current,
		startedAt: walk.startedAt,
		endedAt: walk.endedAt,
		elapsedMs: walk.startedAt === undefined ? 0 : Math.max(0, endOfWall - walk.startedAt),
		plannedMs,
		remainingBudgetMs,
		projectedEnd: walk.endedAt ?? (walk.startedAt === undefined ? undefined : now + remainingBudgetMs),
		items,
	};
}

function walkTimeline(meeting: Meeting, now: number): Walk {
	const walk: Walk = { status: 'not-started', current: undefined, since: 0, startedAt: undefined, endedAt: undefined, elapsed: new Map() };
	const marks = [...meeting.timeline].sort((a, b) => a.at - b.at);
	for (const mark of marks) step(walk, mark, meeting);
	if (walk.status === 'running') bank(walk, now);
	return walk;
}

/** Adds the running stretch up to `at` to the current item. */
function bank(walk: Walk, at: number): void {
	if (walk.current !== undefined) walk.elapsed.set(walk.current, (walk.elapsed.get(walk.current) ?? 0) + Math.max(0, at - walk.since));
	walk.since = at;
}

function enter(walk: Walk, itemId: string | undefined, at: number): void {
	walk.current = itemId;
	walk.since = at;
	if (itemId !== undefined && !walk.elapsed.has(itemId)) walk.elapsed.set(itemId, 0);
}

function step(walk: Walk, mark: TimerMark, meeting: Meeting): void {
	if (walk.status === 'ended') return;
	if (walk.status === 'running') bank(walk, mark.at);
	switch (mark.type) {
		case 'meeting.started':
			if (walk.status !== 'not-started') return;
			walk.startedAt = mark.at;
			walk.status = 'running';
			enter(walk, mark.itemId ?? meeting.items[0]?.id, mark.at);
			return;
		case 'item.started':
			walk.startedAt ??= mark.at;
			walk.status = 'running';
			enter(walk, mark.itemId, mark.at);
			return;
		case 'item.next': {
			if (walk.status === 'not-started') return;
			// A Next names the item it leaves: pressed on two machines at once, the second finds that
			// item left already and moves nothing, on every machine alike. (One with no name, written
			// before Next named it, moves on as it did.)
			if (mark.itemId !== undefined && mark.itemId !== walk.current) return;
			const index = meeting.items.findIndex((i) => i.id === walk.current);
			enter(walk, index < 0 ? undefined : meeting.items[index + 1]?.id, mark.at);
			return;
		}
		case 'timer.paused':
			if (walk.status === 'running') walk.status = 'paused';
			return;
		case 'timer.resumed':
			if (walk.status === 'paused') {
				walk.status = 'running';
				walk.since = mark.at;
			}
			return;
		case 'meeting.ended':
			if (walk.status === 'not-started') return;
			walk.endedAt = mark.at;
			walk.status = 'ended';
			return;
	}
}
