// A journal in memory reaches the same meeting whatever order its events arrive in, and an
// event that arrives twice (sent by two routes) counts once.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appendEvents, emptyJournal, journalOf } from '../../../src/core/journal-state.ts';
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

	it('keeps its state when given nothing new', () => {
		const journal = journalOf(events);
		expect(appendEvents(journal, events.slice(0, 3))).toBe(journal);
	});
});
