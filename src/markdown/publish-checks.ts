// What a chair should look at before publishing, each with a way to fix it where one click can:
// no chair, secretary or author, people never marked here, an action owner who is not an
// attendee, an item with nothing in it or never reached (in a series: carry it to the next
// meeting), a link defined but not used or used but not defined in the minutes as published, a
// typed correction that matched nothing. A fix that would change words of the minutes (not only
// a link definition or the attendees line) carries the change, for the chair to see and confirm.
// Pure: the Publish view lists them and dispatches fixes.

import { checkMeeting, type Diagnostic } from '../core/diagnostics.ts';
import { applyEvent } from '../core/journal.ts';
import type { EventBody } from '../core/events.ts';
import { notesEdit } from '../core/notes-merge.ts';
import { rosterName, type Person } from '../core/roster.ts';
import { parseNotesLine } from '../core/notes-commands.ts';
import { timing } from '../core/timing.ts';
import type { Meeting } from '../core/types.ts';
import { checkReferences } from './check.ts';
import { exportMinutes } from './export.ts';
import type { ProfileOptions } from './profile.ts';
import { findPerson } from './typed-commands.ts';

/** The lines of the minutes a fix would take out and put in, where the chair wrote them. */
export interface Change {
	removed: string[];
	added: string[];
}

/** A fix: events to dispatch (with the change they make, when it is to be confirmed), a field of
 * Prepare to take the chair to, or a name to put on the series' roster. */
export type Fix = { label: string; events: EventBody[]; change?: Change } | { label: string; field: PrepareField } | { label: string; roster: string };

export type PrepareField = 'chair' | 'secretary' | 'author-name';

export interface PublishCheck extends Diagnostic {
	fix?: Fix;
}

export interface PublishContext {
	/** The series' people, when the meeting is in one: a name it does not know is named. */
	roster?: readonly Person[];
	/** The profile the minutes are published in, and its options: links are checked in that file. */
	profile?: string;
	options?: ProfileOptions;
}

export function publishChecks(meeting: Meeting, now: number, { roster, profile = 'plain', options = {} }: PublishContext = {}): PublishCheck[] {
	const found: PublishCheck[] = checkMeeting(meeting).map((d): PublishCheck => {
		if (d.code === 'no-chair') return { ...d, message: 'No chair is named.', fix: { label: 'Choose the chair', field: 'chair' } };
		if (d.code === 'empty-item' && d.itemId !== undefined) return { ...d, fix: { label: 'Leave it out', events: [{ type: 'item.removed', itemId: d.itemId }] } };
		return d;
	});
	if (!meeting.secretary) found.push({ severity: 'warning', code: 'no-secretary', message: 'No secretary (minute taker) is named.', fix: { label: 'Choose the secretary', field: 'secretary' } });
	const minutes = exportMinutes(meeting, profile, options);
	for (const extra of minutes.extras) {
		if (extra.missing !== undefined) found.push({ severity: 'warning', code: 'no-author', message: `The ${extra.description.split(':')[0]} line cannot be written without ${extra.missing}.`, fix: { label: 'Name the author', field: 'author-name' } });
	}

	const unmarked = meeting.attendees.filter((a) => a.presence === 'expected');
	if (unmarked.length > 0) {
		const names = unmarked.map((a) => a.name).join(', ');
		found.push({ severity: 'warning', code: 'not-marked', message: `Not marked here or with regrets, so left out of the minutes: ${names}.`, fix: { label: unmarked.length === 1 ? 'They came' : 'They all came', events: unmarked.map((a): EventBody => ({ type: 'attendee.updated', attendeeId: a.id, patch: { presence: 'present' } })) } });
	}

	const owners = new Set(meeting.items.flatMap((i) => i.actions.map((a) => a.owner.trim())).filter((o) => o !== ''));
	for (const owner of owners) {
		if (findPerson(meeting.attendees, owner) === undefined) {
			found.push({ severity: 'warning', code: 'unknown-name', message: `${owner} owns an action but is not among the attendees.`, fix: { label: `Add ${owner}`, events: [{ type: 'attendee.added', attendee: { id: `attendee-${slug(owner)}`, name: owner, presence: 'present' } }] } });
		}
	}

	if (roster !== undefined) {
		const names = new Set([...meeting.attendees.map((a) => a.name), ...owners]);
		for (const name of names) {
			if (rosterName({ roster }, name) === undefined) found.push({ severity: 'warning', code: 'not-on-roster', message: `${name} is not on the series' roster.`, fix: { label: 'Add to the roster', roster: name } });
		}
	}

	const t = timing(meeting, now);
	if (t.status !== 'not-started') {
		meeting.items.forEach((item, i) => {
			const empty = item.notes.trim() === '' && item.actions.length === 0 && item.decisions.length === 0;
			if (t.items[i]?.phase !== 'pending' || item.carryOver === true) return;
			// In a series, an item not reached can go on the next meeting's agenda.
			const fix: Fix | undefined = meeting.series === undefined ? undefined : { label: 'Carry to next meeting', events: [{ type: 'item.updated', itemId: item.id, patch: { carryOver: true } }] };
			if (!empty || fix !== undefined) {
				found.push({ severity: 'warning', code: 'item-not-reached', itemId: item.id, message: `"${item.title}" was never started in the meeting.`, ...(fix === undefined ? {} : { fix }) });
			}
		});
	}

	for (const item of meeting.items) {
		const lines = item.notes.split('\n');
		lines.forEach((line, i) => {
			if (parseNotesLine(line)?.kind !== 'correction') return;
			const notes = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
			found.push({ severity: 'warning', code: 'unmatched-correction', itemId: item.id, message: `In "${item.title}", the correction "${line.trim()}" matched nothing.`, fix: { label: 'Remove the line', events: [{ type: 'item.updated', itemId: item.id, patch: { notes }, edit: notesEdit(item.notes, notes) }] } });
		});
	}

	// Link references as the published file has them: the next-call line, AoB, the summary use links too.
	for (const d of checkReferences(minutes.markdown)) {
		const label = /\[([^\]]*)\]/.exec(d.message)?.[1] ?? '';
		if (d.code === 'unused-link') {
			const owner = meeting.items.find((i) => i.links.some((l) => l.id.toLowerCase() === label));
			const link = [...meeting.links, ...meeting.items.flatMap((i) => i.links)].find((l) => l.id.toLowerCase() === label);
			const events: EventBody[] = link === undefined ? [] : [owner === undefined ? { type: 'link.removed', linkId: link.id } : { type: 'link.removed', itemId: owner.id, linkId: link.id }];
			found.push({ severity: 'warning', code: 'unused-link', message: `The link [${label}] is defined but never used.`, ...(events.length > 0 ? { fix: { label: 'Remove it', events } } : {}) });
		} else {
			found.push({ severity: 'warning', code: 'undefined-link', message: `The link [${label}] is used but not defined: add it with "link: URL".` });
		}
	}
	// The meeting's own details first, then the items in agenda order.
	const MEETING = ['no-chair', 'no-secretary', 'no-author', 'not-marked', 'unknown-name', 'not-on-roster'];
	const ordered = found.map((check, i) => ({ check, rank: MEETING.includes(check.code) ? 0 : 1, i })).sort((a, b) => a.rank - b.rank || a.i - b.i).map(({ check }) => check);
	return ordered.map((check) => withChange(check, meeting, minutes.markdown, profile, options));
}

/** The check, its fix carrying the change it makes to the minutes when that touches more than link
 * definitions and the attendees line (made from the model, not written by the chair). */
function withChange(check: PublishCheck, meeting: Meeting, before: string, profile: string, options: ProfileOptions): PublishCheck {
	const fix = check.fix;
	if (fix === undefined || !('events' in fix)) return check;
	const after = fix.events.reduce<Meeting | undefined>((state, body, seq) => applyEvent(state, { ...body, meetingId: meeting.id, at: 0, writer: 'check', seq } as Parameters<typeof applyEvent>[1]), meeting);
	if (after === undefined) return check;
	const change = changedLines(before, exportMinutes(after, profile, options).markdown);
	const generated = (line: string) => line.trim() === '' || /^\[[^\]]+\]:\s/.test(line) || /^(?:Attendees|Regrets|Present):/.test(line);
	const chairs = [...change.removed, ...change.added].some((line) => !generated(line));
	return chairs ? { ...check, fix: { ...fix, change } } : check;
}

/** The lines taken out of `before` and put into `after` (a longest-common-subsequence diff of lines;
 * past a size no minutes file reaches, the span between their common start and end). */
export function changedLines(before: string, after: string): Change {
	const a = before.split('\n');
	const b = after.split('\n');
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let end = 0;
	while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
	const x = a.slice(start, a.length - end);
	const y = b.slice(start, b.length - end);
	if (x.length * y.length > 4_000_000) return { removed: x, added: y };
	// common[i][j]: the longest common subsequence of x[i..] and y[j..].
	const common = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
	for (let i = x.length - 1; i >= 0; i--) {
		const row = common[i] as Uint32Array;
		const below = common[i + 1] as Uint32Array;
		for (let j = y.length - 1; j >= 0; j--) row[j] = x[i] === y[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
	}
	const removed: string[] = [];
	const added: string[] = [];
	let i = 0;
	let j = 0;
	while (i < x.length || j < y.length) {
		if (i < x.length && j < y.length && x[i] === y[j]) {
			i++;
			j++;
		} else if (j < y.length && (i === x.length || (common[i]?.[j + 1] ?? 0) >= (common[i + 1]?.[j] ?? 0))) added.push(y[j++] ?? '');
		else removed.push(x[i++] ?? '');
	}
	return { removed, added };
}

function slug(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'person';
}
