// Splits the lines under a heading into the parts the model holds apart: notes (Markdown as
// written), the decision and action bullets after them, and the link definitions at the end.

import type { Link } from '../../core/types.ts';
import { LINK_DEFINITION, type LineContext } from '../line-scan.ts';
import { readRecord, type Record } from '../records.ts';

export interface Range {
	start: number;
	end: number;
}

export interface BodyParts {
	notes?: Range;
	records?: Range & { values: Record[] };
	links?: Range & { values: Link[] };
}

export function splitBody(lines: readonly string[], contexts: readonly LineContext[], start: number, end: number): BodyParts {
	const content = trimRange(lines, start, end);
	if (content === undefined) return {};
	const parts: BodyParts = {};
	const links = takeTrailing(lines, contexts, content.start, content.end, readLinkDefinition);
	// A definition cannot interrupt a paragraph (CommonMark §4.7): right under text it is text.
	const above = lines[links.start - 1];
	const linksStart = links.start > content.start && above !== undefined && above.trim() !== '' ? content.end : links.start;
	if (linksStart < content.end) parts.links = { start: linksStart, end: content.end, values: links.values };
	const recordsEnd = trimRange(lines, content.start, linksStart)?.end ?? content.start;
	const records = takeTrailing(lines, contexts, content.start, recordsEnd, readRecord);
	if (records.values.length > 0) parts.records = { start: records.start, end: recordsEnd, values: records.values };
	const notes = trimRange(lines, content.start, records.start);
	if (notes !== undefined) parts.notes = notes;
	return parts;
}

/** The run of lines just before `end` that `read` accepts, in order, and where it starts. */
function takeTrailing<T>(lines: readonly string[], contexts: readonly LineContext[], floor: number, end: number, read: (line: string) => T | undefined): { start: number; values: T[] } {
	const values: T[] = [];
	let start = end;
	while (start > floor && contexts[start - 1] === 'text') {
		const value = read(lines[start - 1] ?? '');
		if (value === undefined) break;
		values.push(value);
		start--;
	}
	return { start, values: values.reverse() };
}

export function readLinkDefinition(line: string): Link | undefined {
	const match = LINK_DEFINITION.exec(line);
	if (match === null) return undefined;
	const url = (match[2] ?? '').replace(/^<(.*)>$/, '$1');
	const title = match[3]?.slice(1, -1);
	return title === undefined ? { id: match[1] ?? '', url } : { id: match[1] ?? '', url, title };
}

/** The range without its leading and trailing blank lines; undefined when all blank. */
export function trimRange(lines: readonly string[], start: number, end: number): Range | undefined {
	let s = start;
	let e = end;
	while (s < e && (lines[s] ?? '').trim() === '') s++;
	while (e > s && (lines[e - 1] ?? '').trim() === '') e--;
	return s < e ? { start: s, end: e } : undefined;
}
