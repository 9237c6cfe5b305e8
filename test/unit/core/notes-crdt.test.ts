// The notes CRDT on the journals panels really hold: those from before it (span edits), keys typed
// before it loaded, events arriving out of order, an update that cannot be read, an item removed
// and put back; and what a notes change typed through it carries.
import { describe, expect, it } from 'vitest';
import type { EventBody, MeetingEvent } from '../../../src/core/events.ts';
import { journalOf } from '../../../src/core/journal-state.ts';
import { replay } from '../../../src/core/journal.ts';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import { notesCrdt, type NotesCrdt } from '../../../src/core/notes-crdt.ts';
import { notesEdit } from '../../../src/core/notes-merge.ts';

const created: MeetingEvent = { type: 'meeting.created', meeting: createMeeting({ id: 'm', title: 'Call', date: '2026-12-03', items: [createItem({ id: 'i', title: 'Release', notes: 'Agenda text.' })] }), meetingId: 'm', at: 0, writer: 'chair', seq: 1 };

/** A writer's notes changes, stamped in order (through `crdt` when given, as a panel with it loaded). */
function writer(name: string, crdt?: NotesCrdt) {
	let seq = 1;
	return (before: string, after: string, at: number): MeetingEvent => {
		const body: EventBody = { type: 'item.updated', itemId: 'i', patch: { notes: after }, edit: notesEdit(before, after) };
		const event = { ...(crdt?.typed(body, name) ?? body), meetingId: 'm', at, writer: name, seq: ++seq } as MeetingEvent;
		crdt?.add([event]);
		return event;
	};
}

function exact(events: readonly MeetingEvent[]): string | undefined {
	const crdt = notesCrdt();
	crdt.reset(events);
	// Built as a box typed into it (with nothing changed), so the CRDT's text is read, not core's.
	crdt.typed({ type: 'item.updated', itemId: 'i', patch: { notes: crdt.overlay(replay(events))?.items[0]?.notes ?? '' } }, 'reader');
	return crdt.overlay(replay(events))?.items[0]?.notes;
}

describe('notes on the CRDT', () => {
	it('reads a journal from before it (span edits, two panels at once, a conflict) as core folds it', () => {
		const left = writer('left');
		const right = writer('right');
		const events = [created, left('Agenda text.', 'Agenda text. Left', 10), right('Agenda text.', 'Right. Agenda text.', 11), left('Agenda text. Left', 'Agenda text. Left says', 12), right('Agenda text. Left says', 'Agenda words. Left says', 13), left('Agenda text. Left says', 'Agenda TEXT. Left says', 14)];
		const core = replay(events)?.items[0];
		expect(core?.notesConflicts?.length).toBe(1);
		expect(exact(events)).toBe(core?.notes);
	});

	it('carries a change typed through it as an update, with the text its writer has, and no span', () => {
		const crdt = notesCrdt();
		crdt.reset([created]);
		const typed = crdt.typed({ type: 'item.updated', itemId: 'i', patch: { notes: 'Agenda text. More' }, edit: notesEdit('Agenda text.', 'Agenda text. More') }, 'panel');
		expect(typed).toMatchObject({ patch: { notes: 'Agenda text. More' }, y: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) });
		expect(typed).not.toHaveProperty('edit');
		// Nothing changed: nothing to carry.
		expect(crdt.typed({ type: 'item.updated', itemId: 'i', patch: { notes: 'Agenda text. More' } }, 'panel')).not.toHaveProperty('y');
		// Other events pass as they are.
		const title: EventBody = { type: 'item.updated', itemId: 'i', patch: { title: 'Releases' } };
		expect(crdt.typed(title, 'panel')).toBe(title);
	});

	it('keeps keys typed before it loaded, in order, under the keys typed after, on every machine', () => {
		// The chair's panel: three keys as span edits, then the CRDT arrives and typing goes on.
		const early = writer('chair-panel');
		const before = [created, early('Agenda text.', 'Agenda text. a', 10), early('Agenda text. a', 'Agenda text. ab', 11)];
		const chair = notesCrdt();
		chair.reset(before);
		let seq = 3;
		const typed = (text: string, after: string, at: number) => {
			const event = { ...chair.typed({ type: 'item.updated', itemId: 'i', patch: { notes: after }, edit: chair.edit(text, after, after.length) }, 'chair-panel'), meetingId: 'm', at, writer: 'chair-panel', seq: ++seq } as MeetingEvent;
			chair.add([event]);
			return event;
		};
		const after = [typed('Agenda text. ab', 'Agenda text. abc', 12), typed('Agenda text. abc', 'Agenda text. abcd', 13)];
		const all = [...before, ...after];
		expect(chair.overlay(replay(all))?.items[0]?.notes).toBe('Agenda text. abcd');
		// The secretary's machine, getting the events in any order.
		for (const order of [all, [...all].reverse(), [all[0], all[4], all[2], all[3], all[1]] as MeetingEvent[]]) {
			const secretary = notesCrdt();
			secretary.reset([]);
			for (const event of order) secretary.add([event]);
			expect(secretary.overlay(replay(all))?.items[0]?.notes).toBe('Agenda text. abcd');
		}
	});

	it('rebuilds an item when an event arrives late ahead of one that depends on the text before it', () => {
		const crdt = notesCrdt();
		crdt.reset([created]);
		const mine = writer('mine', crdt);
		const first = mine('Agenda text.', 'Agenda text. One', 10);
		// Another panel's span edit, written at 11 (before), arrives after this panel's next key at 12.
		const late: MeetingEvent = { type: 'item.updated', itemId: 'i', patch: { notes: 'Agenda. One' }, edit: { from: 6, removed: ' text', insert: '' }, meetingId: 'm', at: 11, writer: 'other', seq: 2 };
		const second = mine('Agenda text. One', 'Agenda text. One two', 12);
		crdt.add([late]);
		const events = [created, first, late, second];
		const text = crdt.overlay(replay(events))?.items[0]?.notes;
		expect(text).toBe('Agenda. One two');
		expect(exact(events)).toBe(text);
	});

	it('takes an update it cannot read as the whole text its writer had, and goes on', () => {
		const crdt = notesCrdt();
		crdt.reset([created]);
		const bad: MeetingEvent = { type: 'item.updated', itemId: 'i', patch: { notes: 'Whole text.' }, y: 'Zm9vYmFy', meetingId: 'm', at: 5, writer: 'odd', seq: 1 };
		expect(() => crdt.add([bad])).not.toThrow();
		expect(crdt.overlay(replay([created, bad]))?.items[0]?.notes).toBe('Whole text.');
		const more = writer('panel', crdt)('Whole text.', 'Whole text. More', 6);
		expect(crdt.overlay(replay([created, bad, more]))?.items[0]?.notes).toBe('Whole text. More');
	});

	it('gives back the notes an item had when it is put back after removal', () => {
		const crdt = notesCrdt();
		crdt.reset([created]);
		const typed = writer('panel', crdt)('Agenda text.', 'Agenda text. Kept', 10);
		const removed: MeetingEvent = { type: 'item.removed', itemId: 'i', meetingId: 'm', at: 11, writer: 'panel', seq: 9 };
		const back: MeetingEvent = { type: 'item.added', item: createItem({ id: 'i', title: 'Release', notes: 'Agenda text. Kept' }), meetingId: 'm', at: 12, writer: 'panel', seq: 10 };
		crdt.add([removed, back]);
		const events = [created, typed, removed, back];
		expect(crdt.overlay(replay(events))?.items[0]?.notes).toBe('Agenda text. Kept');
		expect(exact(events)).toBe('Agenda text. Kept');
	});

	it('hands back the same meeting while nothing changed (the views compare by identity)', () => {
		const crdt = notesCrdt();
		crdt.reset([created]);
		const meeting = journalOf([created]).meeting;
		expect(crdt.overlay(meeting)).toBe(crdt.overlay(meeting));
		expect(crdt.overlay(meeting)).toBe(meeting);
	});
});
