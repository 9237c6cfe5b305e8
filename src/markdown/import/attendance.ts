// Reads the attendance block of any community's minutes: labelled paragraphs ("**Present:** A,
// B", "Regrets: C", "Chair: D", "Scribe(s): E"), one name a bullet ("* Anna Henningsen
// @addaleax (TSC)"), grouped or not under sub-headings ("### TSC", "### Observers"), or a table
// with a name column. The MirageOS "Attendees:" line has its own reader (attendees-line.ts),
// whose forms round-trip byte for byte.

import type { AttendeeRole, Presence } from '../../core/types.ts';
import { parseNameList, type ParsedPerson } from '../attendees-line.ts';
import { atxHeading, IAL, type LineContext } from '../line-scan.ts';

export type LabelKind = 'present' | 'regrets' | 'guests' | AttendeeRole;

export interface AttendancePerson extends ParsedPerson {
	presence: Exclude<Presence, 'expected'>;
	/** What the minutes say beside the name: "TSC", "Google", "joined at 16:23 UTC". */
	note?: string;
}

export interface Attendance {
	people: AttendancePerson[];
	/** The lines the block takes: from its first name line to the line after its last. */
	start: number;
	end: number;
}

const KINDS: Array<[RegExp, LabelKind]> = [
	[/^(?:attendees|attendance|present|participants|in attendance|members present|attending)$/i, 'present'],
	[/^(?:regrets|apologies|absent|excused|not present|unable to attend)$/i, 'regrets'],
	[/^(?:guests?|observers?|visitors?)$/i, 'guests'],
	[/^(?:chairs?|chair\(s\)|chairperson|co-?chairs|moderators?|facilitators?)$/i, 'chair'],
	[/^(?:scribes?|scribe\(s\)|secretary|minute[- ]?takers?|note[- ]?takers?|notes by)$/i, 'secretary'],
];

// "Present: A", "**Present:** A", "*Present*: A", "- __Chair__: A": the label, its colon inside or
// outside the emphasis, then the names.
const LABEL_LINE = /^ {0,3}(?:[-*+] +)?(?:(\*\*|__|\*|_)([A-Za-z][A-Za-z ()-]{1,24}?) ?(?::\1|\1 ?:)|([A-Za-z][A-Za-z ()-]{1,24}?) ?:)[ \t]*(.*)$/;

export function attendanceLabel(line: string): { kind: LabelKind; rest: string } | undefined {
	const match = LABEL_LINE.exec(line);
	if (match === null) return undefined;
	const kind = labelKind(match[2] ?? match[3] ?? '');
	return kind === undefined ? undefined : { kind, rest: match[4] ?? '' };
}

/** What a label or heading names: "Regrets" → regrets, "Scribe(s):" → secretary. */
export function labelKind(name: string): LabelKind | undefined {
	const label = name.trim().replace(/:$/, '');
	for (const [pattern, kind] of KINDS) if (pattern.test(label)) return kind;
	return undefined;
}

/** A heading that names an attendance section. */
export function isAttendanceHeading(title: string): boolean {
	const kind = labelKind(title);
	return kind === 'present' || kind === 'regrets' || kind === 'guests' || /^(?:people|who was there|roll ?call):?$/i.test(title.trim());
}

const BULLET = /^ {0,3}[-*+] +(.*)$/;

/**
 * The attendance in lines [from, to): every labelled paragraph and name list until the first
 * paragraph that is neither. `heading`: the block sits under an attendance heading, so a bare
 * list of names (bullets, a comma list, a table) is its present list.
 */
export function readAttendance(lines: readonly string[], contexts: readonly LineContext[], from: number, to: number, heading: boolean): Attendance | undefined {
	const people: AttendancePerson[] = [];
	// Each person once, however often named (a chair named in Present too).
	const byName = new Map<string, AttendancePerson>();
	let start = -1;
	let end = from;
	let group: LabelKind = 'present';
	let groupNote: string | undefined;
	// Under a heading or an "Attendees:" alone on its line, a bare list of names is the attendance.
	let listed = heading;
	const mark = (s: number, e: number) => {
		if (start < 0) start = s;
		end = e;
	};
	let i = from;
	while (i < to) {
		const line = lines[i] ?? '';
		if (line.trim() === '' || IAL.test(line) || contexts[i] !== 'text') {
			i++;
			continue;
		}
		const label = attendanceLabel(line);
		const sub = atxHeading(line);
		if (label !== undefined) {
			// The paragraph goes on to a blank line or the next label.
			let text = label.rest;
			let j = i + 1;
			while (j < to && (lines[j] ?? '').trim() !== '' && contexts[j] === 'text' && attendanceLabel(lines[j] ?? '') === undefined && atxHeading(lines[j] ?? '') === undefined && !IAL.test(lines[j] ?? '')) text += ` ${lines[j++]}`;
			// "Attendees:" alone, then the names as a list below it.
			if (text.trim() === '') {
				group = label.kind;
				listed = true;
			}
			else addAll(people, byName, parseNameList(stripEmphasis(text)).map(refine), label.kind);
			mark(i, j);
			i = j;
			continue;
		}
		if (!listed) break;
		if (sub !== undefined) {
			// A sub-heading groups names ("### TSC", "### Observers", "### Regrets"); any other heading ends the block.
			const kind = labelKind(sub.text);
			if (kind === undefined && !isGroupName(sub.text)) break;
			group = kind ?? group;
			groupNote = kind === undefined ? sub.text : undefined;
			i++;
			continue;
		}
		const bullet = BULLET.exec(line);
		if (bullet !== null) {
			const person = bulletPerson(bullet[1] ?? '');
			if (person === undefined) break;
			if (person.note === undefined && groupNote !== undefined) person.note = groupNote;
			addAll(people, byName, [person], group);
			// A wrapped bullet's continuation lines are its own.
			let j = i + 1;
			while (j < to && /^\s{2,}\S/.test(lines[j] ?? '') && BULLET.exec(lines[j] ?? '') === null) j++;
			mark(i, j);
			i = j;
			continue;
		}
		if (line.trimStart().startsWith('|')) {
			const table = readTable(lines, i, to);
			if (table.names.length === 0) break;
			addAll(people, byName, table.names, group);
			mark(i, table.end);
			i = table.end;
			continue;
		}
		// A comma list as a paragraph of its own.
		let j = i;
		let text = '';
		while (j < to && (lines[j] ?? '').trim() !== '' && atxHeading(lines[j] ?? '') === undefined) text += ` ${lines[j++]}`;
		const names = parseNameList(stripEmphasis(text)).map(refine);
		if (!text.includes(',') || names.some((n) => !looksLikeName(n.name))) break;
		addAll(people, byName, names, group);
		mark(i, j);
		i = j;
	}
	return start < 0 ? undefined : { people, start, end };
}

function addAll(people: AttendancePerson[], byName: Map<string, AttendancePerson>, found: readonly ParsedPerson[], kind: LabelKind): void {
	for (const person of found) {
		if (person.name.trim() === '' || /^(?:none|n\/a|-+|–)$/i.test(person.name.trim())) continue;
		const known = byName.get(person.name);
		const role: AttendeeRole | undefined = kind === 'chair' || kind === 'secretary' ? kind : person.role;
		if (known !== undefined) {
			// A chair or scribe named again in Present (or the other way round) is one person.
			if (role !== undefined) known.role ??= role;
			if (kind === 'regrets') known.presence = 'regrets';
			continue;
		}
		const added: AttendancePerson = { ...person, presence: kind === 'regrets' ? 'regrets' : 'present' };
		if (role !== undefined) added.role = role;
		people.push(added);
		byName.set(added.name, added);
	}
}

/** A listed name with what follows it split off: "Yu-Wei Chang (Yanni)", "Ada @ada". */
function refine(person: ParsedPerson): ParsedPerson {
	if (person.handle !== undefined || !/[)>]$|\s@[\w-]+$|\s[-–—]\s/.test(person.name)) return person;
	const split = bulletPerson(person.name);
	return split === undefined ? person : { ...split, ...(person.role === undefined ? {} : { role: person.role }) };
}

function stripEmphasis(text: string): string {
	return text.replace(/(\*\*|__)(.+?)\1/g, '$2').trim();
}

/** A short heading that can name a group of people ("TSC", "CTC", "Members", "Observers", "V8"). */
export function isGroupName(title: string): boolean {
	return /^(?:members|other|others|observers|staff|team|tsc|ctc|[A-Z0-9][\w.-]{0,11})$/i.test(title.trim()) && title.trim().split(/\s+/).length <= 2;
}

/** "Anna Henningsen @addaleax (TSC)", "Ali Sheikh <mailto:ofrobots@google.com>", "Matteo Collina - joined at 16:23 UTC". */
export function bulletPerson(text: string): AttendancePerson | undefined {
	let rest = stripEmphasis(text.trim());
	const notes: string[] = [];
	let handle: string | undefined;
	let role: AttendeeRole | undefined;
	for (;;) {
		const tail = /\s*(?:\(([^()]*)\)|<([^<>]*)>|\s[-–—]\s(.+))$/.exec(rest);
		if (tail === null || tail.index === 0) break;
		const note = (tail[1] ?? tail[2] ?? tail[3] ?? '').trim();
		if (/^(?:chair|co-?chair|moderator|facilitator)$/i.test(note)) role = 'chair';
		else if (/^(?:secretary|scribe|minutes|note-?taker)$/i.test(note)) role = 'secretary';
		else notes.unshift(note);
		rest = rest.slice(0, tail.index);
	}
	const at = /\s(@[\w-]+)$/.exec(rest);
	if (at !== null) {
		handle = at[1];
		rest = rest.slice(0, at.index);
	}
	const name = rest.trim();
	if (!looksLikeName(name)) return undefined;
	const person: AttendancePerson = { name, presence: 'present' };
	if (handle !== undefined) person.handle = handle;
	if (role !== undefined) person.role = role;
	if (notes.length > 0) person.note = notes.join('; ');
	return person;
}

/** A person's name, not a sentence: a few words, no sentence punctuation. */
function looksLikeName(name: string): boolean {
	const words = name.split(/\s+/).filter((w) => w !== '');
	// Handles are lower case ("ada"), names are not: "the meeting was cancelled" is a sentence.
	const sentence = words.length >= 3 && words.every((w) => /^\p{Ll}/u.test(w));
	return words.length >= 1 && words.length <= 6 && !sentence && !/[.!?:;]\s|[!?;]$|https?:/.test(name) && name.length <= 60;
}

/** A Markdown table whose first column (or the one headed Name/Who/Attendee) holds names. */
function readTable(lines: readonly string[], from: number, to: number): { names: AttendancePerson[]; end: number } {
	let end = from;
	while (end < to && (lines[end] ?? '').trimStart().startsWith('|')) end++;
	const cells = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
	const header = cells(lines[from] ?? '');
	if (!/^\|?\s*:?-{3,}/.test((lines[from + 1] ?? '').trim())) return { names: [], end };
	const column = Math.max(0, header.findIndex((h) => /^(?:name|who|attendee|person|member)s?$/i.test(h)));
	const names: AttendancePerson[] = [];
	for (let i = from + 2; i < end; i++) {
		const person = bulletPerson(cells(lines[i] ?? '')[column] ?? '');
		if (person !== undefined) names.push(person);
	}
	return { names, end };
}
