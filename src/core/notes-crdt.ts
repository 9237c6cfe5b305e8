// The exact notes of a meeting's items, each a Yjs sequence CRDT (Y.Text) built from the journal.
// A notes change made once this is loaded carries its change as a Yjs update (`y`), which every
// panel and machine applies alike whatever order updates come in, so two people typing into one
// item at once each keep their words whole and in order, and all end with the same text.
//
// Events without an update (journals from before, keys typed in the panel's first moments before
// this code arrived, the CLI, an item's first notes) are replayed in journal order as edits by a
// client named after their writer: every machine builds the same structures from the same
// journal, and an update typed on them means the same characters everywhere. Such an edit depends
// on the text before it, so an event arriving out of order ahead of one rebuilds that item's text
// from its events; updates commute and are applied as they come.
//
// core/journal.ts's fold stays the panel's first picture (it needs no Yjs, so the startup script
// stays small): for an event with an update it takes the text its writer had, which is this text
// unless two people typed at once. Loaded after the panel is interactive, this overlays it.

import * as Y from 'yjs';
import type { EventBody, MeetingEvent } from './events.ts';
import { compareEvents } from './events.ts';
import { mergeSorted, placeOf } from './journal-state.ts';
import { mergeNotes, notesEdit, type NotesEdit } from './notes-merge.ts';
import type { Meeting } from './types.ts';

export interface NotesCrdt {
	/** Starts again from a journal (another meeting opened). */
	reset(events: readonly MeetingEvent[]): void;
	/** Events of the open meeting, in any order; those already held are ignored. */
	add(events: readonly MeetingEvent[]): void;
	/** A notes change about to be made here, carrying it as an update; other events as they are. */
	typed(body: EventBody, writer: string): EventBody;
	/** The meeting with each item's exact notes (the same object while nothing changed). */
	overlay(meeting: Meeting | undefined): Meeting | undefined;
	/** The change a box made, read from its caret where trimming alone is ambiguous. */
	edit(before: string, after: string, caret: number): NotesEdit;
	/** Keeps a box's caret (or selection) in an item's notes, sticking to the character on its left: another's keys typed right there go after it. Without one, forgets it. */
	keepCaret(itemId: string, start?: number, end?: number): void;
	/** Where the caret kept is now. */
	caret(itemId: string): [start: number, end: number] | undefined;
}

interface Entry {
	/** The events that set this item's notes or its being there, in journal order. */
	events: MeetingEvent[];
	keys: Set<string>;
	/** Built when the item first has an update (or is typed into): until then core's text is exact. */
	doc?: Y.Doc;
	present: boolean;
	/** A box's caret, as places that move with the text around them. */
	caret?: [Y.RelativePosition, Y.RelativePosition];
}

// Set while applying others' updates, so that Yjs never sees its own client among them (it would
// pick itself a new id, with a warning). No writer hashes to it.
const NOBODY = 0;

export function notesCrdt(): NotesCrdt {
	let created: MeetingEvent[] = [];
	let entries = new Map<string, Entry>();
	let version = 0;
	let shown: { source: Meeting | undefined; version: number; meeting: Meeting | undefined } | undefined;

	const entryOf = (itemId: string): Entry => {
		let entry = entries.get(itemId);
		if (entry === undefined) {
			entry = { events: [...created], keys: new Set(created.map(keyOf)), present: false };
			entries.set(itemId, entry);
		}
		return entry;
	};
	const build = (itemId: string, entry: Entry) => {
		// Named, not given a random id (a 1 MB meeting's 400 items, built again and again, spent more on randomness than on text).
		entry.doc = new Y.Doc({ guid: itemId });
		entry.present = false;
		replayInto(itemId, entry, entry.events);
		version++;
	};
	/** Takes an item's new events (in journal order): applied in place when nothing held after them depends on the text before them, else the item is built again. */
	const insert = (itemId: string, entry: Entry, incoming: readonly MeetingEvent[]) => {
		const fresh: MeetingEvent[] = [];
		for (const event of incoming) {
			const key = keyOf(event);
			if (entry.keys.has(key)) continue;
			entry.keys.add(key);
			fresh.push(event);
		}
		if (fresh.length === 0) return;
		const held = entry.events;
		const last = held.at(-1);
		const inPlace = fresh.every((event) => {
			if (last === undefined || compareEvents(event, last) > 0) return true;
			// An update commutes with updates, not with edits made on the text before it.
			return updateOf(event) !== undefined && held.slice(placeOf(held, event)).every((e) => updateOf(e) !== undefined);
		});
		entry.events = mergeSorted(held, fresh);
		if (entry.doc === undefined) {
			if (fresh.some((e) => updateOf(e) !== undefined)) build(itemId, entry);
		} else if (inPlace) {
			replayInto(itemId, entry, fresh);
			version++;
		} else build(itemId, entry);
	};
	const add = (events: readonly MeetingEvent[]) => {
		const byItem = new Map<string, MeetingEvent[]>();
		const to = (itemId: string, event: MeetingEvent) => {
			const list = byItem.get(itemId);
			if (list === undefined) byItem.set(itemId, [event]);
			else list.push(event);
		};
		for (const event of [...events].sort(compareEvents)) {
			if (event.type === 'meeting.created') {
				if (created.some((e) => compareEvents(e, event) === 0)) continue;
				for (const item of event.meeting.items) entryOf(item.id);
				created = mergeSorted(created, [event]);
				for (const itemId of entries.keys()) to(itemId, event);
			} else {
				const itemId = itemOfNotes(event);
				if (itemId !== undefined) to(itemId, event);
			}
		}
		for (const [itemId, list] of byItem) insert(itemId, entryOf(itemId), list);
	};
	return {
		reset(events) {
			created = [];
			entries = new Map();
			version++;
			add(events);
		},
		add,
		typed(body, writer) {
			if (body.type !== 'item.updated' || typeof body.patch.notes !== 'string' || 'y' in body) return body;
			const entry = entryOf(body.itemId);
			if (entry.doc === undefined) build(body.itemId, entry);
			const doc = entry.doc as Y.Doc;
			const text = doc.getText('notes');
			const before = text.toString();
			const target = body.patch.notes;
			const { edit: given, ...rest } = body;
			// Nothing changed: nothing to carry.
			if (before === target) return rest;
			const edit = given !== undefined && describes(before, target, given) ? given : notesEdit(before, target);
			const from = Y.encodeStateVector(doc);
			change(doc, clientOf(writer), edit);
			version++;
			return { ...rest, patch: { ...body.patch, notes: text.toString() }, y: toBase64(Y.encodeStateAsUpdate(doc, from)) };
		},
		overlay(meeting) {
			if (shown !== undefined && shown.source === meeting && shown.version === version) return shown.meeting;
			let changed = false;
			const items = meeting?.items.map((item) => {
				const notes = entries.get(item.id)?.doc?.getText('notes').toString();
				if (notes === undefined || notes === item.notes) return item;
				changed = true;
				return { ...item, notes };
			});
			const result = meeting === undefined || !changed || items === undefined ? meeting : { ...meeting, items };
			shown = { source: meeting, version, meeting: result };
			return result;
		},
		edit: typedEdit,
		keepCaret(itemId, start, end) {
			const entry = entries.get(itemId);
			const text = entry?.doc?.getText('notes');
			if (entry === undefined || text === undefined) return;
			if (start === undefined || end === undefined) delete entry.caret;
			else entry.caret = [Y.createRelativePositionFromTypeIndex(text, start, -1), Y.createRelativePositionFromTypeIndex(text, end, -1)];
		},
		caret(itemId) {
			const entry = entries.get(itemId);
			const [start, end] = entry?.caret ?? [];
			const doc = entry?.doc;
			if (doc === undefined || start === undefined || end === undefined) return undefined;
			const from = Y.createAbsolutePositionFromRelativePosition(start, doc)?.index;
			const to = Y.createAbsolutePositionFromRelativePosition(end, doc)?.index;
			return from === undefined || to === undefined ? undefined : [from, to];
		},
	};
}

/** Folds events into an item's text, in order, in one transaction (12,800 updates applied each in its own took seconds). */
function replayInto(itemId: string, entry: Entry, events: readonly MeetingEvent[]): void {
	(entry.doc as Y.Doc).transact(() => {
		for (const event of events) step(itemId, entry, event);
	});
}

/** Folds one event into an item's text (the fold of core/journal.ts, on the CRDT). */
function step(itemId: string, entry: Entry, event: MeetingEvent): void {
	const doc = entry.doc as Y.Doc;
	const text = doc.getText('notes');
	const set = (target: string) => change(doc, clientOf(`legacy ${event.writer}`), notesEdit(text.toString(), target));
	switch (event.type) {
		case 'meeting.created': {
			const item = event.meeting.items.find((i) => i.id === itemId);
			entry.present = item !== undefined;
			if (item !== undefined) set(item.notes);
			return;
		}
		case 'item.added':
			if (entry.present) return;
			entry.present = true;
			set(event.item.notes);
			return;
		case 'item.removed':
			entry.present = false;
			return;
		case 'item.updated': {
			const update = updateOf(event);
			if (update !== undefined && applies(doc, update)) return;
			const notes = event.patch.notes;
			if (!entry.present || typeof notes !== 'string') return;
			set(event.edit === undefined ? notes : mergeNotes(text.toString(), notes, event.edit).text);
			return;
		}
		default:
	}
}

function change(doc: Y.Doc, client: number, edit: NotesEdit): void {
	if (edit.removed.length === 0 && edit.insert.length === 0) return;
	const text = doc.getText('notes');
	doc.clientID = client;
	doc.transact(() => {
		if (edit.removed.length > 0) text.delete(edit.from, edit.removed.length);
		if (edit.insert.length > 0) text.insert(edit.from, edit.insert);
	});
	doc.clientID = NOBODY;
}

/** Applies another's update; false when it cannot be read (then its event counts as whole text). */
function applies(doc: Y.Doc, update: string): boolean {
	try {
		doc.clientID = NOBODY;
		Y.applyUpdate(doc, fromBase64(update));
		return true;
	} catch {
		return false;
	}
}

/** The item whose notes an event sets, or whose being there it changes. */
function itemOfNotes(event: MeetingEvent): string | undefined {
	if (event.type === 'item.added') return event.item.id;
	if (event.type === 'item.removed') return event.itemId;
	if (event.type === 'item.updated' && typeof event.patch.notes === 'string') return event.itemId;
	return undefined;
}

function updateOf(event: MeetingEvent): string | undefined {
	return event.type === 'item.updated' ? event.y : undefined;
}

function keyOf(event: MeetingEvent): string {
	return `${event.writer}:${event.seq}`;
}

/** `edit` turns `before` into `after`. */
function describes(before: string, after: string, edit: NotesEdit): boolean {
	return before.slice(edit.from, edit.from + edit.removed.length) === edit.removed && after === before.slice(0, edit.from) + edit.insert + before.slice(edit.from + edit.removed.length);
}

/** A writer's Yjs client: the same on every machine (FNV-1a), never NOBODY. */
export function clientOf(writer: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < writer.length; i++) hash = Math.imul(hash ^ writer.charCodeAt(i), 0x01000193);
	return hash >>> 0 || 1;
}

/**
 * The span a box's change replaced, read from the caret where that is unambiguous: typing "b" after
 * the "a" of "ab" gives "abb", which trimming alone reads as a "b" put after the last "b".
 */
export function typedEdit(before: string, after: string, caret: number): NotesEdit {
	const grown = after.length - before.length;
	const from = caret - grown;
	// Characters typed (or pasted) just before the caret, over nothing selected.
	if (grown > 0 && from >= 0 && after.slice(0, from) === before.slice(0, from) && after.slice(caret) === before.slice(from)) return { from, removed: '', insert: after.slice(from, caret) };
	// Characters deleted at the caret (Backspace, or Delete: the caret then stays where it was).
	if (grown < 0 && after.slice(0, caret) === before.slice(0, caret) && after.slice(caret) === before.slice(caret - grown)) return { from: caret, removed: before.slice(caret, caret - grown), insert: '' };
	return notesEdit(before, after);
}

/** Updates made one after another, as one (compacting a run of keys). */
export function mergeNotesUpdates(updates: readonly string[]): string {
	return toBase64(Y.mergeUpdates(updates.map(fromBase64)));
}

function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
