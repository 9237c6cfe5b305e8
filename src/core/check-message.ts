// Only Gavel's own pages can post on the channel (it is per origin), but a panel of another Gavel
// version may be open during an update: every event is checked before it is folded in. Apart from
// broadcast.ts so that a panel loads the validator only when another panel first speaks.

import { looksLikeEvents, type EventsMessage } from './broadcast.ts';
import { checkEventShape } from './validate.ts';

export function isEventsMessage(data: unknown): data is EventsMessage {
	if (!looksLikeEvents(data)) return false;
	const { events } = data as EventsMessage;
	return Array.isArray(events) && events.every((e, i) => checkEventShape(e, `events[${i}]`) === undefined);
}
