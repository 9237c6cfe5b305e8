// Text a user types can never break the minutes: front matter stays valid YAML that reads
// back as the same string, and notes cannot open a section, swallow the rest or vanish.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import { escapeInline, escapeNotes, unescapeInline } from '../../../src/markdown/escape.ts';
import { exportMinutes } from '../../../src/markdown/export.ts';
import { importMinutes } from '../../../src/markdown/import/import-minutes.ts';
import { yamlQuoted, yamlString } from '../../../src/markdown/yaml-scalar.ts';
import { frontMatterValues, html, splitFrontMatter } from '../../helpers/render.ts';

const hostile = [
	"It's the chair's call",
	'Weekly: "status" #1',
	'---',
	'title\n---\nsubject: injected',
	'line one\nline two',
	'  padded  ',
	'#hashtag',
	'a: b: c',
	'- list?',
	'\\ backslash \\n',
	'tab\there',
	'null',
	'2026-11-25',
	'@handle',
	'*starred*',
	'emoji 🙂 and ünïcode',
	'control \u0007 bell',
];

describe('front matter', () => {
	it.each(hostile)('a title of %j reads back as the same string', (title) => {
		const meeting = createMeeting({ id: 'm', title, date: '2026-11-25', summary: title, author: { name: title, uri: 'https://example.org/a b', email: title } });
		const markdown = exportMinutes(meeting, 'mirage-www').markdown;
		const values = frontMatterValues(markdown) as Record<string, unknown>;
		expect(values['subject']).toBe(title);
		expect(values['description']).toBe(title);
		expect(values['author']).toEqual({ name: title, uri: 'https://example.org/a b', email: title });
		expect(Object.keys(values)).toEqual(['updated', 'author', 'subject', 'permalink', 'description']);
		// And Gavel's own reader agrees with the YAML parser.
		const back = importMinutes(markdown);
		expect(back.ok && back.meeting.title).toBe(title);
	});

	it('writes the house style: single quotes for subject and description, bare date and permalink', () => {
		const meeting = createMeeting({ id: 'm', title: 'Weekly Meeting: 2015-03-11', date: '2015-03-11', author: { name: 'Amir Chaudhry', uri: 'http://amirchaudhry.com', email: 'amirmc@gmail.com' } });
		const { yaml } = splitFrontMatter(exportMinutes(meeting, 'mirage-www').markdown);
		expect(yaml).toBe(
			"updated: 2015-03-11\nauthor:\n  name: Amir Chaudhry\n  uri: http://amirchaudhry.com\n  email: amirmc@gmail.com\nsubject: 'Weekly Meeting: 2015-03-11'\npermalink: weekly-2015-03-11\ndescription: '11th March 2015'\n",
		);
	});

	it('quotes what a plain scalar would misread', () => {
		for (const value of ['true', '123', '1e3', '~', '- x', '[a]', '{a}', '&anchor', '*alias', '!tag', '%x', '@x', '`x', 'a #b', 'x:', ' x', '']) {
			expect(parseYaml(`k: ${yamlString(value)}`)).toEqual({ k: value });
		}
		expect(yamlQuoted("O'Brien")).toBe("'O''Brien'");
	});
});

describe('inline text (titles, names)', () => {
	it.each(['# heading', '1. first', '2) second', '- dash', '+ plus', '* star', '> quote', '```', '---', '<!-- c', '[x]: http://e.org', 'C #', '\\# literal'])('%j stays one inline line and reads back', (text) => {
		const escaped = escapeInline(text);
		expect(html(`- ${escaped}`)).toMatch(/^<ul>\n<li>[^\n]*<\/li>\n<\/ul>\n$/);
		expect(html(`#### ${escaped} ####`)).toMatch(/^<h4>[^\n]*<\/h4>\n$/);
		expect(unescapeInline(escaped)).toBe(text);
	});

	it('joins lines: a heading or bullet has one', () => {
		expect(escapeInline('one\ntwo\r\nthree')).toBe('one two three');
	});
});

describe('notes', () => {
	const section = (notes: string) => {
		const meeting = createMeeting({ id: 'm', title: 'T', date: '2026-11-25', items: [createItem({ id: 'a', title: 'First', notes }), createItem({ id: 'b', title: 'Second', notes: 'after' })] });
		return html(splitFrontMatter(exportMinutes(meeting, 'mirage-www').markdown).body);
	};

	it('escapes a line that would start a new section, wherever it sits', () => {
		for (const notes of ['# Big idea', '#### Sneaky', 'text\n## Two', '- item\n  ## nested', '> ### quoted', '1. # listed']) {
			const out = section(notes);
			expect(out.match(/<h[1-6]>/g)).toHaveLength(4); // Agenda, Notes, First, Second: and no other heading
			expect(out).toContain('<h4>Second</h4>');
		}
	});

	it('keeps deeper headings, lists, emphasis, inline links and code spans as written', () => {
		const notes = '##### Detail\n\n1. first\n2. second\n\nSee [the PR](https://github.com/x/y/pull/1) and `# not a heading` *here*.';
		expect(escapeNotes(notes, 4)).toBe(notes);
	});

	it('leaves a # inside a fenced or indented code block alone', () => {
		expect(escapeNotes('```sh\n# comment\n```', 4)).toBe('```sh\n# comment\n```');
		expect(escapeNotes('para\n\n    # indented code', 4)).toBe('para\n\n    # indented code');
	});

	it('closes a fence or comment left open, so later sections survive', () => {
		for (const notes of ['```\ncode never closed', '~~~~\nx', '<!-- forgot to close', '<script>\nalert(1)', '<pre>\nx', '*\n   ```', '- item\n  ```\n  code']) {
			expect(section(notes)).toContain('<h4>Second</h4>');
		}
	});

	it('turns a setext underline into text, so a note cannot make a heading', () => {
		expect(section('Title\n===')).not.toContain('<h1>');
		expect(section('Title\n---')).not.toContain('<h2>');
		// Under a list item's text, indented (found by the plain-profile property test, on a rare seed).
		expect(section('*  A\n\t ---')).not.toContain('<h2>');
		expect(section('- item\n  ===')).not.toContain('<h1>');
	});
});

describe('notes lines that look like typed commands', () => {
	const notes = 'text\nACTION: Bob to x\n- present+ Zed\ntopic: B\n#agreed yes\ns/a/b/\n```\naction: in code\n```\nmore';

	it('come back from an export and an import as the notes they were, not as records', async () => {
		const { exportMinutes } = await import('../../../src/markdown/export.ts');
		const { importMinutes } = await import('../../../src/markdown/import/import-minutes.ts');
		const meeting = { ...createMeeting({ id: 'm', title: 'T', date: '2026-11-25' }), items: [createItem({ id: 'a', title: 'A', notes })], aob: 'regrets+ Ann' };
		const out = exportMinutes(meeting, 'mirage-www').markdown;
		expect(out).toContain('text\nACTION\\: Bob to x\n- present\\+ Zed\ntopic\\: B\n\\#agreed yes\ns\\/a/b/\n```\naction: in code\n```\nmore');
		const back = importMinutes(out, { fileName: '2026-11-25.md' });
		if (!back.ok) throw new Error('not imported');
		expect(back.meeting.items.map((i) => [i.title, i.notes, i.actions.length, i.decisions.length])).toEqual([['A', notes, 0, 0]]);
		expect(back.meeting.attendees).toEqual([]);
		expect(back.meeting.aob).toBe('regrets+ Ann');
		expect(exportMinutes(back.meeting, 'mirage-www').markdown).toBe(out);
	});

	it('read on a page as they were typed: the backslash does not show', async () => {
		const { renderPreview } = await import('../../../src/markdown/preview.ts');
		const html = renderPreview(escapeNotes('ACTION: Bob to x\n\npresent+ Zed\n\n#agreed yes\n\ns/a/b/', 4));
		expect(html).toBe('<p>ACTION: Bob to x</p>\n<p>present+ Zed</p>\n<p>#agreed yes</p>\n<p>s/a/b/</p>\n');
	});
});
