// Readers for the regions of a minutes file that hold more than a heading: an item's body,
// AoB, and the attendee list. Each fills the meeting and hands the line ranges it read to
// `push`, which records them in the layout.

import type { AgendaItem, Attendee, Link, Meeting, Presence } from '../../core/types.ts';
import type { AttendancePerson } from './attendance.ts';
import { atxHeading, type LineContext } from '../line-scan.ts';
import { unescapeCommandLine } from '../escape.ts';
import { linkIdFor } from '../link-ids.ts';
import { readNextCall } from '../next-call.ts';
import { parseNotesLine } from '../../core/notes-commands.ts';
import { joinSoftBreaks } from '../soft-breaks.ts';
import { marksIn } from '../marks.ts';
import { splitBody, trimRange } from './item-body.ts';
import type { Region } from './sections.ts';

export type Push = (start: number, end: number, key?: string, keptWith?: string) => void;

/** What lines typed as commands in an item's notes give beyond the item's own records. */
export interface TypedLines {
	/** People named by a present+ or regrets+ line, and the notes block that held it. */
	people(names: string[], presence: Presence, notesKey: string): void;
	/** Says that block `key` is written as the file had it only while `notesKey` is. */
	keptWith(key: string, notesKey: string): void;
	/** Every link id the meeting uses, for new ones to stay unique. */
	linkIds: Set<string>;
	/** A new item raised in the notes of `after` by a topic line, placed after it (and any raised before). */
	topic(title: string, after: AgendaItem): AgendaItem;
}

export function pushVerbatim(lines: readonly string[], start: number, end: number, push: Push): void {
	const range = trimRange(lines, start, end);
	if (range !== undefined) push(range.start, range.end);
}

/** Reads an item's notes, records and links; `positions` learns the line of each record. */
export function readItemBody(lines: readonly string[], contexts: readonly LineContext[], region: Region, item: AgendaItem, push: Push, positions: Map<string, number>, typedLines: TypedLines): void {
	const parts = splitBody(lines, contexts, region.start + 1, region.end);
	const notesKey = `item:${item.id}:notes`;
	// Links typed as "link: URL text" lines, defined with the item's own.
	let typedLinks: Link[] = [];
	if (parts.notes !== undefined) {
		// Lines a scribe typed as commands ("ACTION: Anil to …", "RESOLVED: …", "present+ Ada",
		// "link: URL text", "topic: …", "s/old/new/") are records, people, references, items and
		// corrections, as typed in the panel. The file's own text stays in the layout, so an unchanged export is the same bytes.
		// The item's own notes, then those of each item a topic line raised, in order.
		let read: { owner: AgendaItem; kept: string[]; links: Link[]; own: number[] } = { owner: item, kept: [], links: [], own: [] };
		const notesOf = [read];
		let target = item;
		let kept = read.kept;
		// A command that stood as a paragraph of its own leaves one blank line, not two.
		let dropBlank = false;
		for (let i = parts.notes.start; i < parts.notes.end; i++) {
			const line = lines[i] ?? '';
			if (dropBlank && line.trim() === '') {
				dropBlank = false;
				continue;
			}
			dropBlank = false;
			const command = contexts[i] === 'text' ? parseNotesLine(line) : undefined;
			// A correction applies to the last line before it that holds its text; one that matches nothing stays, as in the panel.
			const corrected = command?.kind === 'correction' ? kept.findLastIndex((l) => l.includes(command.from)) : -1;
			if (command?.kind === 'correction' && corrected < 0) {
				kept.push(line);
				continue;
			}
			if (command !== undefined && command.kind !== 'link') dropBlank = (kept.at(-1) ?? '').trim() === '';
			if (command?.kind === 'correction') {
				const before = kept[corrected] ?? '';
				kept[corrected] = command.all ? before.split(command.from).join(command.to) : before.replace(command.from, () => command.to);
			} else if (command?.kind === 'topic') {
				// What follows, to the next topic line, is the new item's.
				target = typedLines.topic(command.title, item);
				kept = [];
				read = { owner: target, kept, links: [], own: [] };
				notesOf.push(read);
				positions.set(target.id, i + 1);
			} else if (command?.kind === 'present' || command?.kind === 'regrets') {
				typedLines.people(command.names, command.kind === 'present' ? 'present' : 'regrets', notesKey);
			} else if (command?.kind === 'link') {
				const id = linkIdFor(command.url, command.text, typedLines.linkIds);
				typedLines.linkIds.add(id);
				read.links.push({ id, url: command.url });
				// Typed as a line of its own, it stays one.
				read.own.push(kept.length);
				kept.push(`${/^\s*(?:[-*+]\s+)?/.exec(line)?.[0] ?? ''}${command.text === undefined ? `[${id}]` : `[${command.text}][${id}]`}`);
			} else if (command?.kind === 'action') {
				const id = `${target.id}-typed-a${target.actions.length + 1}`;
				target.actions.push({ id, owner: command.owner, text: command.text, status: 'open' });
				positions.set(id, i + 1);
			} else if (command?.kind === 'decision') {
				const id = `${target.id}-typed-d${target.decisions.length + 1}`;
				target.decisions.push({ id, text: command.text });
				positions.set(id, i + 1);
			} else kept.push(contexts[i] === 'text' ? unescapeCommandLine(line) : line);
		}
		for (const { owner, kept: written, links, own } of notesOf) {
			const range = trimRange(written, 0, written.length);
			owner.notes = range === undefined ? '' : joinSoftBreaks(written.slice(range.start, range.end), own.length === 0 ? undefined : new Set(own.map((i) => i - range.start)));
			if (owner === item) continue;
			owner.links = links;
			// An item typed as a topic line lives in this item's notes: written as its own section
			// only once those notes change, and those notes are written as the file had them only
			// while it is as imported.
			for (const part of ['heading', 'notes', 'records', 'links']) {
				typedLines.keptWith(`item:${owner.id}:${part}`, notesKey);
				typedLines.keptWith(notesKey, `item:${owner.id}:${part}`);
			}
		}
		// Actions and decisions marked in the community's own way stay in the notes as written, and are records too.
		for (const { owner } of notesOf) addMarked(owner, lines, region, positions);
		typedLinks = notesOf[0]?.links ?? [];
		push(parts.notes.start, parts.notes.end, notesKey);
	}
	// Records typed in the notes live in the notes' text: the records block is written as the file
	// had it only while the notes are.
	const typed = item.actions.length + item.decisions.length > 0 ? `item:${item.id}:notes` : undefined;
	if (typed !== undefined && parts.records === undefined) push(parts.notes?.end ?? region.end, parts.notes?.end ?? region.end, `item:${item.id}:records`, typed);
	if (parts.records !== undefined) {
		const first = parts.records.start;
		parts.records.values.forEach((record, n) => {
			const id = `${item.id}-${'decision' in record ? 'd' : 'a'}${n + 1}`;
			if ('decision' in record) item.decisions.push({ id, ...record.decision });
			else item.actions.push({ id, ...record.action });
			positions.set(id, first + n + 1);
		});
		push(parts.records.start, parts.records.end, `item:${item.id}:records`, typed);
	}
	item.links = [...(parts.links?.values ?? []), ...typedLinks];
	if (typedLinks.length > 0) typedLines.keptWith(`item:${item.id}:links`, notesKey);
	if (parts.links !== undefined) push(parts.links.start, parts.links.end, `item:${item.id}:links`);
}

function addMarked(item: AgendaItem, lines: readonly string[], region: Region, positions: Map<string, number>): void {
	const marks = marksIn(item);
	if (marks.length === 0) return;
	let from = region.start;
	const notes = item.notes.split('\n');
	for (const { line, mark } of marks) {
		const text = notes[line] ?? '';
		// Its line in the file: the next one after the last mark's that holds its text.
		let at = -1;
		for (let i = from; i < region.end && at < 0; i++) if ((lines[i] ?? '').includes(text.trim())) at = i;
		if (at >= 0) from = at + 1;
		const id = 'decision' in mark ? `${item.id}-marked-d${item.decisions.length + 1}` : `${item.id}-marked-a${item.actions.length + 1}`;
		if ('decision' in mark) item.decisions.push({ id, ...mark.decision });
		else item.actions.push({ id, ...mark.action });
		if (at >= 0) positions.set(id, at + 1);
	}
}

export function readAob(lines: readonly string[], contexts: readonly LineContext[], region: Region, meeting: Meeting, push: Push): void {
	const split = splitBody(lines, contexts, region.start + 1, region.end);
	// Definitions alone are what the user wrote as AoB, not the standing links that follow it.
	const parts = split.notes === undefined && split.records === undefined && split.links !== undefined ? { notes: split.links } : split;
	const body = parts.notes === undefined ? undefined : { ...parts.notes };
	if (body !== undefined && parts.records !== undefined) body.end = parts.records.end;
	if (body !== undefined) {
		// The next-call announcement is the last paragraph of AoB when it names a date.
		let last = body.end - 1;
		while (last > body.start && (lines[last - 1] ?? '').trim() !== '') last--;
		const nextCall = readNextCall(lines.slice(last, body.end).join('\n'), meeting.date);
		const aob = nextCall === undefined ? body : trimRange(lines, body.start, last);
		if (aob !== undefined) {
			meeting.aob = joinSoftBreaks(lines.slice(aob.start, aob.end).map((line, i) => (contexts[aob.start + i] === 'text' ? unescapeCommandLine(line) : line)));
			push(aob.start, aob.end, 'aob');
		}
		if (nextCall !== undefined) {
			meeting.nextCall = nextCall;
			push(last, body.end, 'next-call');
		}
	}
	if (parts.links !== undefined) {
		meeting.links = parts.links.values;
		push(parts.links.start, parts.links.end, 'links');
	}
}

export function attendeesRange(lines: readonly string[], region: Region): { start: number; end: number } {
	let start = region.start;
	if (region.kind === 'attendees-heading') {
		start = region.start + 1;
		while (start < region.end && (lines[start] ?? '').trim() === '') start++;
	}
	let end = Math.max(start, region.kind === 'attendees-line' ? region.start + 1 : start);
	// `Attendees:` alone on its line may be followed by a blank line, then the names.
	if (region.kind === 'attendees-line' && (lines[region.start] ?? '').trim().endsWith(':') && (lines[end] ?? '').trim() === '') {
		while (end < region.end && (lines[end] ?? '').trim() === '') end++;
	}
	while (end < region.end && (lines[end] ?? '').trim() !== '' && atxHeading(lines[end] ?? '') === undefined) end++;
	return { start: region.kind === 'attendees-heading' ? region.start : start, end };
}

export function addPeople(meeting: Meeting, people: readonly AttendancePerson[]): void {
	// Present first, as the house style writes them.
	const ordered = [...people.filter((p) => p.presence === 'present'), ...people.filter((p) => p.presence !== 'present')];
	meeting.attendees = ordered.map((p, i) => {
		const attendee: Attendee = { id: `p${i + 1}`, name: p.name, presence: p.presence };
		if (p.handle !== undefined) attendee.handle = p.handle;
		if (p.role !== undefined) attendee.role = p.role;
		if (p.note !== undefined) attendee.note = p.note;
		return attendee;
	});
	const chair = meeting.attendees.find((a) => a.role === 'chair');
	const secretary = meeting.attendees.find((a) => a.role === 'secretary');
	if (chair !== undefined) meeting.chair = chair.name;
	if (secretary !== undefined) meeting.secretary = secretary.name;
}

/** The lines without blank ones at either end. */
