// A new meeting, made in Gavel, written in the house style learned from one of a site's files
// (fixtures after a scribejs working group and a technical committee that minutes its discussion
// in the agenda): the site's front matter, headings, attendee lines and file name, and a file
// that reads back as the same meeting.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createItem, createMeeting } from '../../../../src/core/meeting.ts';
import type { Meeting } from '../../../../src/core/types.ts';
import { exportMinutes } from '../../../../src/markdown/export.ts';
import { importMinutes } from '../../../../src/markdown/import/import-minutes.ts';
import { learnStyle } from '../../../../src/markdown/style/learn-style.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/styles/${name}`, import.meta.url), 'utf8');

function newMeeting(): Meeting {
	const meeting = createMeeting({
		id: 'm',
		title: 'Example Working Group Telco — 2026-11-30',
		date: '2026-11-30',
		attendees: [
			{ id: 'p1', name: 'Ada Lovelace', presence: 'present', role: 'chair', handle: '@ada', note: 'TC' },
			{ id: 'p2', name: 'Katherine Johnson', presence: 'present', handle: '@kj', note: 'TC' },
			{ id: 'p3', name: 'Alan Turing', presence: 'present', note: 'TC' },
			{ id: 'p4', name: 'Grace Hopper', presence: 'regrets' },
		],
		items: [
			createItem({ id: 'i1', title: 'Release plan', notes: '**Alan Turing:** the branch is cut.', decisions: [{ id: 'd1', text: 'ship on Friday' }] }),
			createItem({ id: 'i2', title: 'AOB', notes: 'Nothing else.', actions: [{ id: 'a1', owner: 'Katherine Johnson', text: 'write the release notes', status: 'open' }] }),
		],
	});
	meeting.chair = 'Ada Lovelace';
	return meeting;
}

describe('the style of a scribejs working group', () => {
	const learned = learnStyle(fixture('scribejs-2026-11-23-wg.md'), 'scribejs-2026-11-23-wg.md');
	if (!learned.ok) throw new Error('not learned');
	const out = exportMinutes(newMeeting(), 'learned', { style: learned.style });

	it('names the file and writes the front matter as the site does, with a JSON-LD entry per attendee', () => {
		expect(out.fileName).toBe('scribejs-2026-11-30-wg.md');
		expect(out.markdown).toMatch(/^---\nlayout: minutes\ndate: 2026-11-30\ntitle: Example Working Group Telco — 2026-11-30\njson-ld: \|\n/);
		const jsonLd = JSON.parse(/json-ld: \|\n([\s\S]*?)\n---/.exec(out.markdown)?.[1] ?? '') as { dateCreated: string; attendee: Array<{ name: string }> };
		expect(jsonLd.dateCreated).toBe('2026-11-30');
		// Those present who hold no role, as the site lists them.
		expect(jsonLd.attendee.map((a) => a.name)).toEqual(['Katherine Johnson', 'Alan Turing']);
	});

	it('keeps the site\'s own text, with this meeting\'s date where the file had its own', () => {
		expect(out.markdown).toContain('# Example Working Group Telco — Minutes\n{: .no_toc}\n\n**Date:** 2026-11-30\n\nSee also the [IRC Log](https://example.org/2026/11/30-wg-irc.txt)');
		expect(out.markdown).toContain('## Content:\n{: .no_toc}\n\n* TOC\n{:toc}\n---');
	});

	it('writes the attendance as labelled lines and numbers the sections with their anchors', () => {
		expect(out.markdown).toContain('## Attendees\n{: .no_toc}\n**Present:** Ada Lovelace, Katherine Johnson, Alan Turing\n\n**Regrets:** Grace Hopper\n\n**Chair:** Ada Lovelace');
		expect(out.markdown).toContain('### 1. Release plan\n{: #section1}\n\n**Alan Turing:** the branch is cut.');
		expect(out.markdown).toContain('### 2. AOB\n{: #section2}');
	});

	it('marks decisions and actions as the site does, numbered', () => {
		expect(out.markdown).toContain('**Alan Turing:** the branch is cut.\n\n> ***Resolution #1: ship on Friday***\n{: #resolution1 .resolution}');
		expect(out.markdown).toContain('Nothing else.\n\n> ***Action #1: write the release notes (Katherine Johnson)***\n{: #action1 .action}');
	});

	it('reads back as the same meeting', () => {
		const back = importMinutes(out.markdown, { fileName: out.fileName });
		if (!back.ok) throw new Error('not imported');
		expect(back.meeting.date).toBe('2026-11-30');
		expect(back.meeting.chair).toBe('Ada Lovelace');
		expect(back.meeting.attendees.map((a) => [a.name, a.presence])).toEqual([['Ada Lovelace', 'present'], ['Katherine Johnson', 'present'], ['Alan Turing', 'present'], ['Grace Hopper', 'regrets']]);
		expect(back.meeting.items.flatMap((i) => i.decisions.map((d) => d.text))).toEqual(['ship on Friday']);
		expect(back.meeting.items.flatMap((i) => i.actions.map((a) => [a.owner, a.text]))).toEqual([['Katherine Johnson', 'write the release notes']]);
	});
});

describe('the style of a committee that minutes in its agenda', () => {
	const learned = learnStyle(fixture('tsc-2026-11-18.md'), 'tsc-2026-11-18.md');
	if (!learned.ok) throw new Error('not learned');

	it('writes one bullet a person, with handle and note, a blank line where the note changes', () => {
		const meeting = newMeeting();
		meeting.attendees[2]!.note = 'observer';
		const out = exportMinutes(meeting, 'learned', { style: learned.style });
		expect(out.fileName).toBe('tsc-2026-11-30.md');
		expect(out.markdown).toMatch(/^# Example Technical Committee Meeting 2026-11-30\n/);
		expect(out.markdown).toContain('## Present\n\n* Ada Lovelace @ada (TC)\n* Katherine Johnson @kj (TC)\n\n* Alan Turing (observer)\n\n## Regrets\n\n* Grace Hopper\n\n## Agenda');
	});

	it('lists regrets as the file did, under its own heading', () => {
		const published = fixture('tsc-2026-11-18.md').replace('\n## Agenda', '## Not present\n\n* Edsger Dijkstra @ewd (TC)\n\n## Agenda');
		const withRegrets = learnStyle(published, 'tsc-2026-11-18.md');
		if (!withRegrets.ok) throw new Error('not learned');
		const out = exportMinutes(newMeeting(), 'learned', { style: withRegrets.style }).markdown;
		expect(out).toContain('\n\n## Not present\n\n* Grace Hopper\n\n## Agenda');
		const back = importMinutes(out, { fileName: 'tsc-2026-11-30.md' });
		expect(back.ok && back.meeting.attendees.filter((a) => a.presence === 'regrets').map((a) => a.name)).toEqual(['Grace Hopper']);
	});

	it('groups the agenda under its headings and writes each item\'s discussion under its bullet', () => {
		const meeting = newMeeting();
		meeting.items[0]!.group = 'project/core';
		meeting.items[0]!.notes = 'Alan: the branch is cut.';
		meeting.items[1]!.group = 'project/admin';
		const out = exportMinutes(meeting, 'learned', { style: learned.style });
		expect(out.markdown).toContain('## Agenda\n\n### project/core\n\n* Release plan\n\nAlan: the branch is cut.\n\n**Decision:** ship on Friday\n\n### project/admin\n\n* AOB\n');
		const back = importMinutes(out.markdown, { fileName: out.fileName });
		if (!back.ok) throw new Error('not imported');
		expect(back.meeting.items.map((i) => [i.title, i.group, i.notes.split('\n')[0], i.decisions.length, i.actions.length])).toEqual([['Release plan', 'project/core', 'Alan: the branch is cut.', 1, 0], ['AOB', 'project/admin', 'Nothing else.', 0, 1]]);
	});
});

it('says why when the file it is given is not minutes', () => {
	const learned = learnStyle('', 'empty.md');
	expect(learned.ok).toBe(false);
	expect(() => exportMinutes(newMeeting(), 'learned')).toThrow(/learn one from a published minutes file/);
});

it("keeps the agenda's own opening, and puts items of its group under it", () => {
	const published = `# Committee Meeting 2026-11-18

## Present

* Ada Lovelace @ada (TC)

## Agenda

### Announcements

*Extracted from labelled issues prior to the meeting.*

### project/core

* Budget
  * Ada - the budget is agreed, and will
    be published this week.

## Upcoming Meetings

* **Calendar**: <https://example.org/calendar>
`;
	const learned = learnStyle(published, '2026-11-18.md');
	if (!learned.ok) throw new Error('not learned');
	const meeting = newMeeting();
	meeting.items[0]!.group = 'Announcements';
	meeting.items[1]!.group = 'project/core';
	const out = exportMinutes(meeting, 'learned', { style: learned.style }).markdown;
	expect(out).toContain('## Agenda\n\n### Announcements\n\n*Extracted from labelled issues prior to the meeting.*\n\n* Release plan\n');
	expect(out.match(/### Announcements/g)).toHaveLength(1);
	expect(out).toContain('### project/core\n\n* AOB\n');
});

it('loses nothing a meeting holds where the file had no place for it', () => {
	// An agenda, no sections, no AoB.
	const learned = learnStyle('# Call 2026-11-18\n\n## Agenda\n\n* Budget\n', '2026-11-18.md');
	if (!learned.ok) throw new Error('not learned');
	const meeting = newMeeting();
	meeting.items.push(createItem({ id: 'i3', title: 'Raised on the call', notes: 'The venue moves.', unplanned: true }));
	meeting.items.push(createItem({ id: 'i4', title: 'Q&A', unplanned: true }));
	meeting.aob = 'Cake on Friday.';
	const out = exportMinutes(meeting, 'learned', { style: learned.style }).markdown;
	expect(out).toContain('## Raised on the call\n\nThe venue moves.\n\n## Q&A\n\n');
	expect(out).toContain('## Any other business\n\nCake on Friday.');
	expect(out).toContain('# Call 2026-11-30\n\n## Attendees\n\n* Ada Lovelace @ada (TC)\n* Katherine Johnson @kj (TC)\n* Alan Turing (TC)\n\n## Regrets\n\n* Grace Hopper\n\n## Agenda\n');
});

it('keeps the attendance heading of a file that named nobody under it', () => {
	const learned = learnStyle('# Committee Meeting 2026-11-18\n\n## Present\n\nN/A, the meeting was cancelled.\n\n## Agenda\n\n* Budget\n', '2026-11-18.md');
	if (!learned.ok) throw new Error('not learned');
	const out = exportMinutes(newMeeting(), 'learned', { style: learned.style }).markdown;
	expect(out).toContain('# Committee Meeting 2026-11-30\n\n## Present\n\n* Ada Lovelace @ada (TC)\n');
	expect(out).not.toContain('cancelled');
});

it('closes section headings where the site closes them', () => {
	const learned = learnStyle('### Agenda ###\n\n* Release\n\nAttendees: Ada Lovelace\n\n### Notes ###\n\n#### Release ####\n\nTagged.\n', '2026-11-18.md');
	if (!learned.ok) throw new Error('not learned');
	const out = exportMinutes(newMeeting(), 'learned', { style: learned.style }).markdown;
	expect(out).toContain('\n#### Release plan ####\n\n**Alan Turing:** the branch is cut.');
});

it('writes the notes heading only over notes', () => {
	const learned = learnStyle('### Agenda ###\n\n* Release\n\nAttendees: Ada Lovelace\n\n### Notes ###\n\n#### Release ####\n\nTagged.\n', '2026-11-18.md');
	if (!learned.ok) throw new Error('not learned');
	expect(exportMinutes(newMeeting(), 'learned', { style: learned.style }).markdown).toContain('### Notes ###\n\n#### Release plan ####\n');
	// A meeting with nothing said yet: the agenda and attendance, and no heading over nothing.
	const quiet = createMeeting({ id: 'q', title: 'Call', date: '2026-11-30', items: [createItem({ id: 'i1', title: 'Release plan' })] });
	const out = exportMinutes(quiet, 'learned', { style: learned.style }).markdown;
	expect(out).toContain('* Release plan');
	expect(out).not.toContain('Notes');
});

it('leaves out a notes heading with another heading of its level right under it', () => {
	// The Node.js TSC's closing "## Notes" bullets are kept as text, not in the model: a new meeting has none.
	const learned = learnStyle('# Committee Meeting 2026-11-18\n\n## Agenda\n\n* Budget\n\n## Q&A, Other\n\n## Upcoming Meetings\n\n* **Calendar**: <https://example.org/calendar>\n\n## Notes\n\n* rod: the budget is fine\n', '2026-11-18.md');
	if (!learned.ok) throw new Error('not learned');
	const meeting = newMeeting();
	meeting.aob = 'Cake on Friday.';
	const out = exportMinutes(meeting, 'learned', { style: learned.style }).markdown;
	expect(out).not.toContain('## Notes');
	expect(out).toContain('## Any other business\n\nCake on Friday.');
});
