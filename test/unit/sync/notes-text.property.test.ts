// The notes merge as issue 15 asks of it: two typists each typing forward from their own caret
// into the same notes (at the same place or apart, over any starting text), their keys reaching
// the other in any order and with any lag, end with the same text on both sides, each typist's
// words one contiguous run in the order typed, and the text they started from still in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notesTyping, typedEdit, type NotesTyping } from '../../../src/sync/notes-text.ts';

interface Typist {
	box: NotesTyping;
	/** Updates sent by the other, not yet arrived here. */
	coming: Uint8Array[];
	left: string[];
}

/** One key into the box at its caret, as the textarea would take it. */
function press(box: NotesTyping, char: string): Uint8Array {
	const text = box.text();
	const at = box.caret();
	return box.type(text.slice(0, at) + char + text.slice(at), at + 1);
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
	// Each step: a key typed by one, or something in flight arriving at one (which of its pending, by index).
	steps: fc.array(fc.record({ kind: fc.constantFrom('type-left', 'type-right', 'arrive-left', 'arrive-right'), pick: fc.nat() }), { maxLength: 120 }),
});

describe('the notes merge (Y.Text, a caret that sticks to its own text)', () => {
	it('keeps each typist’s words whole and in order, and both sides equal, whatever arrives when', () => {
		fc.assert(
			fc.property(typing, ({ base, left, right, leftAt, rightAt, steps }) => {
				const seed = notesTyping({ clientId: 1 });
				seed.type(base, base.length);
				const start = seed.state();
				const open = (clientId: number, share: number, words: string): Typist => {
					const box = notesTyping({ clientId, start });
					const at = Math.round(share * base.length);
					// Put the caret there, as a click would (a change of nothing).
					box.type(box.text(), at);
					return { box, coming: [], left: [...words] };
				};
				const a = open(2, leftAt, left);
				const b = open(3, rightAt, right);
				const key = (from: Typist, to: Typist) => {
					const char = from.left.shift();
					if (char !== undefined) to.coming.push(press(from.box, char));
				};
				const arrive = (at: Typist, pick: number) => {
					const [update] = at.coming.splice(pick % Math.max(1, at.coming.length), 1);
					if (update !== undefined) at.box.receive(update);
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
				const final = a.box.text();
				expect(b.box.text()).toBe(final);
				expect(wholeRuns(final, base, left, right), JSON.stringify(final)).toBe(true);
			}),
			{ numRuns: 400 },
		);
	});

	it('reads a key from the caret where trimming alone would misplace it', () => {
		// "b" typed after the "a" of "ab": at 1, not after the last "b".
		expect(typedEdit('ab', 'abb', 2)).toEqual({ from: 1, removed: '', insert: 'b' });
		// Backspace over the "b" of "abc", and Delete of it with the caret before it.
		expect(typedEdit('abc', 'ac', 1)).toEqual({ from: 1, removed: 'b', insert: '' });
		// A paste over a selection: the span that changed.
		expect(typedEdit('one two three', 'one 2 three', 5)).toEqual({ from: 4, removed: 'two', insert: '2' });
	});
});
