// Minutes saved or pasted as HTML (fixture written here: a published page with its navigation,
// script and footer) import as their Markdown would: dated, with the agenda, people, notes and
// records, and none of the page's chrome.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { htmlToMarkdown, looksLikeHtml } from '../../../src/markdown/html-minutes.ts';
import { importMinutes } from '../../../src/markdown/import/import-minutes.ts';

const page = readFileSync(new URL('../../fixtures/minutes-page.html', import.meta.url), 'utf8');

it('tells HTML from Markdown and plain text', () => {
	expect(looksLikeHtml(page)).toBe(true);
	expect(looksLikeHtml('<h2>Agenda</h2><ul><li>One</li></ul><p>Two</p>')).toBe(true);
	for (const text of ['### Agenda ###\n\n* One\n', 'Weekly Meeting: 2015-08-26\n<b>bold</b> in a line\n', '<!-- a comment -->\n# Minutes\n']) expect(looksLikeHtml(text), text).toBe(false);
});

it('reads a saved page as its minutes, without the page around them', () => {
	const markdown = htmlToMarkdown(page);
	expect(markdown).not.toMatch(/tracking|font:|Weekly calls|© 2026/);
	const result = importMinutes(markdown, { fileName: 'weekly.html' });
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	const meeting = result.meeting;
	expect(meeting.date).toBe('2026-11-18');
	expect(meeting.title).toBe('Weekly Meeting: 2026-11-18');
	expect(meeting.items.map((i) => i.title)).toEqual(['Release 4.2 status', 'Website redesign']);
	expect(meeting.attendees.map((a) => a.name)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
	expect(meeting.chair).toBe('Ada Lovelace');
	expect(meeting.items[0]?.notes).toContain('CI is green on all platforms.');
	expect(meeting.items[0]?.actions.map((a) => [a.owner, a.text])).toEqual([['Grace', 'tag the release on Friday']]);
	expect(meeting.items[1]?.decisions.map((d) => d.text)).toEqual(['ship the theme next week']);
	expect(meeting.items[1]?.notes).toContain('[the preview site](https://example.org/theme)');
});
