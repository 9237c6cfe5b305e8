// Reads the JSON the CLI exports from: a meeting (as `gavel import` prints it) or a journal
// (a list of events), which is replayed into a meeting.

import type { MeetingEvent } from '../core/events.ts';
import { replay } from '../core/journal.ts';
import { notesCrdt } from '../core/notes-crdt.ts';
import type { Meeting } from '../core/types.ts';
import { validateMeeting } from '../core/validate.ts';

export function readMeetingJson(text: string, path: string): Meeting {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw new Error(`${path}${jsonPosition(text, error)}: not valid JSON (${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')})`);
	}
	if (Array.isArray(value)) {
		const bad = value.findIndex((e) => typeof e !== 'object' || e === null || typeof (e as { type?: unknown }).type !== 'string' || typeof (e as { at?: unknown }).at !== 'number');
		if (bad >= 0) throw new Error(`${path}: event ${bad + 1} of the journal is not an event (it needs "type" and "at")`);
		// With each item's notes as their CRDT merges them (two people typing at once).
		const events = value as MeetingEvent[];
		const crdt = notesCrdt();
		crdt.reset(events);
		value = crdt.overlay(replay(events));
		if (value === undefined) throw new Error(`${path}: the journal has no "meeting.created" event, so there is no meeting to export`);
	}
	const result = validateMeeting(value);
	if (!result.ok) throw new Error(`${path}: not a Gavel meeting: ${result.message}`);
	return result.meeting;
}

function jsonPosition(text: string, error: unknown): string {
	const position = /position (\d+)/.exec((error as Error).message)?.[1];
	if (position === undefined) return '';
	const before = text.slice(0, Number(position)).split('\n');
	return `:${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}
