// Events from outside Gavel's own code (a backup, a closed panel's copy) are checked before they
// reach a journal: every event Gavel makes passes, and one that would break a meeting does not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../src/core/events.ts';
import { journalWriter } from '../../../src/core/meeting.ts';
import { checkEventShape } from '../../../src/core/validate.ts';
import { sampleJournal } from '../../fixtures/sample-meeting.ts';
import { meetingArb } from '../../helpers/arbitraries.ts';
import { fcParams } from '../../helpers/fc-params.ts';

const events = sampleJournal();
const created = events[0] as MeetingEvent;

describe('checkEventShape', () => {
	it('passes every event of a real journal, and any meeting Gavel can make', () => {
		expect(events.map((e, i) => checkEventShape(e, `events[${i}]`)).filter(Boolean)).toEqual([]);
		fc.assert(fc.property(meetingArb, (meeting) => {
			const event = journalWriter(meeting.id, 'w')({ type: 'meeting.created', meeting }, 1);
			expect(checkEventShape(JSON.parse(JSON.stringify(event)), 'e')).toBeUndefined();
		}), fcParams(100));
	});

	it.each([
		[{ ...created, at: '5' }, 'e.at: expected a number'],
		[{ ...created, type: 'meeting.burnt' }, 'e.type: expected one of'],
		[{ ...created, meetingId: 'another' }, "e.meeting.id: not the event's meeting"],
		[{ meetingId: 'm', at: 1, writer: 'w', seq: 1, type: 'item.updated', itemId: 'i', patch: { title: 5 } }, 'e.patch.title: expected text'],
		[{ meetingId: 'm', at: 1, writer: 'w', seq: 1, type: 'item.updated', itemId: 'i', patch: { __proto__x: 1, id: 'x' } }, 'e.patch.__proto__x: not a field that can change'],
		[{ meetingId: 'm', at: 1, writer: 'w', seq: 1, type: 'meeting.updated', patch: { date: '../../x' } }, 'e.patch.date: expected a date'],
		[{ meetingId: 'm', at: 1, writer: 'w', seq: 1, type: 'attendee.added', attendee: { id: 'a', name: 'x', presence: 'maybe' } }, 'e.attendee.presence: expected one of'],
		[null, 'e: expected an object'],
	])('refuses %j: %s', (value, message) => {
		expect(checkEventShape(value, 'e')).toContain(message);
	});

	it('never throws, whatever it is given', () => {
		fc.assert(fc.property(fc.anything(), (value) => {
			expect(() => checkEventShape(value, 'e')).not.toThrow();
		}), fcParams(1_000));
	});
});
