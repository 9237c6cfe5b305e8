// The notes merge as issue 15 asks of it, through the journal as panels use it: two typists each
// typing forward from their own caret into the same item's notes (at the same place or apart,
// over any starting text), each key an event carrying its Yjs update, the events reaching the
// other in any order and with any lag, end with the same notes on both sides, each typist's words
// one contiguous run in the order typed, and the text they started from still in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventBody, MeetingEvent } from '../../../src/core/events.ts';
import { appendEvents, journalOf, type JournalState } from '../../../src/core/journal-state.ts';
import { notesCrdt, type NotesCrdt } from '../../../src/core/notes-crdt.ts';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';

interface Panel {
	writer: string;
	crdt: NotesCrdt;
	journal: JournalState;
	seq: number;
	/** Events sent by the other, not yet arrived here. */
	coming: MeetingEvent[];
	left: string[];
}

const ITEM = 'item-1';

function notesOf(panel: Panel): string {
	return panel.crdt.overlay(panel.journal.meeting)?.items[0]?.notes ?? '';
}

/** One key at the panel's caret, as the notes box makes it: the event it sends. */
function press(panel: Panel, char: string, at: number): MeetingEvent {
	const text = notesOf(panel);
	const index = panel.crdt.caret(ITEM)?.[0] ?? text.length;
	const after = text.slice(0, index) + char + text.slice(index);
	const body: EventBody = { type: 'item.updated', itemId: ITEM, patch: { notes: after }, edit: panel.crdt.edit(text, after, index + 1) };
	const event = { ...panel.crdt.typed(body, panel.writer), meetingId: 'm', at, writer: panel.writer, seq: ++panel.seq } as MeetingEvent;
	receive(panel, [event]);
	panel.crdt.keepCaret(ITEM, index + 1, index + 1);
	return event;
}

function receive(panel: Panel, events: MeetingEvent[]): void {
	panel.journal = appendEvents(panel.journal, events);
	panel.crdt.add(events);
}

/** `final` is `base` with `left` and `right` each put in whole somewhere (one contiguous run each, apart). */
function wholeRuns(final: string, base: string, left: string, right: string): boolean {
	const at = (run: string) => [...final.matchAll(new RegExp(`(?=${run.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'g'))].map((m) => m.index);
	for (const i of at(left)) {
		for (const j of at(right)) {
			const [first, firstLength, second, secondLength] = i < j ? [i, left.length, j, right.length] : [j, right.length, i, left.length];
			if (first + firstLength > second) continue;
			if (final.slice(0, first) + final.slice(first + firstLength, second) + final.slice(second + secondLength) === base) return true;
		}
	}
	return false;
}

const typing = fc.record({
	base: fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '\n'), maxLength: 12 }),
	left: fc.string({ unit: fc.constantFrom('x', 'y', ' '), minLength: 1, maxLength: 16 }),
	right: fc.string({ unit: fc.constantFrom('P', 'Q', ' '), minLength: 1, maxLength: 16 }),
	// Where each starts typing, as a share of the starting text (both at the end: the usual case).
	leftAt: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
	rightAt: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
	// The starting text was typed before the CRDT loaded (span edits), or came with the agenda.
	typedBefore: fc.boolean(),
	// The order and batches in which a machine joining later gets the journal.
	shuffle: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
	batch: fc.integer({ min: 1, max: 8 }),
	// Each step: a key typed by one, or something in flight arriving at one (which of its pending, by index).
	steps: fc.array(fc.record({ kind: fc.constantFrom('type-left', 'type-right', 'arrive-left', 'arrive-right'), pick: fc.nat() }), { maxLength: 120 }),
});

describe('the notes merge (Y.Text in the journal’s events, a caret that sticks to its own text)', () => {
	it('keeps each typist’s words whole and in order, and both sides equal, whatever arrives when', () => {
		fc.assert(
			fc.property(typing, ({ base, left, right, leftAt, rightAt, typedBefore, shuffle, batch, steps }) => {
				const meeting = createMeeting({ id: 'm', title: 'Call', date: '2026-12-03', items: [createItem({ id: ITEM, title: 'Item', notes: typedBefore ? '' : base })] });
				const start: MeetingEvent[] = [{ type: 'meeting.created', meeting, meetingId: 'm', at: 0, writer: 'chair', seq: 1 }];
				// Keys of the chair's before the CRDT arrived: span edits, one character each.
				if (typedBefore) for (let i = 0; i < base.length; i++) start.push({ type: 'item.updated', itemId: ITEM, patch: { notes: base.slice(0, i + 1) }, edit: { from: i, removed: '', insert: base[i] ?? '' }, meetingId: 'm', at: i + 1, writer: 'chair', seq: i + 2 });
				const open = (writer: string, share: number, words: string): Panel => {
					const crdt = notesCrdt();
					crdt.reset(start);
					const panel: Panel = { writer, crdt, journal: journalOf(start), seq: 0, coming: [], left: [...words] };
					// The box is typed into before the caret is placed: the item's text is built then.
					crdt.typed({ type: 'item.updated', itemId: ITEM, patch: { notes: base } }, writer);
					const at = Math.round(share * base.length);
					crdt.keepCaret(ITEM, at, at);
					return panel;
				};
				const a = open('left-panel', leftAt, left);
				const b = open('right-panel', rightAt, right);
				let clock = 100;
				const key = (from: Panel, to: Panel) => {
					const char = from.left.shift();
					if (char !== undefined) to.coming.push(press(from, char, clock++));
				};
				const arrive = (at: Panel, pick: number) => {
					const [event] = at.coming.splice(pick % Math.max(1, at.coming.length), 1);
					if (event !== undefined) receive(at, [event]);
				};
				for (const step of steps) {
					if (step.kind === 'type-left') key(a, b);
					else if (step.kind === 'type-right') key(b, a);
					else arrive(step.kind === 'arrive-left' ? a : b, step.pick);
				}
				// Whatever is left is typed, and then everything arrives.
				while (a.left.length > 0 || b.left.length > 0) {
					key(a, b);
					key(b, a);
				}
				while (a.coming.length > 0) arrive(a, 0);
				while (b.coming.length > 0) arrive(b, 0);
				const final = notesOf(a);
				expect(notesOf(b)).toBe(final);
				expect(wholeRuns(final, base, left, right), JSON.stringify(final)).toBe(true);
				// A third panel opening the journal later reads the same.
				const later = notesCrdt();
				later.reset(a.journal.events);
				expect(later.overlay(a.journal.meeting)?.items[0]?.notes).toBe(final);
				// And one that gets it in any order, a few events at a time.
				let seed = shuffle;
				const shuffled = [...a.journal.events].map((e) => ({ e, k: (seed = (seed * 48271) % 2147483647) })).sort((x, y) => x.k - y.k).map((x) => x.e);
				const joining = notesCrdt();
				joining.reset([]);
				for (let i = 0; i < shuffled.length; i += batch) joining.add(shuffled.slice(i, i + batch));
				expect(joining.overlay(a.journal.meeting)?.items[0]?.notes).toBe(final);
			}),
			{ numRuns: 400 },
		);
	});
});
