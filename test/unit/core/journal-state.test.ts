// A journal in memory reaches the same meeting whatever order its events arrive in, and an
// event that arrives twice (sent by two routes) counts once.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appendEvents, CHECKPOINT_EVERY, emptyJournal, journalOf } from '../../../src/core/journal-state.ts';
import { journalWriter } from '../../../src/core/meeting.ts';
import { replay } from '../../../src/core/journal.ts';
import { sampleJournal } from '../../fixtures/sample-meeting.ts';
import { fcParams } from '../../helpers/fc-params.ts';

describe('appendEvents', () => {
	const events = sampleJournal();

	it('reaches the replayed meeting whatever batches and order the events come in, duplicates included', () => {
		const expected = replay(events);
		fc.assert(
			fc.property(fc.shuffledSubarray(events, { minLength: events.length }), fc.array(fc.nat(events.length), { maxLength: 6 }), fc.array(fc.nat(events.length - 1), { maxLength: 4 }), (order, cuts, repeats) => {
				const bounds = [...new Set([0, ...cuts, order.length])].sort((a, b) => a - b);
				let journal = emptyJournal;
				for (let i = 1; i < bounds.length; i++) journal = appendEvents(journal, order.slice(bounds[i - 1], bounds[i]));
				journal = appendEvents(journal, repeats.map((r) => order[r]!));
				expect(journal.meeting).toEqual(expected);
				expect(journal.events).toHaveLength(events.length);
			}),
			fcParams(200),
		);
	});

	it('folds a late event in from the checkpoint before it, to the meeting a replay gives, in a long journal', () => {
		// Three strides of notes typed by one panel, then another panel's keys that arrive late, one batch at a time.
		const w = journalWriter('weekly-2026-11-25', 'panel-1');
		const other = journalWriter('weekly-2026-11-25', 'panel-2');
		const start = events.at(-1)?.at ?? 0;
		const typed = Array.from({ length: 3 * CHECKPOINT_EVERY + 10 }, (_, k) => w({ type: 'item.updated', itemId: `i${(k % 3) + 1}`, patch: { notes: `note ${k}` } }, start + 1 + k * 10));
		const late = Array.from({ length: 40 }, (_, k) => other({ type: 'item.updated', itemId: 'i2', patch: { title: `retitled ${k}` } }, start + 5 + k * 173));
		fc.assert(
			fc.property(fc.shuffledSubarray(late, { minLength: late.length }), fc.array(fc.nat(late.length), { maxLength: 5 }), (order, cuts) => {
				let journal = journalOf([...events, ...typed]);
				const bounds = [...new Set([0, ...cuts, order.length])].sort((a, b) => a - b);
				for (let i = 1; i < bounds.length; i++) journal = appendEvents(journal, order.slice(bounds[i - 1], bounds[i]));
				const all = [...events, ...typed, ...late];
				expect(journal.meeting).toEqual(replay(all));
				expect(journal.events).toEqual(journalOf(all).events);
				// And each checkpoint is the meeting before its place, as a replay of what comes before gives.
				expect(journal.checkpoints).toHaveLength(Math.ceil(journal.events.length / CHECKPOINT_EVERY));
				journal.checkpoints.forEach((state, k) => expect(state).toEqual(replay(journal.events.slice(0, k * CHECKPOINT_EVERY))));
			}),
			fcParams(30),
		);
	});

	it('keeps its state when given nothing new', () => {
		const journal = journalOf(events);
		expect(appendEvents(journal, events.slice(0, 3))).toBe(journal);
	});
});
