// Splits the body of a minutes file into regions, each starting at a structural line: the
// agenda, notes and AoB headings, the attendees line or heading, the `--` separator, and the
// topic headings at the level topics are written at.

import { isAttendeesLine } from '../attendees-line.ts';
import { atxHeading, type LineContext } from '../line-scan.ts';

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
	[/^(?:notes|minutes):?$/i, 'notes'],
	[/^(?:aob|any other business):?$/i, 'aob'],
	[/^(?:attendees|people|present):?$/i, 'attendees-heading'],
];

export function structuralKind(title: string): RegionKind | undefined {
	return NAMES.find(([pattern]) => pattern.test(title.trim()))?.[1];
}

/** The level topics are written at: the highest non-structural heading after the agenda. */
export function topicLevel(lines: readonly string[], contexts: readonly LineContext[], from: number): number {
	let started = false;
	let level: number | undefined;
	for (let i = from; i < lines.length; i++) {
		if (contexts[i] !== 'text') continue;
		const line = lines[i] ?? '';
		const heading = atxHeading(line);
		if (heading === undefined) {
			if (isAttendeesLine(line)) started = true;
			continue;
		}
		if (structuralKind(heading.text) !== undefined) started = true;
		else if (started) level = Math.min(level ?? 6, heading.level);
	}
	return level ?? 4;
}

export function findRegions(lines: readonly string[], contexts: readonly LineContext[], from: number, itemLevel: number): Region[] {
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
		const heading = atxHeading(line);
		// After a blank line, or after an HTML block or code fence that ended on the line before (a comment
		// right above "Attendees:" ends there: CommonMark §4.6).
		const paragraphStart = i === from || (lines[i - 1] ?? '').trim() === '' || contexts[i - 1] !== 'text';
		if (heading !== undefined) {
			const kind = structuralKind(heading.text);
			if (kind !== undefined && (kind !== 'aob' || heading.level <= itemLevel)) open({ kind, start: i, title: heading.text });
			else if (heading.level <= itemLevel) open({ kind: 'topic', start: i, title: heading.text });
		} else if (paragraphStart && !inNotes && isAttendeesLine(line)) {
			// Only before the notes: an "Attendees:" paragraph inside a topic is that topic's text.
			open({ kind: 'attendees-line', start: i });
		} else if (paragraphStart && line.trim() === '--' && nextIsAob(lines, i + 1, itemLevel)) {
			open({ kind: 'separator', start: i });
		}
	}
	return regions.filter((r) => r.kind !== 'preamble' || r.end > r.start);
}

function nextIsAob(lines: readonly string[], from: number, itemLevel: number): boolean {
	for (let i = from; i < lines.length; i++) {
		const line = lines[i] ?? '';
		if (line.trim() === '') continue;
		const heading = atxHeading(line);
		return heading !== undefined && heading.level <= itemLevel && structuralKind(heading.text) === 'aob';
	}
	return false;
}
