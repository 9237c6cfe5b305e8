// When the meeting will run late: the items to put off to the next meeting so that it does not,
// the lowest on the agenda first (a chair orders by importance), and the item "Next" goes to
// once some are put off. Pure: the timing comes in.

import type { MeetingTiming } from './timing.ts';
import type { Meeting } from './types.ts';

/** The fewest items from the bottom of the agenda, not started nor deferred yet, whose budgets make up `lateMs` (all of them when they cannot). */
export function itemsToDefer(meeting: Meeting, t: MeetingTiming, lateMs: number): string[] {
	const chosen: string[] = [];
	let saved = 0;
	for (let n = meeting.items.length - 1; n >= 0 && saved < lateMs; n--) {
		const item = meeting.items[n];
		const it = t.items[n];
		if (item === undefined || it === undefined || it.phase !== 'pending' || item.carryOver === true || it.budgetMs === undefined || it.budgetMs === 0) continue;
		chosen.push(item.id);
		saved += it.budgetMs;
	}
	return chosen.reverse();
}

/** The item after `currentId` that is still to be taken up: deferred ones are passed over. */
export function nextItemId(meeting: Meeting, currentId: string | undefined): string | undefined {
	const index = meeting.items.findIndex((i) => i.id === currentId);
	return meeting.items.slice(index + 1).find((i) => i.carryOver !== true)?.id;
}
