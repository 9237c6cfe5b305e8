// Two panels typing into one item's notes at once: edits in different places, or both at the
// same place, are all kept; overlapping ones keep the later and set the other text aside as a
// conflict; and every panel, whatever order the events reached it in, folds the same notes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../src/core/events.ts';
import { replay } from '../../../src/core/journal.ts';
import { createItem, createMeeting, journalWriter } from '../../../src/core/meeting.ts';
import { mergeNotes, notesEdit } from '../../../src/core/notes-merge.ts';
import type { AgendaItem, Meeting } from '../../../src/core/types.ts';
import { fcParams } from '../../helpers/fc-params.ts';

describe('mergeNotes', () => {
	const base = 'Release is blocked on TLS.';
	const typed = (on: string, after: string) => ({ full: after, edit: notesEdit(on, after) });

	it('takes an edit typed on the text in place as it is', () => {
		const { full, edit } = typed(base, `${base} Fixed.`);
		expect(mergeNotes(base, full, edit)).toEqual({ text: `${base} Fixed.` });
	});

	it('keeps both when two panels changed different places', () => {
		const theirs = 'Release is blocked on TLS 1.3.';
		const { full, edit } = typed(base, 'The release is blocked on TLS.');
		expect(mergeNotes(theirs, full, edit)).toEqual({ text: 'The release is blocked on TLS 1.3.' });
		const mine = typed(base, `${base} Anil tags it.`);
		expect(mergeNotes('Release is blocked on OpenSSL.', mine.full, mine.edit)).toEqual({ text: 'Release is blocked on OpenSSL. Anil tags it.' });
	});

	it('keeps both when both typed at the same place', () => {
		const { full, edit } = typed(base, `${base} B`);
		expect(mergeNotes(`${base} A`, full, edit)).toEqual({ text: `${base} B A` });
	});

	it('lets the later edit win where they overlap, and hands back the text it replaced', () => {
		const { full, edit } = typed(base, 'Release is blocked on DNS.');
		expect(mergeNotes('Release is blocked on SSL.', full, edit)).toEqual({ text: 'Release is blocked on DNS.', lost: 'Release is blocked on SSL.' });
	});

	it('takes an edit that does not describe its own text as it stands', () => {
		expect(mergeNotes('x', 'whole new', { from: 3, removed: '', insert: 'zzz' })).toEqual({ text: 'whole new' });
	});
});

/** Two writers typing strings character by character into one item, each seeing the other's keys only `lag` events later. */
function typingJournal(a: string, b: string, lag: number): MeetingEvent[] {
	const meeting = createMeeting({ id: 'm', title: 'Call', date: '2026-11-25', items: [createItem({ id: 'i', title: 'Release' })] });
	const writers = { a: journalWriter('m', 'a'), b: journalWriter('m', 'b') };
	const journal: MeetingEvent[] = [writers.a({ type: 'meeting.created', meeting }, 0)];
	let at = 1;
	const queues = { a: [...a], b: [...b] };
	while (queues.a.length > 0 || queues.b.length > 0) {
		for (const who of ['a', 'b'] as const) {
			const char = queues[who].shift();
			if (char === undefined) continue;
			// What this writer's panel shows: its own events and the other's up to `lag` behind.
			const seen = journal.filter((e) => e.writer === who || e.at <= at - lag || e.type === 'meeting.created');
			const item = replay(seen)?.items[0] as AgendaItem;
			const after = item.notes + char;
			journal.push(writers[who]({ type: 'item.updated', itemId: 'i', patch: { notes: after }, edit: notesEdit(item.notes, after) }, at++));
		}
	}
	return journal;
}

const isSubsequence = (needle: string, hay: string) => {
	let i = 0;
	for (const c of hay) if (c === needle[i]) i++;
	return i === needle.length;
};

describe('two panels typing into one item', () => {
	it('keeps every character of both, in each one\'s order, and every panel folds the same text', () => {
		fc.assert(fc.property(fc.stringMatching(/^[ab .]{0,25}$/), fc.stringMatching(/^[ab .]{0,25}$/), fc.integer({ min: 1, max: 10 }), (a, b, lag) => {
			const journal = typingJournal(a, b, lag);
			const notes = (replay(journal) as Meeting).items[0]?.notes ?? '';
			expect(notes.length).toBe(a.length + b.length);
			expect(isSubsequence(a, notes)).toBe(true);
			expect(isSubsequence(b, notes)).toBe(true);
			expect(replay([...journal].reverse())?.items[0]?.notes).toBe(notes);
		}), fcParams(300));
	});
});
