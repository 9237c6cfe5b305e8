// The `gavel` command as a user runs it: the right output and exit status, and for bad input
// one message naming the file, line and problem, with nothing written.
import { describe, expect, it } from 'vitest';
import { runCli, type CliWorld } from '../../../src/cli/run.ts';
import { sampleJournal } from '../../fixtures/sample-meeting.ts';

function world(files: Record<string, string>, dirs: string[] = []) {
	const out = { stdout: '', stderr: '', written: {} as Record<string, string>, relays: [] as Array<{ host: string; port: number }> };
	const fs: CliWorld = {
		readFile: (path) => {
			if (dirs.includes(path)) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
			const text = files[path];
			if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
			return text;
		},
		writeFile: (path, text) => {
			if (path.startsWith('/missing/')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
			out.written[path] = text;
		},
		isDirectory: (path) => dirs.includes(path),
		join: (dir, name) => `${dir.replace(/\/$/, '')}/${name}`,
		stdout: (text) => void (out.stdout += text),
		stderr: (text) => void (out.stderr += text),
		relay: (options) => void out.relays.push(options),
	};
	return { fs, out };
}

const MINUTES = `---
updated: 2015-01-14
subject: 'Weekly Meeting: 2015-01-14'
permalink: weekly-2015-01-14
description: '14th Jan 2015: Release'
---

### Agenda ###

- Release
- Website


Attendees: Amir Chaudhry and Dave Scott


### Notes ###

#### Release ####

See [the PR][pr] and [the list][].

- **Action:**  — tag it

[pr]: https://example.org/pr
[unused]: https://example.org/unused

#### Website ####

`;

describe('gavel import', () => {
	it('prints the meeting as JSON', () => {
		const { fs, out } = world({ 'm.md': MINUTES });
		expect(runCli(['import', 'm.md'], fs)).toBe(0);
		const meeting = JSON.parse(out.stdout);
		expect(meeting.date).toBe('2015-01-14');
		expect(meeting.items.map((i: { title: string }) => i.title)).toEqual(['Release', 'Website']);
	});

	it('refuses a broken file with file, line, column and exit 1', () => {
		const { fs, out } = world({ 'bad.md': "---\nupdated: 2015-01-14\nsubject: 'open\n---\n" });
		expect(runCli(['import', 'bad.md'], fs)).toBe(1);
		expect(out.stderr).toBe('bad.md:3:10: error: a single-quoted value has no closing quote (key "subject")\n');
		expect(out.stdout).toBe('');
	});

	it('takes --date for a file that says no date, and says how when it is missing or wrong', () => {
		const { fs, out } = world({ 'notes.md': '# Developers call\n\n## Agenda\n\n- Release\n' });
		expect(runCli(['import', 'notes.md'], fs)).toBe(1);
		expect(out.stderr).toBe('notes.md:1:1: error: no meeting date found: give the date (the CLI takes --date YYYY-MM-DD), add a line "Date: YYYY-MM-DD", or name the file YYYY-MM-DD.md\n');
		expect(runCli(['import', 'notes.md', '--date', '2018-01-10'], fs)).toBe(0);
		expect(JSON.parse(out.stdout).date).toBe('2018-01-10');
		expect(runCli(['import', '--date', '2018-13-10', 'notes.md'], fs)).toBe(1);
		expect(out.stderr).toContain('--date 2018-13-10 is not a date: give it as YYYY-MM-DD');
	});

	it('reads a saved HTML page of minutes', () => {
		const page = '<!DOCTYPE html><html><head><title>x</title></head><body><h1>Weekly Meeting: 2026-11-18</h1><h2>Agenda</h2><ul><li>Release</li></ul><p>Attendees: Ada Lovelace (chair)</p><h2>Notes</h2><h3>Release</h3><p>Tagged.</p></body></html>';
		const { fs, out } = world({ 'page.html': page });
		expect(runCli(['import', 'page.html'], fs)).toBe(0);
		const meeting = JSON.parse(out.stdout);
		expect([meeting.date, meeting.chair, meeting.items[0].title, meeting.items[0].notes]).toEqual(['2026-11-18', 'Ada Lovelace', 'Release', 'Tagged.']);
	});

	it('names a missing file or a folder plainly', () => {
		const { fs, out } = world({}, ['dir']);
		expect(runCli(['import', 'nope.md'], fs)).toBe(1);
		expect(runCli(['import', 'dir'], fs)).toBe(1);
		expect(out.stderr).toBe('gavel: nope.md: no such file\ngavel: dir: is a folder, not a file\n');
	});
});

describe('gavel export', () => {
	it('writes the minutes of an imported meeting back byte for byte', () => {
		const { fs, out } = world({ 'm.md': MINUTES });
		runCli(['import', 'm.md'], fs);
		const json = out.stdout;
		const second = world({ 'm.json': json }, ['site/']);
		expect(runCli(['export', 'm.json', '-o', 'site/'], second.fs)).toBe(0);
		expect(second.out.written['site/2015-01-14.md']).toBe(MINUTES);
		expect(second.out.stdout).toContain('wrote site/2015-01-14.md');
		// No author in the file: the registry line is not made up, and the chair is told what it needs.
	expect(second.out.stdout).toContain("registry-line (src/data.ml: add at the top of Wiki.entries):\nnot written: it needs the minutes' author (an author: in the front matter, or --registry-author LABEL)");
	});

	it('replays a journal and prints the chosen profile', () => {
		const { fs, out } = world({ 'journal.json': JSON.stringify(sampleJournal()) });
		expect(runCli(['export', 'journal.json', '--profile', 'plain'], fs)).toBe(0);
		expect(out.stdout).toMatch(/^# Weekly Meeting: 2026-11-25\n/);
		expect(out.stdout).toContain('## Actions');
	});

	it('writes in the house style of one of the site\'s published files, named as the site names them', () => {
		const published = '# Committee Meeting 2026-11-18\n\n## Present\n\n* Ada Lovelace @ada (TC)\n\n## Agenda\n\n* Budget\n\n## Upcoming Meetings\n\n* **Calendar**: <https://example.org/calendar>\n';
		const { fs, out } = world({ 'journal.json': JSON.stringify(sampleJournal()), 'published/2026-11-18-tc.md': published }, ['site/']);
		expect(runCli(['export', 'journal.json', '--style-from', 'published/2026-11-18-tc.md', '-o', 'site/'], fs)).toBe(0);
		const written = out.written['site/2026-11-25-tc.md'] ?? '';
		expect(written).toMatch(/^# Committee Meeting 2026-11-25\n\n## Present\n\n\* /);
		expect(written).toContain('\n## Agenda\n\n* ');
	});

	it('says which file gave no style, writing nothing', () => {
		const { fs, out } = world({ 'journal.json': JSON.stringify(sampleJournal()), 'notes.md': 'just some words' }, ['site/']);
		expect(runCli(['export', 'journal.json', '--style-from', 'notes.md', '-o', 'site/'], fs)).toBe(1);
		expect(out.stderr).toContain('notes.md: no house style learned from it');
		expect(out.written).toEqual({});
	});

	it.each([
		['{"title": "x",}', 'j.json:1:15: not valid JSON'],
		['{"id":"m","title":"t","date":"25/11/2026","attendees":[],"items":[],"aob":"","links":[],"timeline":[]}', 'not a Gavel meeting: meeting.date: expected a date as YYYY-MM-DD'],
		['{"id":"m","title":"t","date":"2026-11-25","attendees":[],"items":[{"id":"a"}],"aob":"","links":[],"timeline":[]}', 'meeting.items[0].title: missing'],
		['[{"type":"meeting.updated","at":1,"patch":{}}]', 'the journal has no "meeting.created" event'],
		['[42]', 'event 1 of the journal is not an event'],
	])('refuses %s, writing nothing', (json, message) => {
		const { fs, out } = world({ 'j.json': json }, ['site']);
		expect(runCli(['export', 'j.json', '-o', 'site'], fs)).toBe(1);
		expect(out.stderr).toContain(message);
		expect(out.stderr).not.toMatch(/\n\s+at /);
		expect(out.written).toEqual({});
	});

	it('says where it could not write', () => {
		const { fs, out } = world({ 'j.json': JSON.stringify(sampleJournal()) });
		expect(runCli(['export', 'j.json', '-o', '/missing/x.md'], fs)).toBe(1);
		expect(out.stderr).toBe('gavel: /missing/x.md: cannot write the minutes there (its folder does not exist)\n');
	});

	it('explains usage mistakes', () => {
		const { fs, out } = world({});
		expect(runCli(['export', 'a.json', '--profile', 'nope'], fs)).toBe(1);
		expect(runCli(['frobnicate'], fs)).toBe(1);
		expect(out.stderr).toContain('unknown profile "nope"');
		expect(out.stderr).toContain('unknown command "frobnicate"');
		expect(out.stderr).toContain('Usage:');
	});
});

describe('gavel check', () => {
	it('lists each problem with its line, and exits 1', () => {
		const { fs, out } = world({ 'm.md': MINUTES });
		expect(runCli(['check', 'm.md'], fs)).toBe(1);
		expect(out.stderr.trim().split('\n')).toEqual([
			'm.md:14:1: warning: No chair is named: mark one attendee with (chair).',
			'm.md:21:22: warning: the link reference [the list] is not defined: add a line "[the list]: URL"',
			'm.md:23:1: warning: An action in "Release" has no owner: "tag it".',
			'm.md:26:1: warning: the link definition [unused] is never used',
			'm.md:28:1: warning: "Website" has no notes.',
		]);
	});

	it('says so when all is well', () => {
		const clean = MINUTES.replace('Amir Chaudhry and', 'Amir Chaudhry (chair) and').replace('- **Action:**  — tag it', '- **Action:** Dave Scott — tag it').replace(' and [the list][]', '').replace('[unused]: https://example.org/unused\n', '').replace('- Website\n', '').replace('#### Website ####\n', '');
		const { fs, out } = world({ 'm.md': clean });
		expect(runCli(['check', 'm.md'], fs)).toBe(0);
		expect(out.stdout).toBe('m.md: no problems found\n');
	});
});

describe('gavel relay', () => {
	it('listens on 127.0.0.1:1234 unless told otherwise', () => {
		const { fs, out } = world({});
		expect(runCli(['relay'], fs)).toBe(0);
		expect(runCli(['relay', '--host', '0.0.0.0', '--port', '4444'], fs)).toBe(0);
		expect(out.relays).toEqual([{ host: '127.0.0.1', port: 1234 }, { host: '0.0.0.0', port: 4444 }]);
	});

	it('refuses a port that is not one, or a flag it does not take, and starts nothing', () => {
		const { fs, out } = world({});
		for (const args of [['--port', '99999'], ['--port', 'abc'], ['--port', '0'], ['--port'], ['--verbose']]) expect(runCli(['relay', ...args], fs)).toBe(1);
		expect(out.relays).toEqual([]);
		expect(out.stderr).toContain('gavel: --port 99999 is not a port: give a number from 1 to 65535');
		expect(out.stderr).toContain('gavel: --port needs a value');
		expect(out.stderr).toContain('gavel: "gavel relay" takes --host and --port, not "--verbose"');
	});
});
