// Reads a minutes file into a meeting. The mirror of the mirage-www exporter: what the model
// has fields for is parsed, everything else is kept verbatim in `meeting.source` with the
// file's layout, so that exporting the meeting unchanged gives the file back byte for byte.

import type { Diagnostic } from '../../core/diagnostics.ts';
import { createItem, createMeeting } from '../../core/meeting.ts';
import type { AgendaItem, Meeting, Presence, SourceBlock, StyleHints } from '../../core/types.ts';
import { readAgendaTitle } from '../agenda-entry.ts';
import { isAttendeesLine, parseNameList, readAttendeesParagraph } from '../attendees-line.ts';
import { readAttendance } from './attendance.ts';
import { unescapeHeading, unescapeInline } from '../escape.ts';
import { atxHeading, scanLines, SITE_MARKUP } from '../line-scan.ts';
import { readAgendaList, type AgendaListResult } from './agenda-list.ts';
import { attachLayout } from './attach-layout.ts';
import { readHead, unreadable } from './file-head.ts';
import { matchTopics } from './match-topics.ts';
import { findPerson } from '../typed-commands.ts';
import { addPeople, attendeesRange, pushVerbatim, readAob, readItemBody, type TypedLines } from './region-readers.ts';
import { trimRange } from './item-body.ts';
import { findRegions, outlineOf, titleHeading, topicLevel, type Region } from './sections.ts';

export interface ImportOptions {
	/** The file's name: its `YYYY-MM-DD` is the meeting date when the file's head gives none. */
	fileName?: string;
	/** The meeting date to take when the file says none at all (`YYYY-MM-DD`). */
	date?: string;
	id?: string;
}

export type ImportResult = { ok: true; meeting: Meeting; warnings: Diagnostic[]; lines: Map<string, number> } | { ok: false; errors: Diagnostic[] };

const DEFAULT_TITLE = (date: string) => `Weekly Meeting: ${date}`;

/** "Attendees:" alone on its line over a bulleted list (the MirageOS form has the names as a paragraph). */
function namesListed(lines: readonly string[], label: number): boolean {
	if (!/:\W*$/.test(lines[label] ?? '')) return false;
	let next = label + 1;
	while ((lines[next] ?? '').trim() === '' && next < lines.length) next++;
	return /^ {0,3}[-*+] /.test(lines[next] ?? '');
}

/**
 * The paragraphs written under each agenda bullet, to the next bullet or group heading ("### nodejs/TSC"),
 * for the entries `itemOf` gives an item for (those with no section of their own).
 */
function notesUnderEntries(lines: readonly string[], agenda: AgendaListResult, itemOf: (index: number) => AgendaItem | undefined): { found: Array<{ start: number; end: number; item: AgendaItem }>; taken: Uint8Array } {
	const found: Array<{ start: number; end: number; item: AgendaItem }> = [];
	// At the first line of each range of `agenda.other` they take, a 1.
	const taken = new Uint8Array(lines.length);
	let entry = -1;
	let open: { start: number; end: number; item: AgendaItem } | undefined;
	// After a group heading, text belongs to no bullet until the next one.
	let closed = false;
	for (const range of agenda.other) {
		while (entry + 1 < agenda.entries.length && (agenda.entries[entry + 1]?.start ?? Infinity) < range.start) {
			entry++;
			open = undefined;
			closed = false;
		}
		if (atxHeading(lines[range.start] ?? '') !== undefined) {
			open = undefined;
			closed = true;
			continue;
		}
		const item = entry < 0 || closed ? undefined : itemOf(entry);
		if (item === undefined) continue;
		taken[range.start] = 1;
		if (open === undefined) {
			open = { start: range.start, end: range.end, item };
			found.push(open);
		} else open.end = range.end;
	}
	return { found, taken };
}

/** Where the text under the notes heading starts, past the site's own markup; undefined when there is none. */
function openingRange(lines: readonly string[], region: Region): number | undefined {
	let start = region.start + 1;
	while (start < region.end && SITE_MARKUP.test(lines[start] ?? '')) start++;
	return start < region.end ? start : undefined;
}

/** The heading each agenda entry stands under ("### nodejs/node" over its bullets), by entry index. */
function agendaGroups(lines: readonly string[], agenda: AgendaListResult): Array<string | undefined> {
	const headings: Array<{ line: number; text: string }> = [];
	for (const o of agenda.other) {
		const heading = atxHeading(lines[o.start] ?? '');
		if (heading !== undefined) headings.push({ line: o.start, text: unescapeHeading(heading.text) });
	}
	// By entry index; both in line order: one sweep.
	const groups: Array<string | undefined> = [];
	let next = 0;
	let above: string | undefined;
	for (const entry of agenda.entries) {
		while (next < headings.length && (headings[next]?.line ?? Infinity) < entry.start) above = headings[next++]?.text;
		groups.push(above === '' ? undefined : above);
	}
	return groups;
}

/** Lines [start, end) as text; most blocks are one line, and a 1 MB file has 100 000 of them. */
function textOf(lines: readonly string[], start: number, end: number): string {
	return end === start + 1 ? (lines[start] ?? '') : lines.slice(start, end).join('\n');
}

export function importMinutes(input: string, options: ImportOptions = {}): ImportResult {
	const problem = unreadable(input);
	if (problem !== undefined) return { ok: false, errors: [problem] };
	const text = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
	const warnings: Diagnostic[] = [];
	if (/\r/.test(input)) {
		const line = input.slice(0, input.indexOf('\r')).split('\n').length;
		warnings.push({ severity: 'warning', code: 'line-endings', line, column: 1, message: 'the file has Windows (CRLF) line endings: Gavel reads them, and exports with LF' });
	}
	const lines = text.split('\n');
	const { contexts } = scanLines(lines);
	const blocks: SourceBlock[] = [];
	let prevEnd = 0;
	// Each key's block, by index: a key the file has used already is not taken again.
	const keyed = new Map<string, number>();
	const push = (start: number, end: number, key?: string, keptWith?: string) => {
		const gap = start > prevEnd ? `${textOf(lines, prevEnd, start)}\n` : '';
		// An empty block (records the notes' own lines hold) takes no line of its own.
		const lead = start === end && keptWith !== undefined ? '' : blocks.length === 0 ? gap : `\n${gap}`;
		// A key pushed twice (the readers take care that none is) stays with its first block.
		const taken = key !== undefined && !keyed.has(key);
		if (taken) keyed.set(key, blocks.length);
		const block: SourceBlock = { lead, raw: textOf(lines, start, end) };
		if (taken) block.key = key;
		if (keptWith !== undefined) block.keptWith = keptWith;
		blocks.push(block);
		prevEnd = end;
	};

	const head = readHead(lines, options.fileName, options.date);
	if (!head.ok) return { ok: false, errors: head.errors };
	if (head.end > 0) push(head.start, head.end, head.key);
	const meeting = createMeeting({ id: options.id ?? `m-${head.date}`, title: head.title ?? DEFAULT_TITLE(head.date), date: head.date });
	if (head.author !== undefined) meeting.author = head.author;
	if (head.summary !== undefined) meeting.summary = head.summary;
	if (head.draft === true) meeting.draft = true;
	const style: StyleHints = { frontMatter: head.key === 'front-matter' };
	if (head.frontMatter?.permalink !== undefined) style.permalink = head.frontMatter.permalink;
	if (head.frontMatter?.other !== undefined) style.frontMatterOther = head.frontMatter.other;

	// A heading above every other ("# Committee Meeting 2018-01-10") is the file's title, not a topic.
	const outline = outlineOf(lines, contexts);
	const titled = titleHeading(lines, outline, head.end);
	if (titled !== undefined) {
		if (head.title === undefined) meeting.title = unescapeHeading(titled.text);
		pushVerbatim(lines, head.end, titled.end, push);
	}
	const bodyStart = titled?.end ?? head.end;
	const itemLevel = topicLevel(lines, contexts, outline, bodyStart);
	style.itemLevel = itemLevel;
	const regions = findRegions(lines, contexts, outline, bodyStart, itemLevel);
	const positions = new Map<string, number>();
	const agendaRegion = regions.find((r) => r.kind === 'agenda');
	const agenda = agendaRegion === undefined ? { entries: [], other: [], discussed: false } : readAgendaList(lines, contexts, agendaRegion.start + 1, agendaRegion.end);
	const topics = regions.filter((r) => r.kind === 'topic');
	const agendaTitles = agenda.entries.map((e) => readAgendaTitle(e.text));
	const items = matchTopics(
		agendaTitles.map((t) => t.title),
		topics.map((t) => unescapeHeading(t.title ?? '')),
		!agenda.discussed,
	);
	const itemIds = items.map((_, i) => `i${i + 1}`);
	const groups = agendaGroups(lines, agenda);
	meeting.items = items.map((source, i) => {
		const id = itemIds[i] ?? '';
		if (source.agendaIndex === undefined) return createItem({ id, title: source.title, unplanned: true });
		const entry = agenda.entries[source.agendaIndex];
		const item = createItem({ id, ...(agendaTitles[source.agendaIndex] ?? { title: '' }), subItems: (entry?.subItems ?? []).map(unescapeInline) });
		const group = groups[source.agendaIndex];
		if (group !== undefined) item.group = group;
		// A section headed otherwise than its agenda line keeps its heading.
		const heading = source.topicIndex === undefined ? undefined : unescapeHeading(topics[source.topicIndex]?.title ?? '');
		if (heading !== undefined && heading !== '' && heading !== item.title) item.heading = heading;
		return item;
	});
	// An item is found at its agenda line until its section says otherwise.
	items.forEach((source, i) => {
		const entry = source.agendaIndex === undefined ? undefined : agenda.entries[source.agendaIndex];
		if (entry !== undefined) positions.set(itemIds[i] ?? '', entry.start + 1);
	});
	// Each agenda entry's item and each topic's, by index: arrays, not maps keyed by id, as a 1 MB
	// file holds 50 000 items and each look-up in a map that size costs.
	const entryItems: Array<AgendaItem | undefined> = [];
	const topicItems: Array<AgendaItem | undefined> = [];
	// Entries whose item has a section of its own: the text under them is not its notes.
	const sectioned: boolean[] = [];
	items.forEach((source, i) => {
		const item = meeting.items[i];
		if (source.agendaIndex !== undefined) {
			entryItems[source.agendaIndex] = item;
			sectioned[source.agendaIndex] = source.topicIndex !== undefined;
		}
		if (source.topicIndex !== undefined) topicItems[source.topicIndex] = item;
	});
	let topicCount = 0;
	// What present+/regrets+ and link: lines in the notes give, applied once every region is read.
	const keptWith = new Map<string, string[]>();
	const typedPeople: Array<{ names: string[]; presence: Presence }> = [];
	const typedLines: TypedLines = {
		people: (names, presence, notesKey) => {
			typedPeople.push({ names, presence });
			keptWith.set('attendees', [...(keptWith.get('attendees') ?? []), notesKey]);
		},
		keptWith: (key, notesKey) => keptWith.set(key, [...(keptWith.get(key) ?? []), notesKey]),
		topic: (title, after) => {
			const raised = meeting.items.filter((i) => i.id.startsWith(`${after.id}-t`)).length;
			const item = createItem({ id: `${after.id}-t${raised + 1}`, title, unplanned: true });
			meeting.items.splice(meeting.items.indexOf(after) + 1 + raised, 0, item);
			return item;
		},
		linkIds: new Set([...text.matchAll(/^ {0,3}\[([^\]\n]+)\]:/gm)].map((m) => (m[1] ?? '').toLowerCase())),
	};
	const firstBullet = agenda.entries[0]?.bullet;
	if (firstBullet === '-' || firstBullet === '*' || firstBullet === '+') style.bullet = firstBullet;

	const regionKey: Partial<Record<Region['kind'], string>> = { agenda: 'agenda-heading', 'attendees-line': 'attendees', 'attendees-heading': 'attendees', notes: 'notes-heading', separator: 'aob-separator', aob: 'aob-heading' };
	for (const region of regions) {
		const key = regionKey[region.kind];
		if (key !== undefined && keyed.has(key)) {
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
				const { found: discussed, taken } = notesUnderEntries(lines, agenda, (index) => (sectioned[index] === true ? undefined : entryItems[index]));
				// Three runs, each in line order, of one shape: a 1 MB agenda holds 100 000 of them.
				const ranges: Array<{ start: number; end: number; key: string | undefined; item: AgendaItem | undefined }> = [];
				agenda.entries.forEach((e, index) => ranges.push({ start: e.start, end: e.end, key: `agenda:${entryItems[index]?.id ?? ''}`, item: undefined }));
				for (const o of agenda.other) if (taken[o.start] !== 1) ranges.push({ start: o.start, end: o.end, key: undefined, item: undefined });
				for (const d of discussed) ranges.push({ start: d.start, end: d.end, key: undefined, item: d.item });
				ranges.sort((a, b) => a.start - b.start);
				for (const range of ranges) {
					const item = range.item;
					if (item === undefined) push(range.start, range.end, range.key);
					// The paragraphs under an agenda bullet are its item's notes (the Node.js TSC writes its discussion there).
					else readItemBody(lines, contexts, { kind: 'topic', start: range.start - 1, end: range.end }, item, push, positions, typedLines);
				}
				break;
			}
			case 'attendees-line':
			case 'attendees-heading': {
				const underHeading = region.kind === 'attendees-heading';
				// Any community's attendance block; the MirageOS line and its forms are read below.
				const block = underHeading || !isAttendeesLine(lines[region.start] ?? '') || namesListed(lines, region.start) ? readAttendance(lines, contexts, underHeading ? region.start + 1 : region.start, region.end, underHeading) : undefined;
				if (block !== undefined) {
					addPeople(meeting, block.people);
					positions.set('attendees', block.start + 1);
					push(underHeading ? region.start : block.start, block.end, 'attendees');
					pushVerbatim(lines, block.end, region.end, push);
					break;
				}
				if (underHeading) {
					// "## Present" over "N/A, meeting cancelled.": no names, kept as written.
					pushVerbatim(lines, region.start, region.end, push);
					break;
				}
				const paragraph = attendeesRange(lines, region);
				const people = region.kind === 'attendees-line'
					? readAttendeesParagraph(lines.slice(paragraph.start, paragraph.end).join('\n'))
					: { present: parseNameList(lines.slice(region.start + 1, paragraph.end).join(' ')), regrets: [] };
				if (people !== undefined) addPeople(meeting, [...people.present.map((p) => ({ ...p, presence: 'present' as const })), ...people.regrets.map((p) => ({ ...p, presence: 'regrets' as const }))]);
				style.attendeesOnOwnLine = region.kind === 'attendees-line' && /^\S*Attendees\S*\s*$/.test(lines[region.start] ?? '');
				positions.set('attendees', region.start + 1);
				push(paragraph.start, paragraph.end, 'attendees');
				pushVerbatim(lines, paragraph.end, region.end, push);
				break;
			}
			case 'notes': {
				push(region.start, region.start + 1, 'notes-heading');
				const opening = regions[regions.indexOf(region) + 1]?.kind === 'topic' ? openingRange(lines, region) : undefined;
				if (opening !== undefined) {
					// What the minutes say before their first topic is an item of its own, so its resolutions are records.
					const item = createItem({ id: 'i0', title: 'Opening', unplanned: true, untitled: true });
					meeting.items.unshift(item);
					pushVerbatim(lines, region.start + 1, opening, push);
					readItemBody(lines, contexts, { kind: 'topic', start: opening - 1, end: region.end }, item, push, positions, typedLines);
					break;
				}
				const text = trimRange(lines, region.start + 1, region.end);
				// Notes written under the heading itself, not under any item's (the Node.js TSC's "## Notes" bullets).
				if (text !== undefined && !positions.has('notes-text')) positions.set('notes-text', text.start + 1);
				pushVerbatim(lines, region.start + 1, region.end, push);
				break;
			}
			case 'topic': {
				const item = topicItems[topicCount++] as AgendaItem;
				const id = item.id;
				positions.set(id, region.start + 1);
				push(region.start, region.start + 1, `item:${id}:heading`);
				readItemBody(lines, contexts, region, item, push, positions, typedLines);
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
	for (const { names, presence } of typedPeople) {
		for (const name of names) {
			const known = findPerson(meeting.attendees, name);
			if (known !== undefined) known.presence = presence;
			else meeting.attendees.push({ id: `p${meeting.attendees.length + 1}`, name, presence });
		}
	}
	const tail = prevEnd < lines.length ? `\n${lines.slice(prevEnd).join('\n')}` : '';
	attachLayout(meeting, { blocks, keyed }, tail, style, keptWith);
	return { ok: true, meeting, warnings, lines: positions };
}

