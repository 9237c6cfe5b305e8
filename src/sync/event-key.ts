// Where an event stands in a shared meeting: its writer and that writer's number, which no other event has.
import type { MeetingEvent } from '../core/events.ts';

export const eventKey = (event: Pick<MeetingEvent, 'writer' | 'seq'>): string => `${event.writer}:${event.seq}`;
