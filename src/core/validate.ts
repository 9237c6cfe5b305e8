// Checks that data from outside (a JSON file, a backup) is a meeting before anything uses it.
// The first problem is reported with its path ("items[2].budget: expected a number").

import type { Meeting } from './types.ts';

type Check = (value: unknown, path: string) => string | undefined;

const str: Check = (v, p) => (typeof v === 'string' ? undefined : `${p}: expected text`);
const num: Check = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? undefined : `${p}: expected a number`);
const bool: Check = (v, p) => (typeof v === 'boolean' ? undefined : `${p}: expected true or false`);
const oneOf = (...values: string[]): Check => (v, p) => (typeof v === 'string' && values.includes(v) ? undefined : `${p}: expected one of ${values.join(', ')}`);
const date: Check = (v, p) => str(v, p) ?? (/^\d{4}-\d{2}-\d{2}$/.test(v as string) ? undefined : `${p}: expected a date as YYYY-MM-DD`);
const list = (item: Check): Check => (v, p) => {
	if (!Array.isArray(v)) return `${p}: expected a list`;
	for (const [i, x] of v.entries()) {
		const problem = item(x, `${p}[${i}]`);
		if (problem !== undefined) return problem;
	}
	return undefined;
};
const object = (required: Record<string, Check>, optional: Record<string, Check> = {}): Check => (v, p) => {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${p}: expected an object`;
	const record = v as Record<string, unknown>;
	for (const [key, check] of Object.entries(required)) {
		if (!(key in record)) return `${p}.${key}: missing`;
		const problem = check(record[key], `${p}.${key}`);
		if (problem !== undefined) return problem;
	}
	for (const [key, check] of Object.entries(optional)) {
		if (record[key] === undefined) continue;
		const problem = check(record[key], `${p}.${key}`);
		if (problem !== undefined) return problem;
	}
	return undefined;
};

const link = object({ id: str, url: str }, { title: str });
const item = object(
	{ id: str, title: str, subItems: list(str), notes: str, links: list(link), decisions: list(object({ id: str, text: str })), actions: list(object({ id: str, owner: str, text: str, status: oneOf('open', 'done', 'dropped') }, { due: date, carriedFrom: object({ meetingId: str, date, actionId: str }) })) },
	{ heading: str, group: str, budget: num, owner: str, unplanned: bool, untitled: bool, carryOver: bool, notesConflicts: list(object({ at: num, text: str })) },
);
const attendee = object({ id: str, name: str, presence: oneOf('present', 'regrets', 'expected') }, { handle: str, role: oneOf('chair', 'secretary'), note: str });
const mark = object({ type: oneOf('meeting.started', 'item.started', 'timer.paused', 'timer.resumed', 'item.next', 'meeting.ended'), at: num }, { itemId: str });
const strOrList: Check = (v, p) => (typeof v === 'string' ? undefined : list(str)(v, p));
const record = (v: unknown, p: string) => (typeof v === 'object' && v !== null ? undefined : `${p}: expected an object`);
const sourceBlock = object({ lead: str, raw: str }, { key: str, generated: str, keptWith: strOrList });
const source = object({ blocks: list(sourceBlock), tail: str, absent: record, order: list(str), style: object({}) }, { absentKeptWith: record });

export const checkMeetingShape = object(
	{ id: str, title: str, date, attendees: list(attendee), items: list(item), aob: str, links: list(link), timeline: list(mark) },
	{ series: str, startTime: str, timeZone: str, chair: str, secretary: str, author: object({ name: str }, { uri: str, email: str }), summary: str, nextCall: date, draft: bool, callUrl: str, source },
);

export function validateMeeting(value: unknown): { ok: true; meeting: Meeting } | { ok: false; message: string } {
	const problem = checkMeetingShape(value, 'meeting');
	return problem === undefined ? { ok: true, meeting: value as Meeting } : { ok: false, message: problem };
}

// Journal events from outside (a backup, a closed panel's copy): the stamp, a known type, and
// the body that type carries, so that nothing folded in can break the meeting's shape.
const orNull = (check: Check): Check => (v, p) => (v === null ? undefined : check(v, p));
const patch = (fields: Record<string, Check>): Check => (v, p) => {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${p}: expected an object`;
	for (const [key, value] of Object.entries(v)) {
		const check = fields[key];
		if (check === undefined) return `${p}.${key}: not a field that can change`;
		if (value !== undefined) {
			const problem = check(value, `${p}.${key}`);
			if (problem !== undefined) return problem;
		}
	}
	return undefined;
};
const id = str;
const index = { index: num };
const meetingPatch = patch({ series: orNull(str), title: str, date, startTime: orNull(str), timeZone: orNull(str), chair: orNull(str), secretary: orNull(str), author: orNull(object({ name: str }, { uri: str, email: str })), summary: orNull(str), aob: str, nextCall: orNull(date), draft: orNull(bool), callUrl: orNull(str) });
const itemPatch = patch({ title: str, heading: orNull(str), group: orNull(str), budget: orNull(num), subItems: list(str), owner: orNull(str), notes: str, unplanned: orNull(bool), carryOver: orNull(bool), notesConflicts: orNull(list(object({ at: num, text: str }))) });
const notesEdit = object({ from: num, removed: str, insert: str });
const base64: Check = (v, p) => str(v, p) ?? (/^[A-Za-z0-9+/]*={0,2}$/.test(v as string) && (v as string).length % 4 === 0 ? undefined : `${p}: expected base64`);
const attendeePatch = patch({ name: str, presence: oneOf('present', 'regrets', 'expected'), handle: orNull(str), role: orNull(oneOf('chair', 'secretary')), note: orNull(str) });
const action = object({ id: str, owner: str, text: str, status: oneOf('open', 'done', 'dropped') }, { due: date, carriedFrom: object({ meetingId: str, date, actionId: str }) });
const actionPatch = patch({ owner: str, text: str, status: oneOf('open', 'done', 'dropped'), due: orNull(date) });
const timer = object({}, { itemId: id });
const BODIES: Record<string, Check> = {
	'meeting.created': object({ meeting: checkMeetingShape }),
	'meeting.updated': object({ patch: meetingPatch }),
	'attendee.added': object({ attendee }, index),
	'attendee.updated': object({ attendeeId: id, patch: attendeePatch }),
	'attendee.removed': object({ attendeeId: id }),
	'item.added': object({ item }, index),
	'item.updated': object({ itemId: id, patch: itemPatch }, { edit: notesEdit, y: base64 }),
	'item.moved': object({ itemId: id, index: num }),
	'item.removed': object({ itemId: id }),
	'link.added': object({ link }, { itemId: id }),
	'link.removed': object({ linkId: id }, { itemId: id }),
	'decision.added': object({ itemId: id, decision: object({ id: str, text: str }) }, index),
	'decision.removed': object({ itemId: id, decisionId: id }),
	'action.added': object({ itemId: id, action }, index),
	'action.updated': object({ itemId: id, actionId: id, patch: actionPatch }),
	'action.removed': object({ itemId: id, actionId: id }),
	'meeting.started': timer,
	'item.started': timer,
	'timer.paused': timer,
	'timer.resumed': timer,
	'item.next': timer,
	'meeting.ended': timer,
};
const stamp = object({ meetingId: str, at: num, writer: str, seq: num, type: oneOf(...Object.keys(BODIES)) });

/** The first problem with an event from outside, with its path; undefined when it is sound. */
export const checkEventShape: Check = (value, path) => {
	const problem = stamp(value, path) ?? BODIES[(value as { type: string }).type]?.(value, path);
	if (problem !== undefined) return problem;
	const event = value as { type: string; meetingId: string; meeting?: { id: string } };
	return event.type === 'meeting.created' && event.meeting?.id !== event.meetingId ? `${path}.meeting.id: not the event's meeting (${event.meetingId})` : undefined;
};

// A house style from a backup: each part with the fields its writer reads.
const names = object({ kind: oneOf('labels'), labels: list(object({ lead: str, who: oneOf('present', 'regrets', 'guests', 'chair', 'secretary'), template: str })), andLast: bool, rolesPresent: bool });
const bullets = object({ kind: oneOf('bullets'), bullet: str, entry: str, gapBetweenNotes: bool }, { regrets: str });
const PARTS: Record<string, Check> = {
	text: object({ kind: str, lead: str, text: str }, { overContent: bool }),
	attendance: object({ kind: str, lead: str, form: (v, p) => ((v as { kind?: unknown } | null)?.kind === 'labels' ? names : bullets)(v, p) }, { heading: str }),
	agenda: object({ kind: str, lead: str, heading: str, bullet: str, notesUnder: bool }, { groupLevel: num }),
	sections: object({ kind: str, lead: str, heading: str }, { leading: list(str) }),
	aob: object({ kind: str, lead: str, heading: str }),
	links: object({ kind: str, lead: str }),
};
const stylePart: Check = (v, p) => oneOf(...Object.keys(PARTS))((v as { kind?: unknown } | null)?.kind, `${p}.kind`) ?? PARTS[(v as { kind: string }).kind]?.(v, p);
const houseStyle = object({ learnedFrom: str, fileName: str, parts: list(stylePart) }, { frontMatter: list(object({ key: str, value: str })), records: object({}, { decision: str, action: str }) });

/** A series from outside (a backup): the shape core/series.ts expects, first problem with its path. */
export const checkSeriesShape: Check = object({
	id: str,
	name: str,
	title: str,
	profile: str,
	cadence: object({ everyWeeks: num, weekday: num, time: str, timeZone: str, anchor: date }),
	roster: list(object({ name: str, aliases: list(str) })),
	recurring: list(object({ title: str }, { budget: num })),
	links: list(link),
}, { author: object({ name: str }, { uri: str, email: str }), options: object({}, { actionsList: bool, timingTable: bool }), style: houseStyle });
