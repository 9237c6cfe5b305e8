// Which events can move the toolbar's badge or an alarm (core/toolbar-plan.ts works out what
// they show): asked of every event the panel folds, so it is apart from the plan, which the panel
// loads only when one of them comes.
import { TIMER_EVENTS, type MeetingEvent } from './events.ts';

/** Whether an event can change what the badge shows or when an alarm is due. */
export function affectsClock(event: MeetingEvent): boolean {
	if (event.type === 'item.updated') return 'budget' in event.patch || 'title' in event.patch;
	if (event.type === 'meeting.updated') return 'startTime' in event.patch || 'timeZone' in event.patch || 'date' in event.patch || 'title' in event.patch;
	return TIMER_EVENTS.has(event.type) || event.type.startsWith('item.') || event.type === 'meeting.created';
}
