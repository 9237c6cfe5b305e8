// The meeting state is a pure fold of its journal, ordered by (at, writer, seq), so two panels
// that saw the same events in different orders show the same meeting.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MeetingEvent } from '../../../src/core/events.ts';
import { replay } from '../../../src/core/journal.ts';
import { createItem, createMeeting, journalWriter } from '../../../src/core/meeting.ts';
import { fcParams } from '../../helpers/fc-params.ts';

const meeting = createMeeting({ id: 'm1', title: 'Weekly call', date: '2026-11-25' });

function twoWriters(): MeetingEvent[] {
	const a = journalWriter('m1', 'panel-a');
	const b = journalWriter('m1', 'panel-b');
	return [
		a({ type: 'meeting.created', meeting }, 1000),
		a({ type: 'item.added', item: createItem({ id: 'i1', title: 'Release' }) }, 2000),
		b({ type: 'item.added', item: createItem({ id: 'i2', title: 'Website' }) }, 2000),
		a({ type: 'item.updated', itemId: 'i1', patch: { notes: 'from A' } }, 3000),
		b({ type: 'item.updated', itemId: 'i1', patch: { notes: 'from B' } }, 3000),
		b({ type: 'attendee.added', attendee: { id: 'p1', name: 'Anil', presence: 'present' } }, 3500),
		a({ type: 'meeting.updated', patch: { chair: 'Anil' } }, 4000),
	];
}

describe('replay', () => {
	it('applies events in (at, writer, seq) order whatever order they arrive in', () => {
		const events = twoWriters();
		const expected = replay(events);
		expect(expected?.items.map((i) => i.title)).toEqual(['Release', 'Website']);
		// Same timestamp: writer "panel-b" sorts after "panel-a", so B's notes win, deterministically.
		expect(expected?.items[0]?.notes).toBe('from B');
		fc.assert(fc.property(fc.shuffledSubarray(events, { minLength: events.length }), (shuffled) => {
			expect(replay(shuffled)).toEqual(expected);
		}), fcParams(100));
	});

	it('orders one writer\'s events with equal timestamps by sequence number', () => {
		const w = journalWriter('m1', 'cli');
		const events = [
			w({ type: 'meeting.created', meeting }, 5),
			w({ type: 'meeting.updated', patch: { title: 'first' } }, 5),
			w({ type: 'meeting.updated', patch: { title: 'second' } }, 5),
		];
		expect(replay([...events].reverse())?.title).toBe('second');
	});

	it('keeps the state when an event names an item another panel removed', () => {
		const w = journalWriter('m1', 'a');
		const state = replay([
			w({ type: 'meeting.created', meeting }, 1),
			w({ type: 'item.added', item: createItem({ id: 'i1', title: 'Gone soon' }) }, 2),
			w({ type: 'item.removed', itemId: 'i1' }, 3),
			w({ type: 'item.updated', itemId: 'i1', patch: { notes: 'late edit' } }, 4),
			w({ type: 'action.added', itemId: 'i1', action: { id: 'x', owner: 'A', text: 't', status: 'open' } }, 5),
		]);
		expect(state?.items).toEqual([]);
	});

	it('clears an optional field with null and leaves unnamed fields alone', () => {
		const w = journalWriter('m1', 'a');
		const state = replay([
			w({ type: 'meeting.created', meeting: { ...meeting, chair: 'Anil', secretary: 'Amir' } }, 1),
			w({ type: 'meeting.updated', patch: { chair: null } }, 2),
		]);
		expect(state?.chair).toBeUndefined();
		expect(state?.secretary).toBe('Amir');
	});

	it('moves, inserts and removes agenda items and their records', () => {
		const w = journalWriter('m1', 'a');
		const state = replay([
			w({ type: 'meeting.created', meeting }, 1),
			w({ type: 'item.added', item: createItem({ id: 'a', title: 'A' }) }, 2),
			w({ type: 'item.added', item: createItem({ id: 'b', title: 'B' }) }, 3),
			w({ type: 'item.added', item: createItem({ id: 'c', title: 'C' }), index: 0 }, 4),
			w({ type: 'item.moved', itemId: 'a', index: 2 }, 5),
			w({ type: 'decision.added', itemId: 'b', decision: { id: 'd1', text: 'Ship it' } }, 6),
			w({ type: 'action.added', itemId: 'b', action: { id: 'x1', owner: 'Anil', text: 'write it down', status: 'open' } }, 7),
			w({ type: 'action.updated', itemId: 'b', actionId: 'x1', patch: { status: 'done' } }, 8),
			w({ type: 'link.added', itemId: 'b', link: { id: 'pr', url: 'https://example.org/pr/1' } }, 9),
			w({ type: 'link.added', link: { id: 'list', url: 'https://example.org/list' } }, 10),
		]);
		expect(state?.items.map((i) => i.id)).toEqual(['c', 'b', 'a']);
		expect(state?.items[1]?.decisions).toEqual([{ id: 'd1', text: 'Ship it' }]);
		expect(state?.items[1]?.actions[0]?.status).toBe('done');
		expect(state?.items[1]?.links).toHaveLength(1);
		expect(state?.links).toEqual([{ id: 'list', url: 'https://example.org/list' }]);
	});

	it('puts a removed action or decision back where it was when the removal is undone', () => {
		const w = journalWriter('m1', 'a');
		const action = (id: string) => ({ id, owner: 'Anil', text: id, status: 'open' as const });
		const state = replay([
			w({ type: 'meeting.created', meeting }, 1),
			w({ type: 'item.added', item: createItem({ id: 'b', title: 'B' }) }, 2),
			...['x1', 'x2', 'x3'].map((id, n) => w({ type: 'action.added', itemId: 'b', action: action(id) }, 3 + n)),
			...['d1', 'd2'].map((id, n) => w({ type: 'decision.added', itemId: 'b', decision: { id, text: id } }, 6 + n)),
			w({ type: 'action.removed', itemId: 'b', actionId: 'x2' }, 8),
			w({ type: 'decision.removed', itemId: 'b', decisionId: 'd1' }, 9),
			w({ type: 'action.added', itemId: 'b', action: action('x2'), index: 1 }, 10),
			w({ type: 'decision.added', itemId: 'b', decision: { id: 'd1', text: 'd1' }, index: 0 }, 11),
		]);
		expect(state?.items[0]?.actions.map((a) => a.id)).toEqual(['x1', 'x2', 'x3']);
		expect(state?.items[0]?.decisions.map((d) => d.id)).toEqual(['d1', 'd2']);
	});

	it('has no meeting before it is created', () => {
		const w = journalWriter('m1', 'a');
		expect(replay([w({ type: 'meeting.updated', patch: { title: 'x' } }, 1)])).toBeUndefined();
	});
});

describe('duplicateMeeting', () => {
	it('keeps the people, agenda and budgets for the next call, and none of what happened', async () => {
		const { duplicateMeeting } = await import('../../../src/core/meeting.ts');
		const { sampleJournal } = await import('../../fixtures/sample-meeting.ts');
		const original = replay(sampleJournal());
		if (original === undefined) throw new Error('no meeting');
		let n = 0;
		const copy = duplicateMeeting(original, 'next', '2026-12-09', () => `n${++n}`);
		expect(copy).toMatchObject({ id: 'next', date: '2026-12-09', title: original.title, chair: 'Amir Chaudhry', aob: '', timeline: [], links: original.links });
		expect(copy.items.map((i) => [i.title, i.budget, i.subItems, i.notes, i.actions.length, i.decisions.length])).toEqual(original.items.map((i) => [i.title, i.budget, i.subItems, '', 0, 0]));
		// Expected, not present: who comes to the next call is marked at that call.
		expect(copy.attendees.map((a) => [a.name, a.presence])).toEqual(original.attendees.map((a) => [a.name, 'expected']));
		expect(new Set([...copy.items, ...copy.attendees].map((x) => x.id)).size).toBe(copy.items.length + copy.attendees.length);
		expect(copy.nextCall).toBeUndefined();
		expect(original.items[0]?.notes).not.toBe(''); // the original is untouched
	});
});
