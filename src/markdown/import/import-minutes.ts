// Reads a minutes file into a meeting. The mirror of the mirage-www exporter: what the model
// has fields for is parsed, everything else is kept verbatim in `meeting.source` with the
// file's layout, so that exporting the meeting unchanged gives the file back byte for byte.

import type { Diagnostic } from '../../core/diagnostics.ts';
import { createItem, createMeeting } from '../../core/meeting.ts';
import type { AgendaItem, Attendee, Author, Meeting, SourceBlock, StyleHints } from '../../core/types.ts';
import { parseNameList, readAttendeesParagraph, type ParsedPerson } from '../attendees-line.ts';
import { isoDate, monthNumber, parseIsoDate } from '../dates.ts';
import { unescapeHeading, unescapeInline } from '../escape.ts';
import { atxHeading, scanLines, type LineContext } from '../line-scan.ts';
import { readNextCall } from '../next-call.ts';
import { readAgendaTitle } from '../agenda-entry.ts';
import { readAgendaList } from './agenda-list.ts';
import { readFrontMatter, type FrontMatter } from './front-matter.ts';
import { splitBody, trimRange } from './item-body.ts';
import { matchTopics } from './match-topics.ts';
import { findRegions, topicLevel, type Region } from './sections.ts';
import { attachLayout } from './attach-layout.ts';

export interface ImportOptions {
	/** The file's name: its `YYYY-MM-DD` is the meeting date when the file gives none. */
	fileName?: string;
	id?: string;
}

export type ImportResult = { ok: true; meeting: Meeting; warnings: Diagnostic[]; lines: Map<string, number> } | { ok: false; errors: Diagnostic[] };

const SUMMARY_LINE = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?\s+(\d{4})\s*:/;
export const DEFAULT_TITLE = (date: string) => `Weekly Meeting: ${date}`;

export function importMinutes(input: string, options: ImportOptions = {}): ImportResult {
	const problem = unreadable(input);
	if (problem !== undefined) return { ok: false, errors: [problem] };
	const text = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
	const lines = text.split('\n');
	const { contexts } = scanLines(lines);
	const blocks: SourceBlock[] = [];
	let prevEnd = 0;
	const used = new Set<string>();
	const push = (start: number, end: number, key?: string) => {
		let gap = '';
		for (let i = prevEnd; i < start; i++) gap += `${lines[i]}\n`;
		const lead = blocks.length === 0 ? gap : `\n${gap}`;
		const keyed = key !== undefined && !used.has(key);
		if (keyed) used.add(key);
		const block: SourceBlock = { lead, raw: lines.slice(start, end).join('\n') };
		if (keyed) block.key = key;
		blocks.push(block);
		prevEnd = end;
	};

	const head = readHead(lines, options);
	if (!head.ok) return { ok: false, errors: head.errors };
	if (head.end > 0) push(head.start, head.end, head.key);
	const meeting = createMeeting({ id: options.id ?? `m-${head.date}`, title: head.title ?? DEFAULT_TITLE(head.date), date: head.date });
	if (head.author !== undefined) meeting.author = head.author;
	if (head.summary !== undefined) meeting.summary = head.summary;
	const style: StyleHints = { frontMatter: head.key === 'front-matter' };

	const itemLevel = topicLevel(lines, contexts, head.end);
	style.itemLevel = itemLevel;
	const regions = findRegions(lines, contexts, head.end, itemLevel);
	const positions = new Map<string, number>();
	const agendaRegion = regions.find((r) => r.kind === 'agenda');
	const agenda = agendaRegion === undefined ? { entries: [], other: [] } : readAgendaList(lines, contexts, agendaRegion.start + 1, agendaRegion.end);
	const topics = regions.filter((r) => r.kind === 'topic');
	const items = matchTopics(
		agenda.entries.map((e) => readAgendaTitle(e.text).title),
		topics.map((t) => unescapeHeading(t.title ?? '')),
	);
	const itemIds = items.map((_, i) => `i${i + 1}`);
	meeting.items = items.map((source, i) => {
		const id = itemIds[i] ?? '';
		if (source.agendaIndex === undefined) return createItem({ id, title: source.title, unplanned: true });
		const entry = agenda.entries[source.agendaIndex];
		return createItem({ id, ...readAgendaTitle(entry?.text ?? ''), subItems: (entry?.subItems ?? []).map(unescapeInline) });
	});
	const entryIds = new Map<number, string>();
	const topicIds = new Map<Region, string>();
	items.forEach((source, i) => {
		if (source.agendaIndex !== undefined) entryIds.set(source.agendaIndex, itemIds[i] ?? '');
		const topic = source.topicIndex === undefined ? undefined : topics[source.topicIndex];
		if (topic !== undefined) topicIds.set(topic, itemIds[i] ?? '');
	});
	const byId = new Map(meeting.items.map((i) => [i.id, i]));
	const firstBullet = agenda.entries[0]?.bullet;
	if (firstBullet === '-' || firstBullet === '*' || firstBullet === '+') style.bullet = firstBullet;

	const regionKey: Partial<Record<Region['kind'], string>> = { agenda: 'agenda-heading', 'attendees-line': 'attendees', 'attendees-heading': 'attendees', notes: 'notes-heading', separator: 'aob-separator', aob: 'aob-heading' };
	for (const region of regions) {
		const key = regionKey[region.kind];
		if (key !== undefined && used.has(key)) {
			// A second agenda, attendee list or AoB: kept as it is, not read into the model.
			pushVerbatim(lines, region.start, region.end, push);
			continue;
		}
		const heading = atxHeading(lines[region.start] ?? '');
		if (heading !== undefined && region.kind !== 'topic' && style.closedHeadings === undefined) style.closedHeadings = heading.closed;
		switch (region.kind) {
			case 'preamble':
				pushVerbatim(lines, region.start, region.end, push);
				break;
			case 'agenda': {
				push(region.start, region.start + 1, 'agenda-heading');
				const ranges = [
					...agenda.entries.map((e, index) => ({ start: e.start, end: e.end, key: `agenda:${entryIds.get(index) ?? ''}` })),
					...agenda.other.map((o) => ({ ...o, key: undefined })),
				].sort((a, b) => a.start - b.start);
				for (const range of ranges) push(range.start, range.end, range.key);
				break;
			}
			case 'attendees-line':
			case 'attendees-heading': {
				const paragraph = attendeesRange(lines, region);
				const people = region.kind === 'attendees-line'
					? readAttendeesParagraph(lines.slice(paragraph.start, paragraph.end).join('\n'))
					: { present: parseNameList(lines.slice(region.start + 1, paragraph.end).join(' ')), regrets: [] };
				if (people !== undefined) addPeople(meeting, people.present, people.regrets);
				style.attendeesOnOwnLine = region.kind === 'attendees-line' && /^\S*Attendees\S*\s*$/.test(lines[region.start] ?? '');
				positions.set('attendees', region.start + 1);
				push(paragraph.start, paragraph.end, 'attendees');
				pushVerbatim(lines, paragraph.end, region.end, push);
				break;
			}
			case 'notes':
				push(region.start, region.start + 1, 'notes-heading');
				pushVerbatim(lines, region.start + 1, region.end, push);
				break;
			case 'topic': {
				const id = topicIds.get(region) ?? '';
				positions.set(id, region.start + 1);
				push(region.start, region.start + 1, `item:${id}:heading`);
				readItemBody(lines, contexts, region, byId.get(id) as AgendaItem, push);
				break;
			}
			case 'separator':
				push(region.start, region.start + 1, 'aob-separator');
				pushVerbatim(lines, region.start + 1, region.end, push);
				break;
			case 'aob':
				push(region.start, region.start + 1, 'aob-heading');
				readAob(lines, contexts, region, meeting, push);
				break;
		}
	}
	const tail = prevEnd < lines.length ? `\n${lines.slice(prevEnd).join('\n')}` : '';
	attachLayout(meeting, blocks, tail, style);
	return { ok: true, meeting, warnings: [], lines: positions };
}

type Push = (start: number, end: number, key?: string) => void;

function pushVerbatim(lines: readonly string[], start: number, end: number, push: Push): void {
	const range = trimRange(lines, start, end);
	if (range !== undefined) push(range.start, range.end);
}

function readItemBody(lines: readonly string[], contexts: readonly LineContext[], region: Region, item: AgendaItem, push: Push): void {
	const parts = splitBody(lines, contexts, region.start + 1, region.end);
	if (parts.notes !== undefined) {
		item.notes = lines.slice(parts.notes.start, parts.notes.end).join('\n');
		push(parts.notes.start, parts.notes.end, `item:${item.id}:notes`);
	}
	if (parts.records !== undefined) {
		parts.records.values.forEach((record, n) => {
			if ('decision' in record) item.decisions.push({ id: `${item.id}-d${n + 1}`, ...record.decision });
			else item.actions.push({ id: `${item.id}-a${n + 1}`, ...record.action });
		});
		push(parts.records.start, parts.records.end, `item:${item.id}:records`);
	}
	if (parts.links !== undefined) {
		item.links = parts.links.values;
		push(parts.links.start, parts.links.end, `item:${item.id}:links`);
	}
}

function readAob(lines: readonly string[], contexts: readonly LineContext[], region: Region, meeting: Meeting, push: Push): void {
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
			meeting.aob = lines.slice(aob.start, aob.end).join('\n');
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

function attendeesRange(lines: readonly string[], region: Region): { start: number; end: number } {
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

function addPeople(meeting: Meeting, present: ParsedPerson[], regrets: ParsedPerson[]): void {
	const toAttendee = (p: ParsedPerson, presence: Attendee['presence'], n: number): Attendee => {
		const attendee: Attendee = { id: `p${n}`, name: p.name, presence };
		if (p.handle !== undefined) attendee.handle = p.handle;
		if (p.role !== undefined) attendee.role = p.role;
		return attendee;
	};
	meeting.attendees = [...present.map((p, i) => toAttendee(p, 'present', i + 1)), ...regrets.map((p, i) => toAttendee(p, 'regrets', present.length + i + 1))];
	const chair = meeting.attendees.find((a) => a.role === 'chair');
	const secretary = meeting.attendees.find((a) => a.role === 'secretary');
	if (chair !== undefined) meeting.chair = chair.name;
	if (secretary !== undefined) meeting.secretary = secretary.name;
}

type Head =
	| { ok: true; start: number; end: number; key?: string; date: string; title?: string; author?: Author; summary?: string }
	| { ok: false; errors: Diagnostic[] };

function readHead(lines: readonly string[], options: ImportOptions): Head {
	const fileDate = /(\d{4}-\d{2}-\d{2})/.exec(options.fileName ?? '')?.[1];
	const fallback = fileDate !== undefined && parseIsoDate(fileDate) !== undefined ? fileDate : undefined;
	if (lines[0] === '---') {
		const close = lines.findIndex((l, i) => i > 0 && (l === '---' || l === '...'));
		if (close < 0) return { ok: false, errors: [{ severity: 'error', code: 'front-matter', line: 1, column: 1, message: 'the front matter opened by "---" is never closed: add a line "---" after it' }] };
		const { values, errors } = readFrontMatter(lines.slice(1, close), 2);
		if (errors.length > 0) return { ok: false, errors };
		return fromFrontMatter(values, close, fallback);
	}
	const first = lines.findIndex((l) => l.trim() !== '');
	const summary = first < 0 ? null : SUMMARY_LINE.exec(lines[first] ?? '');
	const summaryDate = summary === null ? undefined : dateOf(summary);
	const date = fallback ?? summaryDate;
	if (date === undefined) return { ok: false, errors: [noDate(1)] };
	if (summary === null) return { ok: true, start: 0, end: 0, date };
	return { ok: true, start: first, end: first + 1, key: 'summary', date, summary: unescapeInline(lines[first] ?? '') };
}

function fromFrontMatter(values: FrontMatter, close: number, fallback: string | undefined): Head {
	const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
	const updated = text('updated')?.slice(0, 10);
	const date = updated !== undefined && parseIsoDate(updated) !== undefined ? updated : fallback;
	if (date === undefined) return { ok: false, errors: [noDate(2)] };
	const head: Head = { ok: true, start: 0, end: close + 1, key: 'front-matter', date };
	const title = text('subject') ?? text('title');
	if (title !== undefined) head.title = title;
	const summary = text('description');
	if (summary !== undefined) head.summary = summary;
	const author = values['author'];
	if (typeof author === 'object' && author['name'] !== undefined) {
		head.author = { name: author['name'] };
		if (author['uri'] !== undefined) head.author.uri = author['uri'];
		if (author['email'] !== undefined) head.author.email = author['email'];
	} else if (typeof author === 'string') head.author = { name: author };
	return head;
}

function dateOf(match: RegExpExecArray): string | undefined {
	const month = monthNumber(match[2] ?? '');
	if (month === undefined) return undefined;
	const iso = isoDate({ year: Number(match[3]), month, day: Number(match[1]) });
	return parseIsoDate(iso) === undefined ? undefined : iso;
}

function noDate(line: number): Diagnostic {
	return {
		severity: 'error',
		code: 'no-date',
		line,
		column: 1,
		message: 'no meeting date found: give the front matter an "updated: YYYY-MM-DD" line, or name the file YYYY-MM-DD.md',
	};
}

function unreadable(input: string): Diagnostic | undefined {
	if (input.trim() === '') return { severity: 'error', code: 'empty', line: 1, column: 1, message: 'the file is empty' };
	const nul = input.indexOf('\u0000');
	if (nul >= 0) {
		const before = input.slice(0, nul).split('\n');
		return { severity: 'error', code: 'binary', line: before.length, column: (before.at(-1)?.length ?? 0) + 1, message: 'the file holds a NUL byte: it is not a text minutes file' };
	}
	return undefined;
}
