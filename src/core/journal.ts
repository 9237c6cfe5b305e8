// The state of a meeting is a pure fold of its journal. Events that name something that no
// longer exists (an edit to a removed item, from a panel that had not seen the removal yet)
// leave the state as it was: the journal keeps them, nothing is thrown.

import { applyPatch } from './patch.ts';
import { compareEvents, type MeetingEvent } from './events.ts';
import { mergeNotes } from './notes-merge.ts';
import type { AgendaItem, Meeting } from './types.ts';

export function replay(events: readonly MeetingEvent[]): Meeting | undefined {
	return [...events].sort(compareEvents).reduce<Meeting | undefined>(applyEvent, undefined);
}

export function applyEvent(state: Meeting | undefined, event: MeetingEvent): Meeting | undefined {
	if (event.type === 'meeting.created') return event.meeting;
	if (state === undefined) return undefined;
	switch (event.type) {
		case 'meeting.updated':
			return applyPatch(state, event.patch);
		case 'attendee.added':
			if (state.attendees.some((a) => a.id === event.attendee.id)) return state;
			return { ...state, attendees: insertAt(state.attendees, event.attendee, event.index) };
		case 'attendee.updated':
			return { ...state, attendees: state.attendees.map((a) => (a.id === event.attendeeId ? applyPatch(a, event.patch) : a)) };
		case 'attendee.removed':
			return { ...state, attendees: state.attendees.filter((a) => a.id !== event.attendeeId) };
		case 'item.added':
			if (state.items.some((i) => i.id === event.item.id)) return state;
			return { ...state, items: insertAt(state.items, event.item, event.index) };
		case 'item.updated':
			return mapItem(state, event.itemId, (item) => updateItem(item, event));
		case 'item.moved':
			return moveItem(state, event.itemId, event.index);
		case 'item.removed':
			return { ...state, items: state.items.filter((i) => i.id !== event.itemId) };
		case 'link.added':
			if (event.itemId === undefined) return { ...state, links: upsert(state.links, event.link) };
			return mapItem(state, event.itemId, (item) => ({ ...item, links: upsert(item.links, event.link) }));
		case 'link.removed':
			if (event.itemId === undefined) return { ...state, links: state.links.filter((l) => l.id !== event.linkId) };
			return mapItem(state, event.itemId, (item) => ({ ...item, links: item.links.filter((l) => l.id !== event.linkId) }));
		case 'decision.added':
			return mapItem(state, event.itemId, (item) => ({ ...item, decisions: upsert(item.decisions, event.decision, event.index) }));
		case 'decision.removed':
			return mapItem(state, event.itemId, (item) => ({ ...item, decisions: item.decisions.filter((d) => d.id !== event.decisionId) }));
		case 'action.added':
			return mapItem(state, event.itemId, (item) => ({ ...item, actions: upsert(item.actions, event.action, event.index) }));
		case 'action.updated':
			return mapItem(state, event.itemId, (item) => ({
				...item,
				actions: item.actions.map((a) => (a.id === event.actionId ? applyPatch(a, event.patch) : a)),
			}));
		case 'action.removed':
			return mapItem(state, event.itemId, (item) => ({ ...item, actions: item.actions.filter((a) => a.id !== event.actionId) }));
		default: {
			const mark = event.itemId === undefined ? { type: event.type, at: event.at } : { type: event.type, at: event.at, itemId: event.itemId };
			return { ...state, timeline: [...state.timeline, mark] };
		}
	}
}

function insertAt<T>(list: readonly T[], value: T, index = list.length): T[] {
	const at = Math.max(0, Math.min(index, list.length));
	return [...list.slice(0, at), value, ...list.slice(at)];
}

/** Replaces the entry with value's id, or inserts value at index (the end by default). */
function upsert<T extends { id: string }>(list: readonly T[], value: T, index?: number): T[] {
	return list.some((x) => x.id === value.id) ? list.map((x) => (x.id === value.id ? value : x)) : insertAt(list, value, index);
}

/** An item update; new notes are merged with edits they did not see (notes-merge.ts). */
function updateItem(item: AgendaItem, event: MeetingEvent & { type: 'item.updated' }): AgendaItem {
	const { notes } = event.patch;
	if (notes === undefined || notes === null) return applyPatch(item, event.patch);
	const merged = event.edit === undefined ? { text: notes } : mergeNotes(item.notes, notes, event.edit);
	const next: AgendaItem = { ...applyPatch(item, event.patch), notes: merged.text };
	if (merged.lost !== undefined) next.notesConflicts = [...(item.notesConflicts ?? []), { at: event.at, text: merged.lost }];
	return next;
}

function mapItem(state: Meeting, itemId: string, change: (item: AgendaItem) => AgendaItem): Meeting {
	return { ...state, items: state.items.map((item) => (item.id === itemId ? change(item) : item)) };
}

function moveItem(state: Meeting, itemId: string, index: number): Meeting {
	const item = state.items.find((i) => i.id === itemId);
	if (item === undefined) return state;
	return { ...state, items: insertAt(state.items.filter((i) => i !== item), item, index) };
}
