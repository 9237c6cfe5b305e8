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

/** A message that says it holds Gavel's events; check-message.ts checks that it does. */
export function looksLikeEvents(data: unknown): boolean {
	return typeof data === 'object' && data !== null && (data as EventsMessage).kind === 'gavel-events';
}
