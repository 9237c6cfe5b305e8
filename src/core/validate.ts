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
	{ id: str, title: str, subItems: list(str), notes: str, links: list(link), decisions: list(object({ id: str, text: str })), actions: list(object({ id: str, owner: str, text: str, status: oneOf('open', 'done', 'dropped') }, { due: date })) },
	{ budget: num, owner: str, unplanned: bool },
);
const attendee = object({ id: str, name: str, presence: oneOf('present', 'regrets') }, { handle: str, role: oneOf('chair', 'secretary') });
const mark = object({ type: oneOf('meeting.started', 'item.started', 'timer.paused', 'timer.resumed', 'item.next', 'meeting.ended'), at: num }, { itemId: str });
const sourceBlock = object({ lead: str, raw: str }, { key: str, generated: str });
const source = object({ blocks: list(sourceBlock), tail: str, absent: (v, p) => (typeof v === 'object' && v !== null ? undefined : `${p}: expected an object`), order: list(str), style: object({}) });

export const checkMeetingShape = object(
	{ id: str, title: str, date, attendees: list(attendee), items: list(item), aob: str, links: list(link), timeline: list(mark) },
	{ series: str, startTime: str, timeZone: str, chair: str, secretary: str, author: object({ name: str }, { uri: str, email: str }), summary: str, nextCall: date, source },
);

export function validateMeeting(value: unknown): { ok: true; meeting: Meeting } | { ok: false; message: string } {
	const problem = checkMeetingShape(value, 'meeting');
	return problem === undefined ? { ok: true, meeting: value as Meeting } : { ok: false, message: problem };
}
