// Before publishing: each problem a chair would want to catch, and the fix that clears it.
import { describe, expect, it } from 'vitest';
import type { EventBody } from '../../../src/core/events.ts';
import { applyEvent, replay } from '../../../src/core/journal.ts';
import { createItem, createMeeting, journalWriter } from '../../../src/core/meeting.ts';
import type { Meeting } from '../../../src/core/types.ts';
import { importMinutes } from '../../../src/markdown/import/import-minutes.ts';
import { publishChecks } from '../../../src/markdown/publish-checks.ts';
import { sampleJournal } from '../../fixtures/sample-meeting.ts';

const w = journalWriter('m', 'w');
const base = (): Meeting => ({
	...createMeeting({ id: 'm', title: 'Call', date: '2026-11-25' }),
	chair: 'Anil Madhavapeddy',
	secretary: 'Amir Chaudhry',
	attendees: [
		{ id: 'p1', name: 'Anil Madhavapeddy', presence: 'present' },
		{ id: 'p2', name: 'Amir Chaudhry', presence: 'present' },
	],
	items: [createItem({ id: 'a', title: 'Release', notes: 'Tagged.' })],
});
const codes = (m: Meeting) => publishChecks(m, Date.UTC(2026, 10, 25, 17)).map((c) => c.code);
const fixed = (m: Meeting, code: string): Meeting => {
	const check = publishChecks(m, 0).find((c) => c.code === code);
	if (check?.fix === undefined || !('events' in check.fix)) throw new Error(`no fix for ${code}`);
	return check.fix.events.reduce<Meeting | undefined>((state, body: EventBody, i) => applyEvent(state, w(body, 100 + i)), m) as Meeting;
};

describe('publishChecks', () => {
	it('finds nothing in a sound meeting', () => {
		expect(codes(base())).toEqual([]);
	});

	it('asks for a chair and a secretary, and takes the chair to the field', () => {
		const { chair: _c, secretary: _s, ...rest } = base();
		const checks = publishChecks(rest, 0);
		expect(checks.map((c) => [c.code, c.fix])).toEqual([
			['no-chair', { label: 'Choose the chair', field: 'chair' }],
			['no-secretary', { label: 'Choose the secretary', field: 'secretary' }],
		]);
	});

	it('adds an action owner who is not an attendee, and leaves out an empty item', () => {
		const m = base();
		m.items = [{ ...createItem({ id: 'a', title: 'Release', notes: 'x' }), actions: [{ id: 'x', owner: 'Zoe', text: 'write', status: 'open' }] }, createItem({ id: 'b', title: 'Empty' })];
		expect(codes(m)).toEqual(['unknown-name', 'empty-item']);
		expect(codes(fixed(fixed(m, 'unknown-name'), 'empty-item'))).toEqual([]);
	});

	it('names an item that has notes but was never reached in the meeting', () => {
		const meeting = replay(sampleJournal()) as Meeting;
		const late = { ...meeting, items: [...meeting.items, createItem({ id: 'late', title: 'Late topic', notes: 'prepared text' })] };
		expect(publishChecks(late, Date.UTC(2026, 11, 1)).filter((c) => c.code === 'item-not-reached').map((c) => c.itemId)).toEqual(['late']);
	});

	it("in a series, names people the roster does not know (by any of their names), to add them to it", () => {
		const m = base();
		m.items = [{ ...createItem({ id: 'a', title: 'Release', notes: 'x' }), actions: [{ id: 'x', owner: 'Amir Chaudhry', text: 'write', status: 'open' }] }];
		const roster = [{ name: 'Anil Madhavapeddy', aliases: ['avsm'] }];
		const checks = publishChecks(m, 0, { roster }).filter((c) => c.code === 'not-on-roster');
		expect(checks.map((c) => [c.message, c.fix])).toEqual([["Amir Chaudhry is not on the series' roster.", { label: 'Add to the roster', roster: 'Amir Chaudhry' }]]);
		expect(publishChecks(m, 0, { roster: [...roster, { name: 'A. Chaudhry', aliases: ['Amir Chaudhry'] }] }).filter((c) => c.code === 'not-on-roster')).toEqual([]);
		// Outside a series, no roster to ask about.
		expect(codes(m)).toEqual([]);
	});

	it('in a series, offers to carry an item not reached to the next meeting, and then says no more', () => {
		const meeting = { ...(replay(sampleJournal()) as Meeting), series: 's' };
		const late = { ...meeting, items: [...meeting.items, createItem({ id: 'late', title: 'Late topic' })] };
		const check = publishChecks(late, Date.UTC(2026, 11, 1)).find((c) => c.code === 'item-not-reached');
		expect(check).toMatchObject({ itemId: 'late', fix: { label: 'Carry to next meeting' } });
		const carried = fixed(late, 'item-not-reached');
		expect(carried.items.find((i) => i.id === 'late')?.carryOver).toBe(true);
		expect(codes(carried)).not.toContain('item-not-reached');
	});

	it('removes a correction that matched nothing', () => {
		const m = base();
		m.items = [createItem({ id: 'a', title: 'Release', notes: 'Tagged.\ns/nothing/here/\nMore.' })];
		expect(codes(m)).toEqual(['unmatched-correction']);
		expect(fixed(m, 'unmatched-correction').items[0]?.notes).toBe('Tagged.\nMore.');
	});

	it('removes a link defined and never used; names one used and never defined', () => {
		const m = base();
		m.links = [{ id: 'spare', url: 'https://example.org/spare' }];
		m.items = [createItem({ id: 'a', title: 'Release', notes: 'See [the PR][pr].' })];
		expect(codes(m).sort()).toEqual(['undefined-link', 'unused-link']);
		expect(codes(fixed(m, 'unused-link'))).toEqual(['undefined-link']);
	});

	it('checks links in the minutes as published: a link the next-call line uses is used', () => {
		const file = (nextCall: string) => ['### Agenda ###', '', '- Release', '', '', 'Attendees: Amir Chaudhry (chair) and Anil Madhavapeddy (secretary)', '', '', '### Notes ###', '', '#### Release ####', '', 'Tagged.', '', '--', '', '#### AoB ####', '', nextCall, '', '[mir-mail]: http://lists.xenproject.org/mirageos-devel', ''].join('\n');
		const imported = importMinutes(file('- Next call on **Wednesday, 28th January**: see the [mailing list][mir-mail] nearer the time.'), { fileName: '2015-01-14.md' });
		if (!imported.ok) throw new Error('not imported');
		const checks = (m: Meeting, profile: string) => publishChecks({ ...m, author: { name: 'Amir Chaudhry' } }, 0, { profile }).map((c) => c.code);
		expect(checks(imported.meeting, 'mirage-www')).toEqual([]);
		// Not used where the file has no next-call line that names it: the fix would rewrite the hand-written line, so it shows that.
		const unused = importMinutes(file('- Next call on **Wednesday, 28th January**, same time.'), { fileName: '2015-01-14.md' });
		if (!unused.ok) throw new Error('not imported');
		const check = publishChecks({ ...unused.meeting, author: { name: 'Amir Chaudhry' } }, 0, { profile: 'mirage-www' }).find((c) => c.code === 'unused-link');
		expect(check?.fix).toMatchObject({ label: 'Remove it', change: { removed: ['- Next call on **Wednesday, 28th January**, same time.', '', '[mir-mail]: http://lists.xenproject.org/mirageos-devel'], added: ['- The next call is scheduled for **Wednesday, 28th January**.'] } });
	});

	it('shows no change for a fix that only touches link definitions or the attendees line', () => {
		const m = base();
		m.links = [{ id: 'spare', url: 'https://example.org/spare' }];
		expect(publishChecks(m, 0).find((c) => c.code === 'unused-link')?.fix).not.toHaveProperty('change');
		m.items = [{ ...createItem({ id: 'a', title: 'Release', notes: 'x' }), actions: [{ id: 'x', owner: 'Zoe', text: 'write', status: 'open' }] }];
		expect(publishChecks(m, 0).find((c) => c.code === 'unknown-name')?.fix).not.toHaveProperty('change');
	});

	it("asks for the minutes' author where the site's registry line needs one", () => {
		expect(publishChecks(base(), 0, { profile: 'mirage-www' }).map((c) => [c.code, c.fix])).toEqual([['no-author', { label: 'Name the author', field: 'author-name' }]]);
		expect(publishChecks({ ...base(), author: { name: 'Amir Chaudhry' } }, 0, { profile: 'mirage-www' })).toEqual([]);
		expect(codes(base())).toEqual([]);
	});

	it('names the people never marked here or with regrets, and marks them here in one click', () => {
		const m = base();
		m.attendees = [...m.attendees, { id: 'p3', name: 'Hannes Mehnert', presence: 'expected' }, { id: 'p4', name: 'Mindy Preston', presence: 'expected' }];
		const check = publishChecks(m, 0).find((c) => c.code === 'not-marked');
		expect(check?.message).toBe('Not marked here or with regrets, so left out of the minutes: Hannes Mehnert, Mindy Preston.');
		expect(fixed(m, 'not-marked').attendees.map((a) => a.presence)).toEqual(['present', 'present', 'present', 'present']);
	});
});
