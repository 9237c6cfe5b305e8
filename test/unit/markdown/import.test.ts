// The importer reads every variant of minutes the MirageOS corpus shows (FORMAT.md), from
// fixtures written here, and refuses unreadable files with a line and column.
import { describe, expect, it } from 'vitest';
import { importMinutes, type ImportResult } from '../../../src/markdown/import/import-minutes.ts';

const ok = (result: ImportResult) => {
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.meeting;
};
const body = (attendees: string) => `### Agenda\n\n* Release\n\n${attendees}\n\n### Release\n\nShipped.\n`;

describe('attendees', () => {
	it.each([
		['Attendees: Amir Chaudhry (chair), Anil Madhavapeddy and Dave Scott'],
		['Attendees:\nAmir Chaudhry (chair), Anil Madhavapeddy and\nDave Scott'],
		['*Attendees:* Amir Chaudhry (chair), Anil Madhavapeddy, Dave Scott.'],
		['*Attendees*: Amir Chaudhry (chair), Anil Madhavapeddy, Dave Scott'],
		['## Attendees\n\nAmir Chaudhry (chair), Anil Madhavapeddy and Dave Scott'],
	])('reads %j', (line) => {
		const meeting = ok(importMinutes(body(line), { fileName: '2015-01-14.md' }));
		expect(meeting.attendees.map((a) => a.name)).toEqual(['Amir Chaudhry', 'Anil Madhavapeddy', 'Dave Scott']);
		expect(meeting.chair).toBe('Amir Chaudhry');
	});

	it('reads a nickname inside a name, the secretary, and regrets', () => {
		const meeting = ok(importMinutes(body('Attendees: Amir (chair), Richard (mort) Mortier (secretary), ThomasG\nRegrets: Anil Madhavapeddy'), { fileName: '2015-01-14.md' }));
		expect(meeting.attendees).toEqual([
			{ id: 'p1', name: 'Amir', role: 'chair', presence: 'present' },
			{ id: 'p2', name: 'Richard Mortier', handle: 'mort', role: 'secretary', presence: 'present' },
			{ id: 'p3', name: 'ThomasG', presence: 'present' },
			{ id: 'p4', name: 'Anil Madhavapeddy', presence: 'regrets' },
		]);
		expect(meeting.secretary).toBe('Richard Mortier');
	});
});

describe('structure', () => {
	const modern = `### Agenda ###

- Quality and Test
- Networking stack
  - TCP
  - ARP
- Not discussed


Attendees: Amir Chaudhry (chair) and Dave Scott


### Notes ###

#### Quality and test infrastructure #### 

Dave has been using [BISECT][bisect].
<!-- an aside the model has no field for -->

[bisect]: https://example.org/bisect

#### Networking stack

Work continues.

- **Decision:** Release on Friday
- **Action:** Dave Scott — write the release notes (due 2015-01-20)

#### Something raised late ####

Unplanned.

-- 

#### AoB ####

- **HTTPS**: the site should move.

- The next call is scheduled for **Wednesday, 28th January**. Please add any
[agenda items][call-agenda] you wish to discuss in advance.

[call-agenda]: https://example.org/agenda
`;

	it('reads items, sub-items, sections matched loosely, records, links, AoB and the next call', () => {
		const meeting = ok(importMinutes(modern, { fileName: '2015-01-14.md' }));
		expect(meeting.items.map((i) => [i.title, i.unplanned ?? false])).toEqual([
			['Quality and Test', false],
			['Networking stack', false],
			['Something raised late', true],
			['Not discussed', false],
		]);
		const [quality, networking] = meeting.items;
		expect(quality?.notes).toBe('Dave has been using [BISECT][bisect].\n<!-- an aside the model has no field for -->');
		expect(quality?.links).toEqual([{ id: 'bisect', url: 'https://example.org/bisect' }]);
		expect(networking?.subItems).toEqual(['TCP', 'ARP']);
		expect(networking?.decisions.map((d) => d.text)).toEqual(['Release on Friday']);
		expect(networking?.actions.map(({ owner, text, due, status }) => ({ owner, text, due, status }))).toEqual([{ owner: 'Dave Scott', text: 'write the release notes', due: '2015-01-20', status: 'open' }]);
		expect(meeting.aob).toBe('- **HTTPS**: the site should move.');
		expect(meeting.nextCall).toBe('2015-01-28');
		expect(meeting.links).toEqual([{ id: 'call-agenda', url: 'https://example.org/agenda' }]);
		expect(meeting.source?.style).toMatchObject({ bullet: '-', closedHeadings: true, itemLevel: 4 });
	});

	it.each([
		['#### AoB ####', true],
		['#### AoB', true],
		['#### Any other business', true],
		['#### Any Other Business', true],
		['#### Other things', false],
	])('knows %j as AoB: %s', (heading, isAob) => {
		const text = `### Agenda\n\n* One\n\nAttendees: A\n\n#### One\n\nx\n\n${heading}\n\n- something else\n`;
		const meeting = ok(importMinutes(text, { fileName: '2013-05-21.md' }));
		expect(meeting.aob !== '').toBe(isAob);
	});

	it('reads a file without front matter, dated by its summary line or its name', () => {
		const bySummary = ok(importMinutes('16th April 2013: release, libvirt and Mirari\n\n### Agenda\n\n* Release\n'));
		expect(bySummary.date).toBe('2013-04-16');
		expect(bySummary.summary).toBe('16th April 2013: release, libvirt and Mirari');
		expect(ok(importMinutes('### Agenda\n\n* Release\n', { fileName: 'notes/2013-06-04.md' })).date).toBe('2013-06-04');
	});

	it.each([
		['- Next call will be **2nd September**', '2015-09-02'],
		['- The next call is scheduled for **Wednesday, 6th May**. Please add any', '2015-05-06'],
		['- next call is scheduled for **14 Jan 2016** - Please refer to the list', '2016-01-14'],
		['- The next call is scheduled for **NEXT YEAR!**', undefined],
	])('reads the next call in %j', (line, date) => {
		const meeting = ok(importMinutes(`### Agenda ###\n\n- A\n\nAttendees: X\n\n#### AoB ####\n\n${line}\n`, { fileName: '2015-04-23.md' }));
		expect(meeting.nextCall).toBe(date);
	});

	it('rolls a next call in January over to the next year', () => {
		const meeting = ok(importMinutes('#### AoB ####\n\n- The next call is scheduled for **Wednesday, 13th January**.\n', { fileName: '2015-12-16.md' }));
		expect(meeting.nextCall).toBe('2016-01-13');
	});
});

describe('notes', () => {
	it('reads a paragraph wrapped over lines as one line of notes, and writes each line typed as a paragraph', async () => {
		const { exportMinutes } = await import('../../../src/markdown/export.ts');
		const file = '### Agenda ###\n\n- Release\n\n\n### Notes ###\n\n#### Release ####\n\nCI is green\nagain, and 4.2 is tagged.\n\n- Conduit: blocked\non TLS\n  - the PR is open\n\n```\nmake\ntest\n```\n';
		const meeting = ok(importMinutes(file, { fileName: '2015-01-14.md' }));
		expect(meeting.items[0]?.notes).toBe('CI is green again, and 4.2 is tagged.\n\n- Conduit: blocked on TLS\n  - the PR is open\n\n```\nmake\ntest\n```');
		expect(exportMinutes(meeting, 'mirage-www').markdown).toBe(file);
		const typed = { ...meeting, items: meeting.items.map((i) => ({ ...i, notes: 'One point a line.\nThe next point.\n- a bullet\nthen prose' })) };
		expect(exportMinutes(typed, 'mirage-www').markdown).toContain('#### Release ####\n\nOne point a line.\n\nThe next point.\n- a bullet\n\nthen prose\n');
	});

	it('takes "Attendees:" right after an HTML comment as the attendees paragraph it is', () => {
		const file = '### Agenda ###\n\n- Release\n<!-- - Later -->\nAttendees: Amir Chaudhry (chair) and Anil Madhavapeddy\n\n\n### Notes ###\n\n#### Release ####\n\nTagged.\n';
		const meeting = ok(importMinutes(file, { fileName: '2015-01-14.md' }));
		expect(meeting.attendees.map((a) => a.name)).toEqual(['Amir Chaudhry', 'Anil Madhavapeddy']);
		return import('../../../src/markdown/export.ts').then(({ exportMinutes }) => expect(exportMinutes(meeting, 'mirage-www').markdown).toBe(file));
	});
});

describe('line endings', () => {
	it('reads a CRLF file and warns that the export will use LF', () => {
		const result = importMinutes('### Agenda\r\n\r\n* Release\r\n', { fileName: '2015-01-14.md' });
		if (!result.ok) throw new Error('import failed');
		expect(result.meeting.items.map((i) => i.title)).toEqual(['Release']);
		expect(result.warnings).toEqual([expect.objectContaining({ code: 'line-endings', line: 1, severity: 'warning' })]);
	});
});

describe('unreadable files', () => {
	it.each([
		['', 'empty', 1, 1],
		['---\nupdated: 2015-01-14\nsubject: x\n', 'front-matter', 1, 1],
		["---\nupdated: 2015-01-14\nsubject: 'unclosed\n---\n", 'front-matter', 3, 10],
		['---\nupdated: 2015-01-14\ndescription: |\n  block\n---\n', 'front-matter', 3, 14],
		['---\nnot yaml at all\n---\n', 'front-matter', 2, 1],
		['### Agenda\n\n* a\n', 'no-date', 1, 1],
		['text\nmore\0binary', 'binary', 2, 5],
	])('%j is refused with %s at %i:%i', (text, code, line, column) => {
		const result = importMinutes(text, { fileName: 'minutes.md' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors[0]).toMatchObject({ code, line, column, severity: 'error' });
		expect(result.errors[0]?.message.length).toBeGreaterThan(10);
	});
});

describe('lines typed as commands', () => {
	const file = '### Agenda\n\n* Release\n\nAttendees: Amir Chaudhry (chair), Anil Madhavapeddy\n\n### Release\n\nThe release is blocked on TLS.\nACTION: Anil to tag 4.2 once CI is green\n\n```\naction: not a command inside code\n```\n\nRESOLVED: ship on Friday\n\nMore notes.\n';

	it('reads ACTION: and RESOLVED: lines in the notes as records, and keeps the file\'s bytes', async () => {
		const { exportMinutes } = await import('../../../src/markdown/export.ts');
		const meeting = ok(importMinutes(file, { fileName: '2015-01-14.md' }));
		const item = meeting.items[0];
		expect(item?.actions.map((a) => [a.owner, a.text])).toEqual([['Anil', 'tag 4.2 once CI is green']]);
		expect(item?.decisions.map((d) => d.text)).toEqual(['ship on Friday']);
		expect(item?.notes).toBe('The release is blocked on TLS.\n\n```\naction: not a command inside code\n```\n\nMore notes.');
		expect(exportMinutes(meeting, 'mirage-www').markdown).toBe(file);
	});

	it('writes them as the house\'s records once the notes are edited, not twice', async () => {
		const { exportMinutes } = await import('../../../src/markdown/export.ts');
		const meeting = ok(importMinutes(file, { fileName: '2015-01-14.md' }));
		const item = meeting.items[0];
		if (item === undefined) throw new Error('no item');
		const edited = { ...meeting, items: [{ ...item, notes: `${item.notes}\nEdited.` }] };
		const out = exportMinutes(edited, 'mirage-www').markdown;
		expect(out).not.toContain('ACTION:');
		expect(out.match(/tag 4\.2 once CI is green/g)).toHaveLength(1);
		expect(out.match(/ship on Friday/g)).toHaveLength(1);
	});

	const people = '### Agenda\n\n* Release\n* Website\n\nAttendees: Amir Chaudhry (chair), Anil Madhavapeddy\n\n### Release\n\npresent+ Ada Lovelace, anil\nregrets+ Amir\nBlocked on TLS, see:\nlink: https://github.com/mirage/ocaml-tls/pull/350 the TLS PR\n\n### Website\n\n- #link https://mirage.io\n\n[the-tls-pr]: https://example.org/taken\n';

	it('reads present+/regrets+ lines as people and link: lines as references, and keeps the file\'s bytes', async () => {
		const { exportMinutes } = await import('../../../src/markdown/export.ts');
		const meeting = ok(importMinutes(people, { fileName: '2015-01-14.md' }));
		expect(meeting.attendees.map((a) => [a.name, a.presence])).toEqual([['Amir Chaudhry', 'regrets'], ['Anil Madhavapeddy', 'present'], ['Ada Lovelace', 'present']]);
		const [release, website] = meeting.items;
		// The id the file already defines elsewhere is not taken again.
		expect(release?.notes).toBe('Blocked on TLS, see:\n[the TLS PR][the-tls-pr-2]');
		expect(release?.links).toEqual([{ id: 'the-tls-pr-2', url: 'https://github.com/mirage/ocaml-tls/pull/350' }]);
		expect(website?.notes).toBe('- [mirage]');
		expect(website?.links.map((l) => [l.id, l.url])).toEqual([['the-tls-pr', 'https://example.org/taken'], ['mirage', 'https://mirage.io']]);
		expect(exportMinutes(meeting, 'mirage-www').markdown).toBe(people);
	});

	it('once the notes are edited, writes the people in the attendees line and the links as definitions', async () => {
		const { exportMinutes } = await import('../../../src/markdown/export.ts');
		const meeting = ok(importMinutes(people, { fileName: '2015-01-14.md' }));
		const [release, website] = meeting.items;
		if (release === undefined || website === undefined) throw new Error('no items');
		const out = exportMinutes({ ...meeting, items: [{ ...release, notes: `${release.notes}\nEdited.` }, website] }, 'mirage-www').markdown;
		expect(out).not.toMatch(/present\+|regrets\+|link:/);
		expect(out).toContain('Attendees: Anil Madhavapeddy and Ada Lovelace\nRegrets: Amir Chaudhry\n');
		// Each line of the notes a line of the minutes: the link typed on its own line, the line typed after it.
		expect(out).toContain('Blocked on TLS, see:\n\n[the TLS PR][the-tls-pr-2]\n\nEdited.\n\n[the-tls-pr-2]: https://github.com/mirage/ocaml-tls/pull/350\n');
		// The other item's notes are as the file had them: its typed link stays a typed line.
		expect(out).toContain('- #link https://mirage.io\n');
	});

	const topics = '### Agenda\n\n* Release\n\nAttendees: Amir Chaudhry, Anil Madhavapeddy\n\n### Release\n\nBlocked on TLS.\n\ntopic: Hackathon\nMarrakech in March.\nACTION: Amir to book the riad\n\n#topic Website\nNew logo.\n';

	it('reads topic: lines as items raised in the meeting, with what follows them, and keeps the file\'s bytes', async () => {
		const { exportMinutes } = await import('../../../src/markdown/export.ts');
		const meeting = ok(importMinutes(topics, { fileName: '2015-01-14.md' }));
		expect(meeting.items.map((i) => [i.title, i.unplanned === true, i.notes])).toEqual([
			['Release', false, 'Blocked on TLS.'],
			['Hackathon', true, 'Marrakech in March.'],
			['Website', true, 'New logo.'],
		]);
		expect(meeting.items[1]?.actions.map((a) => [a.owner, a.text])).toEqual([['Amir', 'book the riad']]);
		expect(exportMinutes(meeting, 'mirage-www').markdown).toBe(topics);
	});

	it('writes the raised items as sections of their own once anything of them changes, and their text once', async () => {
		const { exportMinutes } = await import('../../../src/markdown/export.ts');
		const meeting = ok(importMinutes(topics, { fileName: '2015-01-14.md' }));
		const edited = { ...meeting, items: meeting.items.map((i) => (i.title === 'Website' ? { ...i, notes: 'New logo, in blue.' } : i)) };
		const out = exportMinutes(edited, 'mirage-www').markdown;
		expect(out).not.toMatch(/topic/i);
		expect(out).toContain('### Release\n\nBlocked on TLS.\n\n### Hackathon\n\nMarrakech in March.\n\n- **Action:** Amir — book the riad\n\n### Website\n\nNew logo, in blue.\n');
		expect(out.match(/Marrakech/g)).toHaveLength(1);
	});

	it('applies s/old/new/ lines to the line before that holds the text, and keeps one that matches nothing', async () => {
		const { exportMinutes } = await import('../../../src/markdown/export.ts');
		const file = '### Agenda\n\n* Release\n\n### Release\n\nCI is gren on gren days.\n\ns/gren/green/g\nTagged 4.2.\ns/nothing/here/\n';
		const meeting = ok(importMinutes(file, { fileName: '2015-01-14.md' }));
		expect(meeting.items[0]?.notes).toBe('CI is green on green days.\n\nTagged 4.2.\ns/nothing/here/');
		expect(exportMinutes(meeting, 'mirage-www').markdown).toBe(file);
	});
});
