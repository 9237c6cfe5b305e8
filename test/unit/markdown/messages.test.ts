// The mailing-list messages a chair sends each week, from the series: exact text, because it is
// pasted into a mail as it is.
import { describe, expect, it } from 'vitest';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import type { Series } from '../../../src/core/series.ts';
import { agendaMessage, callForAgendaItems } from '../../../src/markdown/messages.ts';

const series: Series = {
	id: 's',
	name: 'MirageOS weekly call',
	title: 'Weekly Meeting: {date}',
	author: { name: 'Amir Chaudhry' },
	profile: 'mirage-www',
	cadence: { everyWeeks: 1, weekday: 3, time: '16:00', timeZone: 'Europe/London', anchor: '2026-11-25' },
	roster: [],
	recurring: [],
	links: [{ id: 'call-agenda', url: 'https://github.com/mirage/mirage-www/wiki/Call-Agenda' }],
};

describe('mailing-list messages', () => {
	it('calls for agenda items, reminding owners of their open actions, oldest meeting named', () => {
		const open = [
			{ action: { id: 'a', owner: 'Richard Mortier', text: 'write the post', status: 'open' as const, due: '2026-12-01' }, origin: { meetingId: 'm1', date: '2026-11-18', actionId: 'a' } },
			{ action: { id: 'b', owner: 'Anil Madhavapeddy', text: 'tag 4.2', status: 'open' as const }, origin: { meetingId: 'm2', date: '2026-11-25', actionId: 'b' } },
		];
		expect(callForAgendaItems(series, '2026-12-02', open, 'https://meet.jit.si/MirageWeekly')).toEqual({
			subject: '[MirageOS weekly call] Call for agenda items: Wednesday, 2nd December 2026',
			body: [
				'Hello all,',
				'',
				'The next MirageOS weekly call is on Wednesday, 2nd December 2026 at 16:00 (Europe/London).',
				'Join the call at https://meet.jit.si/MirageWeekly',
				'Please add to https://github.com/mirage/mirage-www/wiki/Call-Agenda, or reply to this message with, any items you would like to discuss.',
				'',
				'Actions still open:',
				'- Anil Madhavapeddy: tag 4.2 (from Wednesday, 25th November 2026)',
				'- Richard Mortier: write the post (due Tuesday, 1st December 2026) (from Wednesday, 18th November 2026)',
				'',
				'Thanks,',
				'Amir Chaudhry',
			].join('\n'),
		});
	});

	it('without an agenda page or open actions, asks for replies and says no more', () => {
		const { author: _author, ...bare } = { ...series, links: [] };
		expect(callForAgendaItems(bare, '2026-12-02', []).body).toBe('Hello all,\n\nThe next MirageOS weekly call is on Wednesday, 2nd December 2026 at 16:00 (Europe/London).\nReply to this message with any items you would like to discuss.');
	});

	it('lists the agenda with budgets, sub-items and the actions up for review, and the planned total', () => {
		const meeting = {
			...createMeeting({ id: 'm', title: 'Weekly Meeting: 2026-12-02', date: '2026-12-02', startTime: '16:00', callUrl: 'https://meet.jit.si/MirageWeekly' }),
			items: [
				{ ...createItem({ id: 'r', title: 'Review of previous actions', budget: 5 }), actions: [{ id: 'x', owner: 'Anil Madhavapeddy', text: 'tag 4.2', status: 'open' as const, carriedFrom: { meetingId: 'm2', date: '2026-11-25', actionId: 'b' } }] },
				createItem({ id: 'a', title: 'Release 4.2', budget: 15, subItems: ['CI failures'] }),
				createItem({ id: 'b', title: 'Unicode in notes', owner: 'David Scott' }),
				createItem({ id: 'c', title: 'Raised on the day', unplanned: true }),
			],
		};
		expect(agendaMessage(series, meeting)).toEqual({
			subject: '[MirageOS weekly call] Agenda for Wednesday, 2nd December 2026',
			body: [
				'Hello all,',
				'',
				'The agenda for the MirageOS weekly call on Wednesday, 2nd December 2026 at 16:00 (Europe/London):',
				'Join the call at https://meet.jit.si/MirageWeekly',
				'',
				'1. Review of previous actions (5 min)',
				'   - Anil Madhavapeddy: tag 4.2',
				'2. Release 4.2 (15 min)',
				'   - CI failures',
				'3. David Scott: Unicode in notes',
				'',
				'20 minutes planned.',
				'Anything missing? Add it to https://github.com/mirage/mirage-www/wiki/Call-Agenda or reply here.',
				'',
				'Thanks,',
				'Amir Chaudhry',
			].join('\n'),
		});
	});

	it('says a single minute in the singular', () => {
		const meeting = { ...createMeeting({ id: 'm', title: 'Weekly Meeting: 2026-12-02', date: '2026-12-02', startTime: '16:00' }), items: [createItem({ id: 'a', title: 'Quick check', budget: 1 })] };
		expect(agendaMessage(series, meeting).body).toContain('\n1 minute planned.\n');
	});
});
