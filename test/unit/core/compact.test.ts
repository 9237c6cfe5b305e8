// An ended meeting's journal folds each run of one writer's keystrokes into one event, and folds
// to the very same meeting: whatever the writers, their lag, their deletions and the other events
// between, including text set aside as a conflict.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactJournal } from '../../../src/core/compact.ts';
import { compareEvents, type EventBody, type MeetingEvent } from '../../../src/core/events.ts';
import { replay } from '../../../src/core/journal.ts';
import { createItem, createMeeting, journalWriter } from '../../../src/core/meeting.ts';
import { notesCrdt, type NotesCrdt } from '../../../src/core/notes-crdt.ts';
import { notesEdit } from '../../../src/core/notes-merge.ts';
import type { Meeting } from '../../../src/core/types.ts';
import { fcParams } from '../../helpers/fc-params.ts';

const meeting = createMeeting({ id: 'm', title: 'Call', date: '2026-11-25', items: [createItem({ id: 'i0', title: 'Release' }), createItem({ id: 'i1', title: 'Website' })] });

type Op = { who: 'a' | 'b'; item: 0 | 1; kind: 'type' | 'erase' | 'title' | 'action' | 'start'; char: string };

/** Writers acting on their own view of the meeting, which shows the other's events `lag` steps late. */
function journalOf(ops: readonly Op[], lag: number): MeetingEvent[] {
	const writers = { a: journalWriter('m', 'a'), b: journalWriter('m', 'b') };
	const journal: MeetingEvent[] = [writers.a({ type: 'meeting.created', meeting }, 0)];
	ops.forEach((op, n) => {
		const at = n + 1;
		const seen = replay(journal.filter((e) => e.writer === op.who || e.at <= at - lag || e.type === 'meeting.created')) as Meeting;
		const itemId = `i${op.item}`;
		const notes = seen.items.find((i) => i.id === itemId)?.notes ?? '';
		const bodies: Record<Op['kind'], EventBody> = {
			type: { type: 'item.updated', itemId, patch: { notes: notes + op.char }, edit: notesEdit(notes, notes + op.char) },
			erase: { type: 'item.updated', itemId, patch: { notes: notes.slice(0, -1) }, edit: notesEdit(notes, notes.slice(0, -1)) },
			title: { type: 'item.updated', itemId, patch: { title: `T${op.char}` } },
			action: { type: 'action.added', itemId, action: { id: `x${n}`, owner: op.who, text: op.char, status: 'open' } },
			start: { type: 'item.started', itemId },
		};
		journal.push(writers[op.who](bodies[op.kind], at));
	});
	return journal;
}

const op = fc.record({
	who: fc.constantFrom<'a' | 'b'>('a', 'b'),
	item: fc.constantFrom<0 | 1>(0, 1),
	kind: fc.constantFrom<Op['kind']>('type', 'type', 'type', 'type', 'erase', 'title', 'action', 'start'),
	char: fc.constantFrom('a', 'b', ' ', '.'),
});
const key = (e: MeetingEvent) => `${e.at}/${e.writer}/${e.seq}`;

/** The same, with each writer's panel typing through the notes CRDT after its first `early` keys (made before it loaded). */
function journalOnCrdt(ops: readonly Op[], lag: number, early: number): MeetingEvent[] {
	const writers = { a: journalWriter('m', 'a'), b: journalWriter('m', 'b') };
	const journal: MeetingEvent[] = [writers.a({ type: 'meeting.created', meeting }, 0)];
	const panels: Record<'a' | 'b', { crdt: NotesCrdt; seen: Set<MeetingEvent>; keys: number }> = { a: { crdt: notesCrdt(), seen: new Set(), keys: 0 }, b: { crdt: notesCrdt(), seen: new Set(), keys: 0 } };
	ops.forEach((op, n) => {
		const at = n + 1;
		const panel = panels[op.who];
		const visible = journal.filter((e) => e.writer === op.who || e.at <= at - lag || e.type === 'meeting.created');
		panel.crdt.add(visible.filter((e) => !panel.seen.has(e)));
		visible.forEach((e) => panel.seen.add(e));
		const seen = panel.crdt.overlay(replay(visible)) as Meeting;
		const itemId = `i${op.item}`;
		const notes = seen.items.find((i) => i.id === itemId)?.notes ?? '';
		const typed = (after: string): EventBody => {
			const body: EventBody = { type: 'item.updated', itemId, patch: { notes: after }, edit: notesEdit(notes, after) };
			return ++panel.keys > early ? panel.crdt.typed(body, op.who) : body;
		};
		const bodies: Record<Op['kind'], () => EventBody> = {
			type: () => typed(notes + op.char),
			erase: () => typed(notes.slice(0, -1)),
			title: () => ({ type: 'item.updated', itemId, patch: { title: `T${op.char}` } }),
			action: () => ({ type: 'action.added', itemId, action: { id: `x${n}`, owner: op.who, text: op.char, status: 'open' } }),
			start: () => ({ type: 'item.started', itemId }),
		};
		const event = writers[op.who](bodies[op.kind](), at);
		journal.push(event);
		panel.crdt.add([event]);
		panel.seen.add(event);
	});
	return journal;
}

function exactNotes(events: readonly MeetingEvent[]): string[] {
	const crdt = notesCrdt();
	crdt.reset(events);
	return crdt.overlay(replay(events))?.items.map((i) => i.notes) ?? [];
}

describe('compactJournal', () => {
	it('folds one writer typing a sentence into one event', () => {
		const ops = [...'Tagged 4.2.'].map((char): Op => ({ who: 'a', item: 0, kind: 'type', char }));
		const journal = journalOf(ops, 1);
		const { keep, drop } = compactJournal(journal);
		expect(keep).toHaveLength(2);
		expect(drop).toHaveLength(10);
		expect(keep[1]).toMatchObject({ type: 'item.updated', seq: 12, patch: { notes: 'Tagged 4.2.' }, edit: { from: 0, removed: '', insert: 'Tagged 4.2.' } });
		expect(replay(keep)).toEqual(replay(journal));
	});

	it('folds to the same meeting, keeps or drops each event exactly once, and never grows', () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (ops, lag) => {
				const journal = journalOf(ops, lag);
				const { keep, drop } = compactJournal(journal);
				expect(replay(keep)).toEqual(replay(journal));
				expect([...keep, ...drop].map(key).sort()).toEqual(journal.map(key).sort());
				expect([...keep].sort(compareEvents).map(key)).toEqual(keep.map(key));
				// Compacting again changes nothing more.
				expect(compactJournal(keep).drop).toEqual([]);
			}),
			fcParams(400),
		);
	});

	it('folds keys typed on the notes CRDT into one update each run, to the same notes on it', () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 5 }), (ops, lag, early) => {
				const journal = journalOnCrdt(ops, lag, early);
				const { keep, drop } = compactJournal(journal);
				expect(replay(keep)).toEqual(replay(journal));
				expect(exactNotes(keep)).toEqual(exactNotes(journal));
				expect([...keep, ...drop].map(key).sort()).toEqual(journal.map(key).sort());
				expect(compactJournal(keep).drop).toEqual([]);
			}),
			fcParams(200),
		);
		// One writer's sentence on the CRDT: one event, its update holding every key.
		const journal = journalOnCrdt([...'Tagged 4.2.'].map((char): Op => ({ who: 'a', item: 0, kind: 'type', char })), 1, 0);
		const { keep } = compactJournal(journal);
		expect(keep).toHaveLength(2);
		expect(keep[1]).toMatchObject({ patch: { notes: 'Tagged 4.2.' }, y: expect.any(String) });
		expect(exactNotes(keep)[0]).toBe('Tagged 4.2.');
	});
});
