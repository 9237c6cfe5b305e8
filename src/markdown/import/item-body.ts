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
	let cut = content.end;
	const parts: BodyParts = {};
	const links: Link[] = [];
	while (cut > content.start && contexts[cut - 1] === 'text') {
		const link = readLinkDefinition(lines[cut - 1] ?? '');
		if (link === undefined) break;
		links.unshift(link);
		cut--;
	}
	// A definition cannot interrupt a paragraph (CommonMark §4.7): right under text it is text.
	const above = lines[cut - 1];
	if (cut > content.start && above !== undefined && above.trim() !== '') {
		cut = content.end;
		links.length = 0;
	}
	if (links.length > 0) parts.links = { start: cut, end: content.end, values: links };
	const recordsEnd = trimRange(lines, content.start, cut)?.end ?? content.start;
	let recordsStart = recordsEnd;
	const records: Record[] = [];
	while (recordsStart > content.start && contexts[recordsStart - 1] === 'text') {
		const record = readRecord(lines[recordsStart - 1] ?? '');
		if (record === undefined) break;
		records.unshift(record);
		recordsStart--;
	}
	if (records.length > 0) parts.records = { start: recordsStart, end: recordsEnd, values: records };
	const notes = trimRange(lines, content.start, recordsStart);
	if (notes !== undefined) parts.notes = notes;
	return parts;
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
