// The snapshot's search words are those of the whole meeting's text, in order, however the
// snapshot before it was made: words kept from the last snapshot are never stale.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import type { Meeting } from '../../../src/core/types.ts';
import { snapshotOf, wordsOf } from '../../../src/storage/snapshot.ts';
import { hostileLines, meetingArb } from '../../helpers/arbitraries.ts';
import { fcParams } from '../../helpers/fc-params.ts';

/** What the words were before they were kept per piece: the whole text at once. */
const wholeText = (m: Meeting) =>
	wordsOf(
		[
			m.title,
			m.summary ?? '',
			...m.attendees.map((a) => `${a.name} ${a.handle ?? ''}`),
			...m.items.flatMap((i) => [i.title, i.notes, ...i.subItems, ...i.decisions.map((d) => d.text), ...i.actions.map((a) => `${a.owner} ${a.text}`)]),
			m.aob,
		].join(' '),
	).slice(0, 2_000);

describe('snapshot words', () => {
	it('are the words of the whole text, for any meeting after any other, and after one item is edited', () => {
		fc.assert(
			fc.property(meetingArb, meetingArb, hostileLines, (before, meeting, notes) => {
				snapshotOf(before, 1);
				expect(snapshotOf(meeting, 2).words).toEqual(wholeText(meeting));
				const [first, ...rest] = meeting.items;
				if (first === undefined) return;
				const edited = { ...meeting, items: [{ ...first, notes: `${first.notes}${notes}` }, ...rest] };
				expect(snapshotOf(edited, 3).words).toEqual(wholeText(edited));
			}),
			fcParams(300),
		);
	});

	it('fold accents and case, and find a word typed into one item among the kept ones', () => {
		const meeting = { ...createMeeting({ id: 'm', title: 'Weekly', date: '2026-11-25' }), attendees: [{ id: 'p1', name: 'Daniel Bünzli', presence: 'present' as const }] };
		const items = [createItem({ id: 'a', title: 'Release', notes: 'CI is red' }), createItem({ id: 'b', title: 'Website' })];
		expect(snapshotOf({ ...meeting, items }, 1).words).toEqual(['weekly', 'daniel', 'bunzli', 'release', 'ci', 'is', 'red', 'website']);
		const typed = [items[0], createItem({ id: 'b', title: 'Website', notes: 'Zoë redesigns it' })] as Meeting['items'];
		expect(snapshotOf({ ...meeting, items: typed }, 2).words).toEqual(['weekly', 'daniel', 'bunzli', 'release', 'ci', 'is', 'red', 'website', 'zoe', 'redesigns', 'it']);
	});
});
