// How panels and the background tell each other about new events: one BroadcastChannel, one
// message shape, checked the same way on every side (anything else on the channel is ignored).

import type { MeetingEvent } from './events.ts';
import { checkEventShape } from './validate.ts';

export const CHANNEL = 'gavel';

export interface EventsMessage {
	kind: 'gavel-events';
	events: MeetingEvent[];
}

export function eventsMessage(events: MeetingEvent[]): EventsMessage {
	return { kind: 'gavel-events', events };
}

/** Only Gavel's own pages can post on the channel (it is per origin), but a panel of another
 * Gavel version may be open during an update: every event is checked before it is folded in. */
export function isEventsMessage(data: unknown): data is EventsMessage {
	if (typeof data !== 'object' || data === null || (data as EventsMessage).kind !== 'gavel-events') return false;
	const { events } = data as EventsMessage;
	return Array.isArray(events) && events.every((e, i) => checkEventShape(e, `events[${i}]`) === undefined);
}
