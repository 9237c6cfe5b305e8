// Importing last week's minutes and touching one thing changes those lines and nothing else,
// so the site's git history shows the edit alone.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/core/types.ts';
import { exportMinutes } from '../../../src/markdown/export.ts';
import { importMinutes } from '../../../src/markdown/import/import-minutes.ts';

const file = `---
updated: 2015-03-11
subject: 'Weekly Meeting: 2015-03-11'
permalink: weekly-2015-03-11
description: '11th Mar 2015: Racing and Testing'
---

### Agenda ###

* Race issues
* Quality and Test


Attendees:
Amir Chaudhry (chair), Thomas Gazagnaire and   Dave Scott


### Notes ###

<!-- recorded late -->

#### Race issues #### 

The race is still unresolved.

#### Quality and test #### 

Better.

[test]: https://example.org/test

-- 

#### AoB ####

- Nothing else.
`;

const imported = (): Meeting => {
	const result = importMinutes(file, { fileName: '2015-03-11.md' });
	if (!result.ok) throw new Error('import failed');
	return result.meeting;
};
const changedLines = (before: string, after: string) => {
	const a = before.split('\n');
	const b = after.split('\n');
	return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
};
const out = (meeting: Meeting) => exportMinutes(meeting, 'mirage-www').markdown;

describe('export of an imported file', () => {
	it('gives the same bytes when nothing changed', () => {
		expect(out(imported())).toBe(file);
	});

	it('rewrites only the notes that changed', () => {
		const meeting = imported();
		meeting.items[0]!.notes = 'The race is fixed.';
		expect(changedLines(file, out(meeting))).toEqual({ removed: ['The race is still unresolved.'], added: ['The race is fixed.'] });
	});

	it('rewrites a renamed item in the agenda and its heading, in the file\'s own style', () => {
		const meeting = imported();
		meeting.items[0]!.title = 'Race conditions';
		expect(changedLines(file, out(meeting))).toEqual({ removed: ['* Race issues', '#### Race issues #### '], added: ['* Race conditions', '#### Race conditions ####'] });
	});

	it('writes a new attendee into the attendee list only', () => {
		const meeting = imported();
		meeting.attendees.push({ id: 'new', name: 'Hannes Mehnert', presence: 'present' });
		const diff = changedLines(file, out(meeting));
		expect(diff.removed).toEqual(['Amir Chaudhry (chair), Thomas Gazagnaire and   Dave Scott']);
		expect(diff.added).toEqual(['Amir Chaudhry (chair), Thomas Gazagnaire, Dave Scott and Hannes Mehnert']);
	});

	it('puts a new item after the last one, in the agenda and in the notes, and keeps the comment', () => {
		const meeting = imported();
		meeting.items.push({ id: 'n', title: 'Website', subItems: [], notes: 'Moving to HTTPS.', links: [], decisions: [], actions: [] });
		const text = out(meeting);
		expect(text).toContain('* Quality and Test\n* Website\n');
		expect(text).toContain('[test]: https://example.org/test\n\n#### Website ####\n\nMoving to HTTPS.\n\n-- \n');
		expect(text).toContain('<!-- recorded late -->');
	});

	it('follows the user when items are reordered', () => {
		const meeting = imported();
		meeting.items.reverse();
		const text = out(meeting);
		expect(text.indexOf('* Quality and Test')).toBeLessThan(text.indexOf('* Race issues'));
		expect(text.indexOf('#### Quality and test')).toBeLessThan(text.indexOf('#### Race issues'));
	});

	it('drops a removed item and keeps everything else', () => {
		const meeting = imported();
		meeting.items.splice(1, 1);
		const diff = changedLines(file, out(meeting));
		expect(diff.added).toEqual([]);
		expect(diff.removed).toEqual(['* Quality and Test', '#### Quality and test #### ', 'Better.', '[test]: https://example.org/test']);
	});
});

describe('front matter of an imported file', () => {
	const withExtras = `---
updated: 2015-03-11
subject: 'Weekly Meeting: 2015-03-11'
tags: [meetings, weekly]
permalink: minutes/2015-03-11-call
extra:
  - nested: { any: yaml }
description: '11th Mar 2015: Racing'
---

### Agenda ###

- Racing
`;

	it('keeps keys Gavel has no field for, whatever YAML they hold, when the title changes', () => {
		const result = importMinutes(withExtras, { fileName: '2015-03-11.md' });
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(out(result.meeting)).toBe(withExtras);
		result.meeting.title = 'Weekly call: racing';
		result.meeting.date = '2015-03-12';
		const text = out(result.meeting);
		expect(text).toContain("subject: 'Weekly call: racing'\n");
		expect(text).toContain('permalink: minutes/2015-03-12-call\n');
		expect(text).toContain('tags: [meetings, weekly]\nextra:\n  - nested: { any: yaml }\n---\n');
	});
});
