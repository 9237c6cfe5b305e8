// Escaping of text typed by a user, so that it can never break the document around it.
// Titles and names are inline Markdown on one line; notes are Markdown blocks that keep the
// user's own formatting and lose only what would break the minutes' structure.

import { atxHeading, scanLines } from './line-scan.ts';

// What would turn the start of a bullet or heading into another block: a heading, quote, list,
// fence, thematic break, HTML block or link definition.
const BLOCK_START = /^(?:#|>|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|`{3}|~{3}|[-_*=](?:\s*[-_*=]){2,}\s*$|<[A-Za-z!?/]|\[[^\]]*\]:)/;

/** One line of inline Markdown that starts no block and holds no line break. */
export function escapeInline(text: string): string {
	const line = text.replace(/\r\n?|\n/g, ' ').trim();
	const body = line.replace(/^\\*/, '');
	const start = BLOCK_START.test(body) ? `\\${line}` : line;
	// A trailing run of `#` after a space would be read as a closing sequence and vanish.
	return /(?:^|\s)\\*#+$/.test(start) ? start.replace(/(\\*#+)$/, '\\$1') : start;
}

/** The inverse of `escapeInline` for text read back from a bullet or heading. */
export function unescapeInline(text: string): string {
	let value = text;
	const body = value.replace(/^\\+/, '');
	if (value.startsWith('\\') && BLOCK_START.test(body)) value = value.slice(1);
	const trailing = /(?:^|\s)(\\+)#+$/.exec(value);
	if (trailing !== null) value = value.replace(/\\(\\*#+)$/, '$1');
	return value;
}

/**
 * Notes as they may stand inside an item's section: headings that would start a new section
 * (level <= `sectionLevel`) are escaped, and a code fence or HTML block left open is closed so
 * that it cannot swallow the sections after it. Everything else is the user's Markdown, kept.
 */
export function escapeNotes(notes: string, sectionLevel: number): string {
	const lines = notes.replace(/\r\n?/g, '\n').split('\n');
	const { contexts, open } = scanLines(lines);
	const out = lines.map((line, i) => {
		const heading = contexts[i] === 'text' ? atxHeading(line) : undefined;
		return heading !== undefined && heading.level <= sectionLevel ? line.replace(/^( {0,3})#/, '$1\\#') : line;
	});
	if (open?.kind === 'code') out.push(open.fence ?? '```');
	if (open?.kind === 'html') out[open.line] = (out[open.line] ?? '').replace(/^( {0,3})</, '$1\\<');
	return out.join('\n');
}
