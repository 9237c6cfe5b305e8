// What a chair should look at before publishing, each with a way to fix it where one click can:
// no chair or secretary, an action owner who is not an attendee, an action without an owner, an
// item with nothing in it or never reached (in a series: carry it to the next meeting), a link defined but not used or used but not defined,
// a typed correction that matched nothing. Pure: the Publish view lists them and dispatches fixes.

import { checkMeeting, type Diagnostic } from '../core/diagnostics.ts';
import type { EventBody } from '../core/events.ts';
import { notesEdit } from '../core/notes-merge.ts';
import { rosterName, type Person } from '../core/roster.ts';
import { parseNotesLine } from '../core/notes-commands.ts';
import { timing } from '../core/timing.ts';
import type { Meeting } from '../core/types.ts';
import { checkReferences } from './check.ts';
import { exportMinutes } from './export.ts';
import { findPerson } from './typed-commands.ts';

/** A fix: events to dispatch, a field of Prepare to take the chair to, or a name to put on the series' roster. */
export type Fix = { label: string; events: EventBody[] } | { label: string; field: 'chair' | 'secretary' } | { label: string; roster: string };

export interface PublishCheck extends Diagnostic {
	fix?: Fix;
}

/** `roster`: the series' people, when the meeting is in one: a name it does not know is named. */
export function publishChecks(meeting: Meeting, now: number, roster?: readonly Person[]): PublishCheck[] {
	const found: PublishCheck[] = checkMeeting(meeting).map((d): PublishCheck => {
		if (d.code === 'no-chair') return { ...d, message: 'No chair is named.', fix: { label: 'Choose the chair', field: 'chair' } };
		if (d.code === 'empty-item' && d.itemId !== undefined) return { ...d, fix: { label: 'Leave it out', events: [{ type: 'item.removed', itemId: d.itemId }] } };
		return d;
	});
	if (!meeting.secretary) found.push({ severity: 'warning', code: 'no-secretary', message: 'No secretary (minute taker) is named.', fix: { label: 'Choose the secretary', field: 'secretary' } });

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

	// Link references as the published file has them.
	const markdown = exportMinutes(meeting, 'plain').markdown;
	for (const d of checkReferences(markdown)) {
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
	const MEETING = ['no-chair', 'no-secretary', 'unknown-name', 'not-on-roster'];
	return found.map((check, i) => ({ check, rank: MEETING.includes(check.code) ? 0 : 1, i })).sort((a, b) => a.rank - b.rank || a.i - b.i).map(({ check }) => check);
}

function slug(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'person';
}
