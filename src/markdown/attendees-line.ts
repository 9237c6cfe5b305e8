// The `Attendees:` line of the house style: chair first and marked, commas, "and" before the
// last name, wrapped like the hand-written files. And its reader, for the forms in FORMAT.md §6.

import type { Attendee, AttendeeRole, Meeting } from '../core/types.ts';
import { BLOCK_START, escapeInline, unescapeInline } from './escape.ts';

export const WRAP = 80;

export function displayName(attendee: Pick<Attendee, 'name' | 'handle'>): string {
	if (attendee.handle === undefined) return attendee.name;
	const [first, ...rest] = attendee.name.split(' ');
	return rest.length === 0 ? `${attendee.name} (${attendee.handle})` : `${first} (${attendee.handle}) ${rest.join(' ')}`;
}

/** A name as it stands in a list: its commas, parentheses and colons cannot split it or give
 * it a role (CommonMark renders `\,` as a comma). */
export function listName(attendee: Pick<Attendee, 'name' | 'handle'>): string {
	const protect = (text: string) => escapeInline(text).replace(/[,():]/g, '\\$&').replace(/\.$/, '\\.');
	if (attendee.handle === undefined) return protect(attendee.name);
	const [first = '', ...rest] = attendee.name.split(' ');
	const handle = `(${protect(attendee.handle)})`;
	return rest.length === 0 ? `${protect(first)} ${handle}` : `${protect(first)} ${handle} ${protect(rest.join(' '))}`;
}

function unprotect(text: string): string {
	return unescapeInline(text.replace(/\\([,():.])/g, '$1'));
}

export function joinNames(names: readonly string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function marked(meeting: Meeting, attendee: Attendee): string {
	const name = listName(attendee);
	const role = attendee.role ?? (attendee.name === meeting.chair ? 'chair' : attendee.name === meeting.secretary ? 'secretary' : undefined);
	return role === undefined ? name : `${name} (${role})`;
}

/** Chair first, then everyone else present in the order they were added. */
export function attendeesLine(meeting: Meeting, ownLine: boolean): string | undefined {
	const present = meeting.attendees.filter((a) => a.presence === 'present');
	const isChair = (a: Attendee) => a.role === 'chair' || (a.role === undefined && a.name === meeting.chair);
	const ordered = [...present.filter(isChair), ...present.filter((a) => !isChair(a))];
	const regrets = meeting.attendees.filter((a) => a.presence === 'regrets');
	if (ordered.length === 0 && regrets.length === 0) return undefined;
	const names = joinNames(ordered.map((a) => marked(meeting, a)));
	const lines = [ownLine ? `Attendees:\n${wrap(names)}` : wrap(`Attendees: ${names}`)];
	if (regrets.length > 0) lines.push(wrap(`Regrets: ${joinNames(regrets.map(listName))}`));
	return lines.join('\n');
}

/** Breaks at spaces so no line passes `WRAP` columns (a longer word stays whole), and never
 * before a word that would start a block (a list, heading, quote) at the start of a line. */
export function wrap(text: string, width = WRAP): string {
	const lines: string[] = [];
	let line = '';
	for (const unit of units(text)) {
		if (line !== '' && line.length + 1 + unit.length > width && canStartLine(unit)) {
			lines.push(line);
			line = unit;
		} else line = line === '' ? unit : `${line} ${unit}`;
	}
	lines.push(line);
	return lines.join('\n');
}

/** Words, with a parenthesis ("(chair)", "(mort)") kept with the word before it. */
function units(text: string): string[] {
	const out: string[] = [];
	for (const word of text.split(' ')) {
		if (word.startsWith('(') && out.length > 0) out[out.length - 1] += ` ${word}`;
		else out.push(word);
	}
	return out;
}

function canStartLine(word: string): boolean {
	return word !== '' && !BLOCK_START.test(word) && !/^(?:[-=+*_#>|~`<(]|\d+[.)]|Regrets:)/.test(word);
}

export interface ParsedPerson {
	name: string;
	handle?: string;
	role?: AttendeeRole;
}

/** Reads a list of names: "A (chair), B (bee) C, D ? and E." */
export function parseNameList(text: string): ParsedPerson[] {
	const flat = text.replace(/\s+/g, ' ').trim().replace(/(?<!\\)\.$/, '');
	const parts = flat.split(/(?<!\\),/).map((part) => part.trim());
	const last = parts.pop() ?? '';
	// "A, B and C": the last comma-separated part holds the final "and".
	const and = /^(.*?) and (.*)$/.exec(last);
	parts.push(...(and === null ? [last] : [and[1] ?? '', and[2] ?? '']));
	return parts.filter((part) => part !== '').map(parsePerson);
}

function parsePerson(text: string): ParsedPerson {
	let rest = text;
	let role: AttendeeRole | undefined;
	const roleMatch = /\s*(?<!\\)\((chair|secretary)(?<!\\)\)\s*/i.exec(rest);
	if (roleMatch !== null) {
		role = (roleMatch[1] ?? '').toLowerCase() as AttendeeRole;
		rest = (rest.slice(0, roleMatch.index) + ' ' + rest.slice(roleMatch.index + roleMatch[0].length)).trim();
	}
	const nick = /^(\S+) (?<!\\)\(((?:[^()\s\\]|\\.)+)(?<!\\)\)(?: (.+))?$/.exec(rest);
	const person: ParsedPerson = nick === null ? { name: unprotect(rest) } : { name: unprotect(`${nick[1]}${nick[3] === undefined ? '' : ` ${nick[3]}`}`), handle: unprotect(nick[2] ?? '') };
	return role === undefined ? person : { ...person, role };
}

const LABEL = /^(?:\*Attendees:\*|\*Attendees\*:|Attendees:)[ \t]*/;

/** Splits an attendees paragraph into present names and regrets. */
export function readAttendeesParagraph(paragraph: string): { present: ParsedPerson[]; regrets: ParsedPerson[] } | undefined {
	const label = LABEL.exec(paragraph);
	if (label === null) return undefined;
	const body = paragraph.slice(label[0].length);
	const regretsAt = body.search(/(?:^|\n)Regrets:/);
	const presentText = regretsAt < 0 ? body : body.slice(0, regretsAt);
	const regretsText = regretsAt < 0 ? '' : body.slice(regretsAt).replace(/^\n?Regrets:/, '');
	return { present: parseNameList(presentText), regrets: parseNameList(regretsText) };
}

export function isAttendeesLine(line: string): boolean {
	return LABEL.test(line);
}
