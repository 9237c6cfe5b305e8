// The next meeting of a series: its date from the cadence, the roster, every open action up
// for review with where it came from, the items carried over, the recurring ones; and an action
// closed in a later meeting stays closed.
import { describe, expect, it } from 'vitest';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import { nextMeeting, openActions, REVIEW_TITLE, rosterName, seriesFromMeeting, repeatedTopics, type Series } from '../../../src/core/series.ts';
import type { Meeting } from '../../../src/core/types.ts';

const series: Series = {
	id: 'mirage-weekly',
	name: 'MirageOS weekly call',
	title: 'Weekly Meeting: {date}',
	author: { name: 'Amir Chaudhry', uri: 'http://amirchaudhry.com' },
	profile: 'mirage-www',
	cadence: { everyWeeks: 1, weekday: 3, time: '16:00', timeZone: 'Europe/London', anchor: '2026-11-25' },
	roster: [
		{ name: 'Anil Madhavapeddy', aliases: ['Anil', '@avsm'] },
		{ name: 'Richard Mortier', aliases: ['mort'] },
	],
	recurring: [{ title: 'Release status', budget: 10 }, { title: 'AoB' }],
	links: [{ id: 'mir-mail', url: 'http://lists.xenproject.org/mailman/listinfo/mirageos-devel' }],
};
let n = 0;
const newId = () => `id${++n}`;

const first: Meeting = {
	...createMeeting({ id: 'w1', title: 'Weekly Meeting: 2026-11-25', date: '2026-11-25' }),
	items: [
		{ ...createItem({ id: 'r', title: 'Release status' }), actions: [{ id: 'a1', owner: 'avsm', text: 'tag 4.2', status: 'open' }, { id: 'a2', owner: 'mort', text: 'write the post', status: 'done' }] },
		{ ...createItem({ id: 'h', title: 'Hackathon', budget: 15, subItems: ['dates'] }), notes: 'Not reached.', carryOver: true },
	],
};

describe('series', () => {
	it('makes the next meeting: date, roster, review of open actions, carried and recurring items', () => {
		const next = nextMeeting(series, [first], Date.UTC(2026, 10, 25, 17), newId);
		expect(next).toMatchObject({ series: 'mirage-weekly', title: 'Weekly Meeting: 2026-12-02', date: '2026-12-02', startTime: '16:00', timeZone: 'Europe/London', nextCall: '2026-12-09', author: series.author, links: series.links });
		// The roster is who may come: nobody is present until the chair marks them.
		expect(next?.attendees.map((a) => [a.name, a.presence])).toEqual([['Anil Madhavapeddy', 'expected'], ['Richard Mortier', 'expected']]);
		expect(next?.items.map((i) => [i.title, i.budget, i.notes])).toEqual([[REVIEW_TITLE, 5, ''], ['Hackathon', 15, ''], ['Release status', 10, ''], ['AoB', undefined, '']]);
		expect(next?.items[1]?.subItems).toEqual(['dates']);
		expect(next?.items[0]?.actions).toEqual([{ id: expect.any(String), owner: 'Anil Madhavapeddy', text: 'tag 4.2', status: 'open', carriedFrom: { meetingId: 'w1', date: '2026-11-25', actionId: 'a1' } }]);
	});

	it('keeps an action open until a later meeting closes it, and then not', () => {
		const second = nextMeeting(series, [first], Date.UTC(2026, 10, 25, 17), newId) as Meeting;
		expect(openActions([first, second]).map((a) => a.action.text)).toEqual(['tag 4.2']);
		const review = second.items[0];
		if (review === undefined) throw new Error('no review item');
		const closed: Meeting = { ...second, items: [{ ...review, actions: review.actions.map((a) => ({ ...a, status: 'done' as const })) }, { ...createItem({ id: 'n', title: 'New' }), actions: [{ id: 'a3', owner: 'Anil', text: 'review CI', status: 'open' }] }] };
		const open = openActions([closed, first]);
		expect(open.map((a) => [a.action.text, a.origin.date])).toEqual([['review CI', '2026-12-02']]);
		const third = nextMeeting(series, [first, closed], Date.UTC(2026, 11, 2, 17), newId);
		expect(third?.date).toBe('2026-12-09');
		expect(third?.items[0]?.actions.map((a) => [a.owner, a.text, a.carriedFrom?.date])).toEqual([['Anil Madhavapeddy', 'review CI', '2026-12-02']]);
	});

	it('makes the next meeting a draft, with no notes, records or timings, on the last call\'s address', () => {
		const next = nextMeeting(series, [{ ...first, callUrl: 'https://meet.jit.si/GavelWeekly' }], Date.UTC(2026, 10, 25, 17), newId);
		expect(next?.callUrl).toBe('https://meet.jit.si/GavelWeekly');
		expect(next?.draft).toBe(true);
		expect(next?.timeline).toEqual([]);
		expect(next?.items.slice(1).every((i) => i.notes === '' && i.actions.length === 0 && i.decisions.length === 0)).toBe(true);
	});

	it('is made from a meeting: its name without the date, its weekday and time, its people and links, none of its topics', () => {
		const meeting: Meeting = {
			...createMeeting({ id: 'w1', title: 'Weekly Meeting: 2026-11-25', date: '2026-11-25', startTime: '16:00', timeZone: 'Europe/London' }),
			author: { name: 'Amir Chaudhry' },
			attendees: [{ id: 'p', name: 'Anil Madhavapeddy', handle: '@avsm', presence: 'present' }, { id: 'q', name: 'Mort', presence: 'regrets' }],
			items: [createItem({ id: 'a', title: 'Release', budget: 10 }), createItem({ id: 'b', title: 'Raised', unplanned: true }), createItem({ id: 'c', title: REVIEW_TITLE, budget: 5 }), createItem({ id: 'd', title: 'AoB' })],
			links: [{ id: 'mir-mail', url: 'https://lists.example.org' }],
		};
		expect(seriesFromMeeting(meeting, 's1', 'UTC')).toEqual({
			id: 's1',
			name: 'Weekly Meeting',
			title: 'Weekly Meeting: {date}',
			author: { name: 'Amir Chaudhry' },
			profile: 'mirage-www',
			cadence: { everyWeeks: 1, weekday: 3, time: '16:00', timeZone: 'Europe/London', anchor: '2026-11-25' },
			roster: [{ name: 'Anil Madhavapeddy', aliases: ['@avsm'] }, { name: 'Mort', aliases: [] }],
			recurring: [],
			links: [{ id: 'mir-mail', url: 'https://lists.example.org' }],
		});
		// No date in the title, a Sunday, no time or zone: the title gains the date, the host's zone is taken.
		const plain = seriesFromMeeting(createMeeting({ id: 'x', title: 'Board', date: '2026-11-29' }), 's2', 'America/New_York');
		expect(plain).toMatchObject({ name: 'Board', title: 'Board {date}', cadence: { weekday: 7, time: '09:00', timeZone: 'America/New_York' } });
	});

	it('offers the topics of the latest meetings that came back, and not those already recurring', () => {
		const on = (date: string, ...titles: string[]): Meeting => ({ ...createMeeting({ id: date, title: date, date }), items: titles.map((title, n) => createItem({ id: `${date}-${n}`, title })) });
		const history = [on('2015-01-07', 'Quality and Test', 'Old'), on('2015-01-14', 'Conduit', 'quality and test'), on('2015-01-21', 'Quality and Test', 'Release status', 'Conduit'), on('2015-01-28', 'Pioneer projects'), on('2015-02-04', 'Quality and Test', REVIEW_TITLE)];
		// The last four: Quality and Test in 3 of them, Conduit in 2; Release status recurs already.
		expect(repeatedTopics(series, history)).toEqual(['Quality and Test', 'Conduit']);
		expect(repeatedTopics({ ...series, recurring: [{ title: 'QUALITY AND TEST' }] }, history)).toEqual(['Conduit']);
		expect(repeatedTopics(series, history.slice(-1))).toEqual([]);
	});

	it('knows a person by name or alias, any case, with or without "@"', () => {
		expect(rosterName(series, 'anil')).toBe('Anil Madhavapeddy');
		expect(rosterName(series, 'avsm')).toBe('Anil Madhavapeddy');
		expect(rosterName(series, '@MORT')).toBe('Richard Mortier');
		expect(rosterName(series, 'Zoe')).toBeUndefined();
	});
});
