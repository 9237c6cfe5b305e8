// Escaping of text typed by a user, so that it can never break the document around it.
// Titles and names are inline Markdown on one line; notes are Markdown blocks that keep the
// user's own formatting and lose only what would break the minutes' structure.

import { parseNotesLine } from '../core/notes-commands.ts';
import { atxHeading, scanLines, type LineContext } from './line-scan.ts';

// What would turn the start of a bullet or heading into another block: a heading, quote, list,
// fence, thematic break, HTML block or link definition.
export const BLOCK_START = /^(?:#|>|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|`{3}|~{3}|[-_*=](?:\s*[-_*=]){2,}\s*$|<[A-Za-z!?/]|\[[^\]]*\]:)/;

// Indented too: under a list item's text, "\t ---" is that item's underline (a backslash before it
// shows nothing wherever the line falls: `\-` is a dash).
const SETEXT_UNDERLINE = /^[ \t]*(?:=+|-+)[ \t]*$/;

// Headings with these names are the minutes' own sections; an item so named is written with its
// first letter as a character reference, which renders the same.
const RESERVED = /^(?:agenda|notes|minutes|aob|any other business|attendees|people|present):?$/i;

/** A title for a heading: inline Markdown that cannot pass for one of the minutes' sections. */
export function escapeHeading(text: string): string {
	const line = escapeInline(text);
	return RESERVED.test(line) ? `&#${line.codePointAt(0)};${line.slice(1)}` : line;
}

export function unescapeHeading(text: string): string {
	const reference = /^&#(\d{1,6});/.exec(text);
	const decoded = reference === null ? text : String.fromCodePoint(Number(reference[1])) + text.slice(reference[0].length);
	return reference !== null && RESERVED.test(decoded) ? decoded : unescapeInline(text);
}

/** One line of inline Markdown that starts no block and holds no line break. */
export function escapeInline(text: string): string {
	const line = text.replace(/\r\n?|\n/g, ' ').trim();
	const body = line.replace(/^\\*/, '');
	const start = BLOCK_START.test(body) ? `\\${line}` : line;
	// A trailing run of `#` after a space would be read as a closing sequence and vanish.
	return /\s\\*#+$/.test(start) ? start.replace(/(\\*#+)$/, '\\$1') : start;
}

/** The inverse of `escapeInline` for text read back from a bullet or heading. */
export function unescapeInline(text: string): string {
	let value = text;
	const body = value.replace(/^\\+/, '');
	if (value.startsWith('\\') && BLOCK_START.test(body)) value = value.slice(1);
	const trailing = /\s(\\+)#+$/.exec(value);
	if (trailing !== null) value = value.replace(/\\(\\*#+)$/, '$1');
	return value;
}

/**
 * Notes as they may stand inside an item's section: headings that would start a new section
 * (level <= `sectionLevel`, also inside a list item or quote) are escaped, and an HTML block
 * or code fence left open is neutralised or closed so that it cannot swallow the sections
 * after it. Everything else is the user's Markdown, kept.
 */
export function escapeNotes(notes: string, sectionLevel: number): string {
	// Only a line whose first character after spaces and list or quote markers is one of these
	// can be a heading, an underline, an HTML opener or a fence, and only a word followed by ":"
	// or "+" (or "s/") a typed command; without one, nothing changes.
	if (!/\r|^[ \t>+*\d.)-]*[#=<`~-]|^\s*(?:[-*+]\s+)?(?:s\/|[A-Za-z]+\s*[:+])/m.test(notes)) return notes;
	const lines = notes.replace(/\r\n?/g, '\n').split('\n');
	// An HTML block that never closes would swallow every section after it: its opener is escaped.
	const scan = scanLines(lines, { neutraliseUnclosedHtml: true });
	for (const line of scan.neutralised) {
		// The opener's "<" is the line's first (behind at most three spaces).
		const text = lines[line] ?? '';
		const at = text.indexOf('<');
		lines[line] = `${text.slice(0, at)}\\${text.slice(at)}`;
	}
	const { contexts, open } = scan;
	const headings = new Set(sectionHeadings(lines, contexts, sectionLevel));
	const out = lines.map((line, i) => {
		if (headings.has(i)) return line.replace('#', '\\#');
		// `===` or `---` under a line of text would make that line a heading (setext).
		const above = lines[i - 1];
		if (contexts[i] === 'text' && SETEXT_UNDERLINE.test(line) && above !== undefined && above.trim() !== '' && contexts[i - 1] === 'text') return line.replace(/^([ \t]*)([=-])/, '$1\\$2');
		return contexts[i] === 'text' ? escapeCommandLine(line) : line;
	});
	// The closing fence takes the opener's indentation: a fence opened on a list item's
	// continuation line must close inside that item, not open a new fence after it.
	if (open?.kind === 'code') out.push(`${/^[ \t]*/.exec(lines[open.line] ?? '')?.[0] ?? ''}${open.fence ?? '```'}`);
	return out.join('\n');
}

// Where a typed command starts, behind any bullet: "#action", "s/", "present+", "action:".
const COMMAND_START = /^(\s*(?:[-*+]\s+)?)(#|s\/|[A-Za-z]+\+|[A-Za-z]+\s*:)/;
const ESCAPED_COMMAND_START = /^(\s*(?:[-*+]\s+)?)(\\#|s\\\/|[A-Za-z]+\\\+|[A-Za-z]+\s*\\:)/;

/** A line of notes that an import would read as a typed command ("action: …") gets one backslash,
 * which Markdown does not show, so that it comes back as the notes it is. */
export function escapeCommandLine(line: string): string {
	// A line the regex cannot mark is left as it is whatever it is: it is tested first, as it costs least.
	if (!COMMAND_START.test(line) || parseNotesLine(line) === undefined) return line;
	return line.replace(COMMAND_START, (_, lead: string, word: string) => `${lead}${word.slice(0, -1)}\\${word.slice(-1)}`);
}

/** The notes line `escapeCommandLine` wrote, as it was; any other line as it is. */
export function unescapeCommandLine(line: string): string {
	const plain = line.replace(ESCAPED_COMMAND_START, (_, lead: string, word: string) => `${lead}${word.replace('\\', '')}`);
	return plain !== line && parseNotesLine(plain) !== undefined ? plain : line;
}

/**
 * Lines that render as a heading of level <= `maxLevel`: at the start of a line, behind quote
 * or list markers ("> ## x", "- # x"), or on a line that continues a list item. Indented code
 * is left alone: a `#` there is code.
 */
function sectionHeadings(lines: readonly string[], contexts: readonly LineContext[], maxLevel: number): number[] {
	const found: number[] = [];
	let columns: number[] = [];
	let afterBlank = true;
	lines.forEach((line, i) => {
		if (line.trim() === '') {
			afterBlank = true;
			return;
		}
		const indent = width(/^[ \t]*/.exec(line)?.[0] ?? '');
		// After a blank line, a line less indented than a list item's content closes that item.
		if (afterBlank) columns = columns.filter((c) => indent >= c);
		afterBlank = false;
		if (contexts[i] !== 'text') return;
		const base = columns.at(-1) ?? 0;
		if (indent - base >= 4) return;
		let rest = line.replace(/^[ \t]*/, '');
		let column = indent;
		for (let marker = CONTAINER_MARKER.exec(rest); marker !== null; marker = CONTAINER_MARKER.exec(rest)) {
			const spaces = width(marker[2] ?? '');
			const markerEnd = column + (marker[1] ?? '').length;
			if ((marker[1] ?? '') !== '>') columns.push(markerEnd + (spaces >= 5 || spaces === 0 ? 1 : spaces));
			column = markerEnd + spaces;
			rest = rest.slice(marker[0].length);
			if (rest === '') break;
		}
		const heading = atxHeading(rest);
		if (heading !== undefined && heading.level <= maxLevel) found.push(i);
	});
	return found;
}

function width(whitespace: string): number {
	let columns = 0;
	for (const ch of whitespace) columns = ch === '\t' ? columns + 4 - (columns % 4) : columns + 1;
	return columns;
}

/** One quote or list marker and the spaces after it. */
const CONTAINER_MARKER = /^(>|[-+*]|\d{1,9}[.)])([ \t]+|$)/;

/** Drops blank lines before and after text, leaving the indentation of its first line alone
 * (four spaces there make a code block; a tab there keeps `~~~` from opening a fence). */
export function trimBlankLines(text: string): string {
	// By offsets, not split into lines: a 1 MB text is 200 000 of them.
	let start = 0;
	for (;;) {
		const end = text.indexOf('\n', start);
		if (text.slice(start, end < 0 ? text.length : end).trim() !== '') break;
		if (end < 0) return '';
		start = end + 1;
	}
	let end = text.length;
	for (;;) {
		const lineStart = text.lastIndexOf('\n', end - 1) + 1;
		if (text.slice(lineStart, end).trim() !== '') break;
		end = lineStart - 1;
	}
	return text.slice(start, end);
}
