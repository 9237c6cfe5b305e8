// Actions and decisions as other communities mark them (fixtures written here after the W3C,
// MeetBot, Node.js, Rust and Python styles): each a record, with its owner and due date where the
// line gives them; the line stays in the notes as written, and no export writes it twice.
import { describe, expect, it } from 'vitest';
import { exportMinutes } from '../../../src/markdown/export.ts';
import { importMinutes } from '../../../src/markdown/import/import-minutes.ts';
import { readMark } from '../../../src/markdown/marks.ts';

const action = (line: string) => {
	const mark = readMark(line);
	return mark !== undefined && 'action' in mark ? mark.action : undefined;
};
const decision = (line: string) => {
	const mark = readMark(line);
	return mark !== undefined && 'decision' in mark ? mark.decision.text : undefined;
};

describe('a marked line', () => {
	it('is an action, with its owner and due date', () => {
		expect(action('ACTION: Anil to tag 4.2')).toEqual({ owner: 'Anil', text: 'tag 4.2', status: 'open' });
		expect(action('Action item: @ada update the docs (due 2026-12-01)')).toEqual({ owner: '@ada', text: 'update the docs', due: '2026-12-01', status: 'open' });
		expect(action('AI: Bob - file the bug')).toEqual({ owner: 'Bob', text: 'file the bug', status: 'open' });
		expect(action('> ***Action #1: talk to david about WebIDL (Ivan Herman)***')).toEqual({ owner: 'Ivan Herman', text: 'talk to david about WebIDL', status: 'open' });
		expect(action('- [ ] ada: write the post')).toEqual({ owner: 'ada', text: 'write the post', status: 'open' });
		expect(action('- [x] [Grace] review the PR')).toEqual({ owner: 'Grace', text: 'review the PR', status: 'done' });
		expect(action('* **Action:** nobody named here yet')).toEqual({ owner: '', text: 'nobody named here yet', status: 'open' });
	});

	it('is a decision', () => {
		expect(decision('RESOLUTION: publish the draft')).toBe('publish the draft');
		expect(decision('> ***Resolution #2: Audiobooks use the type audiobook***')).toBe('Audiobooks use the type audiobook');
		expect(decision('Resolved: ship on Friday')).toBe('ship on Friday');
		expect(decision('- **Decision:** keep the old API')).toBe('keep the old API');
		expect(decision('Consensus: no new syntax this year')).toBe('no new syntax this year');
		expect(decision('* Conclusion: do not use.')).toBe('do not use.');
	});

	it('is not a mark where it only speaks of one', () => {
		for (const line of ['**Wendy Reid:** the action is on me', 'Consensus is this should be easy', 'The decision: later', 'Resolution:', '- [Resolution #1](#resolution1): minutes approved', 'ai: a word in passing', 'Actions speak louder']) {
			expect(readMark(line), line).toBeUndefined();
		}
	});
});

describe('marked lines in a file', () => {
	const file = '# Team call 2026-11-18\n\n## Release\n\n**Ada:** shall we ship?\n\nDecision: ship on Friday\n\nACTION item: Grace to write the notes\n\n## Action items\n\n- Ada: tag the release\n- [ ] @bob: announce it\n\n## Resolutions\n\n- [Decision 1](#d1): ship on Friday\n';
	const result = importMinutes(file, { fileName: '2026-11-18.md' });
	if (!result.ok) throw new Error('not imported');
	const meeting = result.meeting;

	it('are records of their item, and the lines stay in the notes', () => {
		const [release, actions, recap] = meeting.items;
		expect(release?.decisions.map((d) => d.text)).toEqual(['ship on Friday']);
		expect(release?.actions.map((a) => [a.owner, a.text])).toEqual([['Grace', 'write the notes']]);
		expect(release?.notes).toContain('Decision: ship on Friday');
		// Every bullet of an "Action items" section is an action; a recap's links back are not new records.
		expect(actions?.actions.map((a) => [a.owner, a.text])).toEqual([['Ada', 'tag the release'], ['@bob', 'announce it']]);
		expect(recap?.decisions).toEqual([]);
	});

	it('are written once by every profile', () => {
		expect(exportMinutes(meeting, 'mirage-www').markdown).toBe(file);
		const again = { ...meeting, items: meeting.items.map((i) => ({ ...i, notes: `${i.notes}\n\nMore.` })) };
		const regenerated = exportMinutes(again, 'mirage-www').markdown;
		expect(regenerated.split('ship on Friday').length - 1).toBe(2); // the decision line, and the recap
		expect(regenerated.split('tag the release').length - 1).toBe(1);
		const plain = exportMinutes(meeting, 'plain').markdown;
		expect(plain).toMatch(/## Decisions\n\n- .*ship on Friday/);
		expect(plain).toMatch(/## Actions\n\n(?:- .*\n)*- .*\*\*Ada\*\*: tag the release/);
	});
});
