// How panels and the background tell each other about new events: one BroadcastChannel, one
// message shape, checked the same way on every side (anything else on the channel is ignored).

import type { MeetingEvent } from './events.ts';

export const CHANNEL = 'gavel';

export interface EventsMessage {
	kind: 'gavel-events';
	events: MeetingEvent[];
}

export function eventsMessage(events: MeetingEvent[]): EventsMessage {
	return { kind: 'gavel-events', events };
}

export function isEventsMessage(data: unknown): data is EventsMessage {
	return typeof data === 'object' && data !== null && (data as EventsMessage).kind === 'gavel-events' && Array.isArray((data as EventsMessage).events);
}
