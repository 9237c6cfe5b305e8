// Splits the body of a minutes file into regions, each starting at a structural line: the
// agenda, notes and AoB headings, the attendees line or heading, the `--` separator, and the
// topic headings at the level topics are written at.

import { isAttendeesLine } from '../attendees-line.ts';
import { atxHeading, type AtxHeading, type LineContext } from '../line-scan.ts';
import { attendanceLabel, isAttendanceHeading, isGroupName } from './attendance.ts';

export type RegionKind = 'preamble' | 'agenda' | 'attendees-line' | 'attendees-heading' | 'notes' | 'topic' | 'separator' | 'aob';

export interface Region {
	kind: RegionKind;
	/** First line (the heading or label line) and the line after the region. */
	start: number;
	end: number;
	/** Heading text, for headings. */
	title?: string;
}

const NAMES: Array<[RegExp, RegionKind]> = [
	[/^agenda:?$/i, 'agenda'],
	// "Content:" holds every topic of a scribejs file; "Discussion", "Meeting notes" of others.
	[/^(?:notes|minutes|content|contents|discussion|meeting notes|proceedings):?$/i, 'notes'],
	[/^(?:aob|any other business):?$/i, 'aob'],
];

/** Each text line's heading and the section it names, read once: the passes over a file (its
 * title, its topic level, its regions) all look at them, and a 1 MB file holds 60 000. */
export interface Outline {
	headings: ReadonlyArray<AtxHeading | undefined>;
	kinds: ReadonlyArray<RegionKind | undefined>;
}

export function outlineOf(lines: readonly string[], contexts: readonly LineContext[]): Outline {
	// Filled at the heading lines only.
	const headings = new Array<AtxHeading | undefined>(lines.length);
	const kinds = new Array<RegionKind | undefined>(lines.length);
	lines.forEach((line, i) => {
		const heading = contexts[i] === 'text' ? atxHeading(line) : undefined;
		if (heading === undefined) return;
		headings[i] = heading;
		kinds[i] = structuralKind(heading.text);
	});
	return { headings, kinds };
}

export function structuralKind(title: string): RegionKind | undefined {
	if (isAttendanceHeading(title)) return 'attendees-heading';
	const trimmed = title.trim();
	for (const [pattern, kind] of NAMES) if (pattern.test(trimmed)) return kind;
	return undefined;
}

/** A line that starts an attendance paragraph: the MirageOS "Attendees:" or any community's label ("**Present:**", "Chair:"). */
export function isAttendanceLine(line: string): boolean {
	return isAttendeesLine(line) || attendanceLabel(line) !== undefined;
}

/** The file's first line, when it is a heading above every other one and names no section: its title. */
export function titleHeading(lines: readonly string[], { headings, kinds }: Outline, from: number): { text: string; end: number } | undefined {
	let first = from;
	while (first < lines.length && (lines[first] ?? '').trim() === '') first++;
	const title = headings[first];
	if (title === undefined || kinds[first] !== undefined) return undefined;
	for (let i = first + 1; i < lines.length; i++) {
		const heading = headings[i];
		if (heading !== undefined && heading.level <= title.level) return undefined;
	}
	return { text: title.text, end: first + 1 };
}

/** The level topics are written at: the highest non-structural heading after the agenda. */
export function topicLevel(lines: readonly string[], contexts: readonly LineContext[], { headings, kinds }: Outline, from: number): number {
	let started = false;
	let level: number | undefined;
	// Headings under the agenda's own, deeper than it, group its bullets ("### nodejs/node" under "## Agenda").
	let agendaLevel: number | undefined;
	for (let i = from; i < lines.length; i++) {
		if (contexts[i] !== 'text') continue;
		const heading = headings[i];
		if (heading === undefined) {
			if (!started && isAttendanceLine(lines[i] ?? '')) started = true;
			continue;
		}
		const kind = kinds[i];
		if (agendaLevel !== undefined && heading.level <= agendaLevel) agendaLevel = undefined;
		if (kind === 'agenda') agendaLevel = heading.level;
		if (kind !== undefined) started = true;
		else if (started && agendaLevel === undefined) level = Math.min(level ?? 6, heading.level);
	}
	return level ?? 4;
}

export function findRegions(lines: readonly string[], contexts: readonly LineContext[], { headings, kinds }: Outline, from: number, itemLevel: number): Region[] {
	const regions: Region[] = [{ kind: 'preamble', start: from, end: lines.length }];
	let inNotes = false;
	const open = (region: Omit<Region, 'end'>) => {
		const last = regions.at(-1);
		if (last !== undefined) last.end = region.start;
		regions.push(region.title === undefined ? { kind: region.kind, start: region.start, end: lines.length } : { kind: region.kind, start: region.start, end: lines.length, title: region.title });
		if (region.kind !== 'agenda') inNotes = true;
	};
	for (let i = from; i < lines.length; i++) {
		if (contexts[i] !== 'text') continue;
		const line = lines[i] ?? '';
		const heading = headings[i];
		// After a blank line, or after an HTML block or code fence that ended on the line before (a comment
		// right above "Attendees:" ends there: CommonMark §4.6).
		const paragraphStart = i === from || (lines[i - 1] ?? '').trim() === '' || contexts[i - 1] !== 'text';
		if (heading !== undefined) {
			// "### Members", "### Observers" under "## Present" group its names.
			const last = regions.at(-1);
			const within = last?.kind === 'attendees-heading' ? headings[last.start] : undefined;
			if (within !== undefined && heading.level > within.level && (isAttendanceHeading(heading.text) || isGroupName(heading.text))) continue;
			// "## Not present" right after "## Present": one attendance, the names of the second its group's.
			if (within !== undefined && heading.level === within.level && isAttendanceHeading(heading.text)) continue;
			const kind = kinds[i];
			// "### nodejs/node" under "## Agenda" groups its bullets (as topicLevel counts it).
			const agenda = last?.kind === 'agenda' ? headings[last.start] : undefined;
			if (kind === undefined && agenda !== undefined && heading.level > agenda.level) continue;
			if (kind !== undefined && (kind !== 'aob' || heading.level <= itemLevel)) open({ kind, start: i, title: heading.text });
			else if (heading.level <= itemLevel) open({ kind: 'topic', start: i, title: heading.text });
		} else if (paragraphStart && !inNotes && isAttendanceLine(line) && !(regions.at(-1)?.kind === 'agenda' && /^\s*[-*+]\s/.test(line))) {
			// (A bullet of the agenda list is an item, whatever it says: "* Attendees:".)
			// Only before the notes: an "Attendees:" paragraph inside a topic is that topic's text.
			open({ kind: 'attendees-line', start: i });
		} else if (paragraphStart && line.trim() === '--' && nextIsAob(lines, { headings, kinds }, i + 1, itemLevel)) {
			open({ kind: 'separator', start: i });
		}
	}
	return regions.filter((r) => r.kind !== 'preamble' || r.end > r.start);
}

function nextIsAob(lines: readonly string[], { headings, kinds }: Outline, from: number, itemLevel: number): boolean {
	for (let i = from; i < lines.length; i++) {
		if ((lines[i] ?? '').trim() === '') continue;
		const heading = headings[i];
		return heading !== undefined && heading.level <= itemLevel && kinds[i] === 'aob';
	}
	return false;
}
