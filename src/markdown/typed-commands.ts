// A notes line finished with Enter that holds a command (core/notes-commands.ts) becomes records
// of the meeting, and leaves the notes: "action: Anil to tag 4.2" an action owned by the attendee
// it names, "present+ Ada" an attendee, "link: URL text" a reference link in place, "topic: X" a
// new item (started, when the meeting runs), "s/old/new/" a fix to the line before. Pure: the
// panel dispatches what this returns.

import type { EventBody } from '../core/events.ts';
import { createItem } from '../core/meeting.ts';
import { notesEdit } from '../core/notes-merge.ts';
import { parseNotesLine, type NotesCommand } from '../core/notes-commands.ts';
import { rosterName, type Person } from '../core/roster.ts';
import type { Attendee, Link, Meeting } from '../core/types.ts';
import { linkIdFor } from './link-ids.ts';

export interface Typed {
	/** The notes with the command line taken out (or, for a link, turned into its reference). */
	notes: string;
	/** The records it made, to dispatch before the notes. */
	events: EventBody[];
	/** What it did, for the screen reader and the eye ("Action for Anil Madhavapeddy"). */
	said: string;
}

export interface TypedContext {
	meeting: Meeting;
	itemId: string;
	/** Whether the meeting's clock is going (asked only when a topic line is taken). */
	running(): boolean;
	newId(): string;
	/** The series' roster: the other names people go by ("Mort", "@avsm"). */
	roster?: readonly Person[];
	/** Typed in AoB rather than in an item's notes: links are the meeting's, a topic goes last. */
	inAob?: boolean;
}

/**
 * What the notes change from `before` to `after` does, when it is Enter at the end of a command
 * line. `caret` (just after the new line break) says which break is new where the text alone
 * cannot: Enter at the end of "decision: yes" before an empty line reads the same as Enter on it.
 */
export function takeFinishedLine(context: TypedContext, before: string, after: string, caret?: number): Typed | undefined {
	const edit = notesEdit(before, after);
	if (edit.insert !== '\n' || edit.removed !== '') return undefined;
	let at = edit.from;
	// The same text with the break one place earlier, where the caret says it went.
	while (caret !== undefined && at > caret - 1 && after[at - 1] === '\n') at--;
	const start = after.lastIndexOf('\n', at - 1) + 1;
	const command = parseNotesLine(after.slice(start, at));
	if (command === undefined) return undefined;
	return apply(context, command, after.slice(0, start), after.slice(at + 1));
}

function apply(context: TypedContext, command: NotesCommand, head: string, tail: string): Typed | undefined {
	const { meeting, itemId, newId } = context;
	const notes = head + tail;
	const named = (typed: string) => rosterOrTyped(context.roster, typed);
	switch (command.kind) {
		case 'action': {
			const owner = ownerName(meeting, context.roster, command.owner);
			return { notes, events: [{ type: 'action.added', itemId, action: { id: newId(), owner, text: command.text, status: 'open' } }], said: owner === '' ? 'Action added, with no owner yet' : `Action for ${owner}` };
		}
		case 'decision':
			return { notes, events: [{ type: 'decision.added', itemId, decision: { id: newId(), text: command.text } }], said: 'Decision added' };
		case 'present':
		case 'regrets': {
			const presence = command.kind === 'present' ? 'present' : 'regrets';
			const people = command.names.map(named).map((name) => ({ name, known: findPerson(meeting.attendees, name) }));
			const events = people.map(({ name, known }): EventBody => (known === undefined ? { type: 'attendee.added', attendee: { id: newId(), name, presence } } : { type: 'attendee.updated', attendeeId: known.id, patch: { presence } }));
			// Said with the names they are known by: "talex5" is Thomas Leonard.
			return { notes, events, said: `${people.map((p) => p.known?.name ?? p.name).join(', ')}: ${presence}` };
		}
		case 'link': {
			const id = linkIdFor(command.url, command.text, new Set(allLinks(meeting).map((l) => l.id.toLowerCase())));
			const reference = command.text === undefined ? `[${id}]` : `[${command.text}][${id}]`;
			const link = { id, url: command.url };
			return { notes: `${head}${reference}\n${tail}`, events: [context.inAob === true ? { type: 'link.added', link } : { type: 'link.added', itemId, link }], said: `Link [${id}] added` };
		}
		case 'topic': {
			const item = createItem({ id: newId(), title: command.title, unplanned: true });
			const at = context.inAob === true ? meeting.items.length : meeting.items.findIndex((i) => i.id === itemId) + 1;
			const events: EventBody[] = [{ type: 'item.added', item, index: at }];
			if (context.running()) events.push({ type: 'item.started', itemId: item.id });
			return { notes, events, said: `New item: ${command.title}` };
		}
		case 'correction': {
			// The last line of notes before the command that holds the text to correct.
			const lines = head.split('\n');
			for (let i = lines.length - 1; i >= 0; i--) {
				const line = lines[i] ?? '';
				if (!line.includes(command.from)) continue;
				lines[i] = command.all ? line.split(command.from).join(command.to) : line.replace(command.from, () => command.to);
				return { notes: lines.join('\n') + tail, events: [], said: 'Corrected' };
			}
			// Nothing to correct: the line stays as typed, for the chair to see.
			return undefined;
		}
	}
}

/**
 * The events that undo what a taken command line did, given the meeting as it was before: records
 * and people added are removed, presence goes back, a topic's item goes and the item that was
 * current starts again. With the notes put back as typed, the line is text again.
 */
export function undoTaken(before: Meeting, events: readonly EventBody[], current: string | undefined): EventBody[] {
	const undo: EventBody[] = [];
	for (const event of events) {
		switch (event.type) {
			case 'action.added':
				undo.push({ type: 'action.removed', itemId: event.itemId, actionId: event.action.id });
				break;
			case 'decision.added':
				undo.push({ type: 'decision.removed', itemId: event.itemId, decisionId: event.decision.id });
				break;
			case 'attendee.added':
				undo.push({ type: 'attendee.removed', attendeeId: event.attendee.id });
				break;
			case 'attendee.updated': {
				const was = before.attendees.find((a) => a.id === event.attendeeId);
				if (was !== undefined) undo.push({ type: 'attendee.updated', attendeeId: was.id, patch: { presence: was.presence } });
				break;
			}
			case 'link.added':
				undo.push(event.itemId === undefined ? { type: 'link.removed', linkId: event.link.id } : { type: 'link.removed', itemId: event.itemId, linkId: event.link.id });
				break;
			case 'item.added':
				undo.push({ type: 'item.removed', itemId: event.item.id });
				break;
			case 'item.started':
				if (current !== undefined) undo.push({ type: 'item.started', itemId: current });
				break;
			default:
				break;
		}
	}
	// The clock goes back before the item it was on goes.
	return [...undo.filter((e) => e.type === 'item.started'), ...undo.filter((e) => e.type !== 'item.started')];
}

/** A name the roster knows, as the roster has it ("Mort" is Richard Mortier); otherwise as typed. */
function rosterOrTyped(roster: readonly Person[] | undefined, typed: string): string {
	return (roster === undefined ? undefined : rosterName({ roster }, typed)) ?? typed.trim();
}

/** The owner a typed name means, however it was typed (an action line, the Who field): the roster's name
 * for them, then the attendee it is ("Anil" is Anil Madhavapeddy when he is the only Anil). */
export function ownerName(meeting: Pick<Meeting, 'attendees'>, roster: readonly Person[] | undefined, typed: string): string {
	if (typed.trim() === '') return '';
	const named = rosterOrTyped(roster, typed);
	return findPerson(meeting.attendees, named)?.name ?? named;
}

/** The attendee a typed name means: the same name, a handle, or the only one with that first name. */
export function findPerson(attendees: readonly Attendee[], typed: string): Attendee | undefined {
	const name = typed.trim().replace(/^@/, '').toLowerCase();
	const exact = attendees.find((a) => a.name.toLowerCase() === name || a.handle?.replace(/^@/, '').toLowerCase() === name);
	if (exact !== undefined) return exact;
	const byFirst = attendees.filter((a) => a.name.toLowerCase().split(/\s+/)[0] === name);
	return byFirst.length === 1 ? byFirst[0] : undefined;
}

/** A URL pasted into notes at `from`, made a reference link: `[readable-id]` in its place, the link on the item. */
export function referenceForPasted(meeting: Meeting, itemId: string, notes: string, from: number, url: string): Typed | undefined {
	if (notes.slice(from, from + url.length) !== url) return undefined;
	const id = pastedLinkId(meeting, url);
	return { notes: `${notes.slice(0, from)}[${id}]${notes.slice(from + url.length)}`, events: [{ type: 'link.added', itemId, link: { id, url } }], said: `Link [${id}] added` };
}

/** The id a pasted URL's reference would get in this meeting. */
export function pastedLinkId(meeting: Meeting, url: string): string {
	const links = allLinks(meeting);
	return links.find((l) => l.url === url)?.id ?? linkIdFor(url, undefined, new Set(links.map((l) => l.id.toLowerCase())));
}

/** The meeting's links and every item's. */
function allLinks(meeting: Meeting): Link[] {
	return [...meeting.links, ...meeting.items.flatMap((i) => i.links)];
}
