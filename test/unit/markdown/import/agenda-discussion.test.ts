// Minutes written into the agenda itself (fixture after the Node.js TSC's style): the paragraphs
// under a bullet, a speaker's line right under it, and a Q/A exchange in bullets are that item's
// notes, not more of its title nor more items; the file still comes back byte for byte.
import { expect, it } from 'vitest';
import { exportMinutes } from '../../../../src/markdown/export.ts';
import { importMinutes } from '../../../../src/markdown/import/import-minutes.ts';

const file = `# Committee Meeting 2026-11-18

## Agenda

### Announcements

*Extracted from labelled issues prior to the meeting.

### project/core

* Moderation access [#469](https://example.org/469)
Michael: the bot is fine for later.
Rod: I will not hold it up.
* Collaborator nominations [#18090](https://example.org/18090)
* Q: Who can nominate?
  * A: Collaborators.
* Docs for porting [#19827](https://example.org/19827)

Rich volunteered to finish the draft.

Anna: it should land this week.

### project/admin

* Owner permissions [#33](https://example.org/33)

## Q&A, Other
`;

it('gives each agenda item the discussion written under its bullet', () => {
	const result = importMinutes(file, { fileName: '2026-11-18.md' });
	if (!result.ok) throw new Error('not imported');
	const planned = result.meeting.items.filter((i) => !i.unplanned);
	expect(planned.map((i) => [i.title, i.notes])).toEqual([
		['Moderation access [#469](https://example.org/469)', // Lines of one paragraph, as Markdown renders them.
		'Michael: the bot is fine for later. Rod: I will not hold it up.'],
		['Collaborator nominations [#18090](https://example.org/18090)', '* Q: Who can nominate?\n  * A: Collaborators.'],
		['Docs for porting [#19827](https://example.org/19827)', 'Rich volunteered to finish the draft.\n\nAnna: it should land this week.'],
		['Owner permissions [#33](https://example.org/33)', ''],
	]);
	expect(exportMinutes(result.meeting, 'mirage-www').markdown).toBe(file);
	// The lead-in under a group heading stays where it was, in any profile.
	expect(exportMinutes(result.meeting, 'plain').markdown).toContain('*Extracted from labelled issues prior to the meeting.');
});

it('takes a discussion nested under a bullet as its notes, and the heading over the bullets as its group', () => {
	// (Sub-items, one-line bullets under a bullet of an agenda that holds no discussion, are read as such: round-trip tests.)
	const minutes = `# Committee Meeting 2026-11-25

## Agenda

### project/core

* Runtime deprecation of the old constructor [#19079](https://example.org/19079)
  * Rich - wants a feel for where people are; two have changed
    their position since last week.
  * James: prefer not to land for 10.0.0.
    * evaluate again before it goes LTS
* Release plan
  * dates
  * owners

### project/admin

* Travel fund [#99](https://example.org/99)
* Updating the board on meetings [#476](https://example.org/476)
  * the next board call is in May

## Upcoming Meetings

* **Calendar**: <https://example.org/calendar>
`;
	const result = importMinutes(minutes, { fileName: '2026-11-25.md' });
	if (!result.ok) throw new Error('not imported');
	expect(result.meeting.items.filter((i) => !i.unplanned).map((i) => [i.title, i.group, i.subItems, i.notes])).toEqual([
		['Runtime deprecation of the old constructor [#19079](https://example.org/19079)', 'project/core', [],
			'  * Rich - wants a feel for where people are; two have changed\n    their position since last week.\n  * James: prefer not to land for 10.0.0.\n    * evaluate again before it goes LTS'],
		// In an agenda that holds its discussion, one-line bullets under a bullet are its discussion too.
		['Release plan', 'project/core', [], '  * dates\n  * owners'],
		['Travel fund [#99](https://example.org/99)', 'project/admin', [], ''],
		// Its discussion is under it: "Upcoming Meetings" after the agenda is not its section for sharing a word.
		['Updating the board on meetings [#476](https://example.org/476)', 'project/admin', [], '  * the next board call is in May'],
	]);
	expect(result.meeting.items.find((i) => i.title === 'Upcoming Meetings')).toMatchObject({ unplanned: true });
	expect(exportMinutes(result.meeting, 'mirage-www').markdown).toBe(minutes);
});

it('ends a bullet at a heading right under it: the next group is not the bullet\'s notes', () => {
	// Markdown lets a heading interrupt a list with no blank line before it.
	const minutes = `## Agenda

### project/core

* Runtime deprecation [#19079](https://example.org/19079)
  * Rich: two have changed
    their position since last week.
### project/admin
* Travel fund [#99](https://example.org/99)
`;
	const result = importMinutes(minutes, { fileName: '2026-11-25.md' });
	if (!result.ok) throw new Error('not imported');
	expect(result.meeting.items.map((i) => [i.title, i.group, i.notes])).toEqual([
		['Runtime deprecation [#19079](https://example.org/19079)', 'project/core', '  * Rich: two have changed\n    their position since last week.'],
		['Travel fund [#99](https://example.org/99)', 'project/admin', ''],
	]);
	expect(exportMinutes(result.meeting, 'mirage-www').markdown).toBe(minutes);
});
