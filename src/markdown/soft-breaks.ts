// Lines typed in the notes are lines of the minutes. Markdown joins the lines of a paragraph
// into one ("…the tracker. the Conduit issue Blocked on…"), so where the secretary typed a point
// a line, the minutes put a blank line between them: paragraphs, as the corpus writes its notes
// (its 51 files break lines only to wrap them, and separate points by paragraphs and bullets).
// The importer is the mirror: a paragraph wrapped over several lines is one line of notes, so an
// edited file is written back with the same paragraphs.
//
// Only breaks that CommonMark reads as a space are touched: between two lines of a paragraph (or a
// list item and its lazy continuation), neither in code or HTML, the first not a heading, quote or
// table row and not ending in a hard break, the second starting no block of its own; and neither
// a typed command ("action: …", "s/old/new/"), which the notes keep as a line of its own.
// https://spec.commonmark.org/0.31.2/#soft-line-breaks

import { parseNotesLine } from '../core/notes-commands.ts';
import { BLOCK_START, unescapeCommandLine } from './escape.ts';
import { atxHeading, scanLines, type LineContext } from './line-scan.ts';

/** The breaks a reader of the rendered page would see as a space: `soft[i]` for the one after `lines[i]`. */
function softBreaks(lines: readonly string[]): boolean[] {
	// Scanned for code and HTML only once a break looks soft: most notes (bullets, one-line points) have none.
	let contexts: readonly LineContext[] | undefined;
	// Only a line that starts with a word and ":" or "+" (or "#", "s/") can be a command. Tested last, as it costs most.
	const commands: Array<boolean | undefined> = [];
	const command = (i: number) => (commands[i] ??= COMMAND_LIKE.test(lines[i] ?? '') && parseNotesLine(unescapeCommandLine(lines[i] ?? '')) !== undefined);
	return lines.map((line, i) => {
		const next = lines[i + 1];
		if (next === undefined) return false;
		// The second line: plain text at the margin, starting nothing (a list item, heading, quote, fence, rule, table, definition).
		if (NOT_CONTINUING.test(next) || BLOCK_START.test(next)) return false;
		// The first: a paragraph's or a list item's, not a heading, quote, table row, indented code or hard break
		// (an empty list item holds no paragraph the next line could continue).
		if (NOT_CONTINUED.test(line) || (line.trimStart().startsWith('#') && atxHeading(line) !== undefined)) return false;
		contexts ??= scanLines(lines).contexts;
		if (contexts[i] !== 'text' || contexts[i + 1] !== 'text') return false;
		return !command(i) && !command(i + 1);
	});
}

// One test each for the two lines of a break (they are read for every line of every item's notes).
const NOT_CONTINUING = /^(?:[ \t|]|$|[=-]+\s*$)/;
const NOT_CONTINUED = /^(?:\s*$| {4}|\t|\s*[>|]|\s*(?:[-+*]|\d{1,9}[.)])\s*$)| {2}$|\\$/;
// (Escaped too, as escapeNotes writes them: "\#agreed", "s\/a/b/", "topic\:".)
const COMMAND_LIKE = /^\s*(?:[-*+]\s+)?(?:\\?#|s\\?\/|[A-Za-z]+\s*\\?[:+])/;

/** Notes as the minutes write them (after escapeNotes, which can make a heading text): each soft break
 * typed becomes a paragraph break. */
export function linesAsParagraphs(notes: string): string {
	if (!notes.includes('\n')) return notes;
	const lines = notes.split('\n');
	const soft = softBreaks(lines);
	if (!soft.includes(true)) return notes;
	return lines.map((line, i) => (soft[i] === true ? `${line}\n` : line)).join('\n');
}

/** Notes read from a file: a paragraph's wrapped lines made one, as the page shows them. Lines at
 * the indexes in `own` (a reference a typed "link:" line became) stay lines of their own. */
export function joinSoftBreaks(lines: readonly string[], own: ReadonlySet<number> = new Set()): string {
	if (lines.length < 2) return lines[0] ?? '';
	const soft = softBreaks(lines);
	if (!soft.includes(true)) return lines.join('\n');
	const out: string[] = [];
	let joining = false;
	lines.forEach((line, i) => {
		// Spaces before a soft break are not shown (CommonMark §6.12); a tab is.
		if (joining) out[out.length - 1] = `${(out.at(-1) ?? '').replace(/ +$/, '')} ${line}`;
		else out.push(line);
		joining = soft[i] === true && !own.has(i) && !own.has(i + 1);
	});
	return out.join('\n');
}
