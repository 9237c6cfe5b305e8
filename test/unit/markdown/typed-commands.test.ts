// A finished notes line that holds a command becomes records and leaves the notes.
import { describe, expect, it } from 'vitest';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import type { Meeting } from '../../../src/core/types.ts';
import { applyEvent } from '../../../src/core/journal.ts';
import { journalWriter } from '../../../src/core/meeting.ts';
import { timing } from '../../../src/core/timing.ts';
import { findPerson, ownerName, pastedLinkId, referenceForPasted, takeFinishedLine, undoTaken } from '../../../src/markdown/typed-commands.ts';

const meeting: Meeting = {
	...createMeeting({ id: 'm', title: 'Call', date: '2026-11-25', items: [createItem({ id: 'a', title: 'Release' }), createItem({ id: 'b', title: 'Website' })] }),
	attendees: [
		{ id: 'p1', name: 'Anil Madhavapeddy', handle: '@avsm', presence: 'present' },
		{ id: 'p2', name: 'Amir Chaudhry', presence: 'present' },
		{ id: 'p3', name: 'Richard Mortier', handle: 'mort', presence: 'regrets' },
	],
	links: [{ id: 'mirage-pull-1', url: 'https://example.org' }],
};
let n = 0;
const context = { meeting, itemId: 'a', running: () => true, newId: () => `n${++n}` };
/** Types `line` and Enter at the end of `notes`. */
const enter = (notes: string, line: string) => takeFinishedLine(context, notes + line, `${notes + line}\n`);

describe('takeFinishedLine', () => {
	it('makes an action owned by the attendee the name means, and takes the line out', () => {
		const typed = enter('Blocked on TLS.\n', 'action: Anil to tag 4.2');
		expect(typed?.notes).toBe('Blocked on TLS.\n');
		expect(typed?.events).toEqual([{ type: 'action.added', itemId: 'a', action: { id: expect.any(String), owner: 'Anil Madhavapeddy', text: 'tag 4.2', status: 'open' } }]);
		expect(typed?.said).toBe('Action for Anil Madhavapeddy');
	});

	it('keeps a name it does not know as typed', () => {
		expect(enter('', 'Zoe will write the post')?.events).toBeUndefined();
		expect(enter('', 'action: Zoe will write the post')?.events[0]).toMatchObject({ action: { owner: 'Zoe', text: 'write the post' } });
	});

	it("knows people by the other names the series' roster gives them, and writes the roster's name", () => {
		const roster = [{ name: 'Richard Mortier', aliases: ['Mortier-san'] }, { name: 'Thomas Gazagnaire', aliases: ['samoht', 'ThomasG'] }];
		const withRoster = (line: string) => takeFinishedLine({ ...context, roster }, line, `${line}\n`);
		expect(withRoster('action: Mortier-san will write the post')?.events[0]).toMatchObject({ action: { owner: 'Richard Mortier' } });
		// On the roster but not at the meeting: the roster's name, and present+ adds them by it.
		expect(withRoster('action: @samoht to review the PR')?.said).toBe('Action for Thomas Gazagnaire');
		expect(withRoster('present+ thomasg')?.events).toEqual([{ type: 'attendee.added', attendee: { id: expect.any(String), name: 'Thomas Gazagnaire', presence: 'present' } }]);
	});

	it('adds people, and turns regrets into presence for those already listed', () => {
		expect(enter('', 'present+ mort, Ada')?.events).toEqual([
			{ type: 'attendee.updated', attendeeId: 'p3', patch: { presence: 'present' } },
			{ type: 'attendee.added', attendee: { id: expect.any(String), name: 'Ada', presence: 'present' } },
		]);
		expect(enter('', 'regrets+ @avsm')?.events).toEqual([{ type: 'attendee.updated', attendeeId: 'p1', patch: { presence: 'regrets' } }]);
	});

	it('turns a link into a reference in place, with a readable id not yet taken', () => {
		const typed = enter('See:\n', 'link: https://github.com/mirage/mirage/pull/1');
		expect(typed?.notes).toBe('See:\n[mirage-pull-1-2]\n');
		expect(typed?.events).toEqual([{ type: 'link.added', itemId: 'a', link: { id: 'mirage-pull-1-2', url: 'https://github.com/mirage/mirage/pull/1' } }]);
		expect(enter('', 'link: https://mirage.io the website')?.notes).toBe('[the website][the-website]\n');
	});

	it('starts a new item after this one for a topic, when the meeting runs', () => {
		const events = enter('', 'topic: Hackathon')?.events ?? [];
		expect(events[0]).toMatchObject({ type: 'item.added', index: 1, item: { title: 'Hackathon', unplanned: true } });
		expect(events[1]).toEqual({ type: 'item.started', itemId: (events[0] as { item: { id: string } }).item.id });
		expect(takeFinishedLine({ ...context, running: () => false }, 'topic: X', 'topic: X\n')?.events).toHaveLength(1);
	});

	it('corrects the last line that holds the text, or leaves the command for the chair to see', () => {
		expect(enter('Ship on Frday.\nCI is gren.\n', 's/gren/green/')?.notes).toBe('Ship on Frday.\nCI is green.\n');
		expect(enter('Ship on Frday.\nCI is gren.\n', 's/Frday/Friday/')?.notes).toBe('Ship on Friday.\nCI is gren.\n');
		expect(enter('a a a\n', 's/a/b/g')?.notes).toBe('b b b\n');
		expect(enter('a a a\n', 's/$/x/')?.notes).toBeUndefined();
	});

	it('does nothing but on Enter at the end of a command line', () => {
		expect(takeFinishedLine(context, 'action: Anil to', 'action: Anil to ')).toBeUndefined();
		expect(takeFinishedLine(context, 'just notes', 'just notes\n')).toBeUndefined();
		// Enter at the end of a command line that has a line after it: the caret tells which break is new.
		expect(takeFinishedLine(context, 'decision: yes\nmore', 'decision: yes\n\nmore', 14)?.notes).toBe('\nmore');
		expect(takeFinishedLine(context, 'decision: yes\nmore', 'decision: yes\n\nmore', 15)).toBeUndefined();
	});
});

describe('findPerson', () => {
	it('knows people by full name, handle, or a first name only one has', () => {
		expect(findPerson(meeting.attendees, 'amir chaudhry')?.id).toBe('p2');
		expect(findPerson(meeting.attendees, 'avsm')?.id).toBe('p1');
		expect(findPerson(meeting.attendees, 'Richard')?.id).toBe('p3');
		expect(findPerson([...meeting.attendees, { id: 'p4', name: 'Anil Kumar', presence: 'present' }], 'Anil')).toBeUndefined();
	});
});

describe('typed in AoB', () => {
	it("makes a link the meeting's, and a topic the last item", () => {
		const aob = (line: string) => takeFinishedLine({ ...context, itemId: 'a', inAob: true }, line, `${line}\n`);
		expect(aob('link: https://mirage.io the site')?.events).toEqual([{ type: 'link.added', link: { id: expect.any(String), url: 'https://mirage.io' } }]);
		expect(aob('topic: Raised in AoB')?.events[0]).toMatchObject({ type: 'item.added', index: 2, item: { title: 'Raised in AoB', unplanned: true } });
	});
});

describe('undoTaken', () => {
	const fold = (start: Meeting, events: readonly import('../../../src/core/events.ts').EventBody[], at: number) => {
		const stamp = journalWriter('m', 'u');
		return events.reduce<Meeting | undefined>((m, body, i) => applyEvent(m, stamp(body, at + i)), start) as Meeting;
	};
	it('gives the meeting back as it was before each command line', () => {
		const running = fold(meeting, [{ type: 'meeting.started', itemId: 'a' }], 1_000);
		for (const line of ['action: Anil to tag 4.2', 'decision: ship', 'present+ mort, Ada', 'regrets+ Amir', 'link: https://mirage.io the site', 'topic: Raised now']) {
			const typed = takeFinishedLine({ ...context, meeting: running }, line, `${line}\n`);
			if (typed === undefined) throw new Error(`not taken: ${line}`);
			const after = fold(running, typed.events, 2_000);
			const undone = fold(after, undoTaken(running, typed.events, timing(running, 2_000).currentItemId), 3_000);
			const { timeline: _t, ...rest } = undone;
			const { timeline: _r, ...was } = running;
			expect(rest, line).toEqual(was);
			expect(timing(undone, 4_000).currentItemId, line).toBe('a');
		}
	});
});

describe('ownerName', () => {
	it('resolves a name typed in the Who field as an action line resolves it', () => {
		const roster = [{ name: 'Thomas Leonard', aliases: ['ThomasL', 'talex5'] }];
		expect(ownerName(meeting, undefined, 'Anil')).toBe('Anil Madhavapeddy');
		expect(ownerName(meeting, roster, ' talex5 ')).toBe('Thomas Leonard');
		expect(ownerName(meeting, roster, 'Zoe')).toBe('Zoe');
		expect(ownerName(meeting, roster, '  ')).toBe('');
	});
});

describe('referenceForPasted', () => {
	it('puts a readable reference where the URL was pasted, and defines it on the item', () => {
		const made = referenceForPasted(meeting, 'a', 'See https://github.com/mirage/mirage/pull/7 now', 4, 'https://github.com/mirage/mirage/pull/7');
		expect(made).toEqual({ notes: 'See [mirage-pull-7] now', events: [{ type: 'link.added', itemId: 'a', link: { id: 'mirage-pull-7', url: 'https://github.com/mirage/mirage/pull/7' } }], said: 'Link [mirage-pull-7] added' });
	});

	it('reuses the id of a link the meeting already has for that URL, and takes a free one otherwise', () => {
		expect(pastedLinkId(meeting, 'https://example.org')).toBe('mirage-pull-1');
		expect(pastedLinkId(meeting, 'https://github.com/mirage/mirage/pull/1')).toBe('mirage-pull-1-2');
	});

	it('does nothing when the URL is no longer where it was pasted', () => {
		expect(referenceForPasted(meeting, 'a', 'See it now', 4, 'https://example.org')).toBeUndefined();
	});
});
