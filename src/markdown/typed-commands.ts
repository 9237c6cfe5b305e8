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
	// A name the roster knows is written as the roster has it.
	const named = (typed: string) => (context.roster === undefined ? undefined : rosterName({ roster: context.roster }, typed)) ?? typed.trim();
	switch (command.kind) {
		case 'action': {
			const owner = command.owner === '' ? '' : (findPerson(meeting.attendees, named(command.owner))?.name ?? named(command.owner));
			return { notes, events: [{ type: 'action.added', itemId, action: { id: newId(), owner, text: command.text, status: 'open' } }], said: owner === '' ? 'Action added, with no owner yet' : `Action for ${owner}` };
		}
		case 'decision':
			return { notes, events: [{ type: 'decision.added', itemId, decision: { id: newId(), text: command.text } }], said: 'Decision added' };
		case 'present':
		case 'regrets': {
			const presence = command.kind === 'present' ? 'present' : 'regrets';
			const events = command.names.map(named).map((name): EventBody => {
				const known = findPerson(meeting.attendees, name);
				return known === undefined ? { type: 'attendee.added', attendee: { id: newId(), name, presence } } : { type: 'attendee.updated', attendeeId: known.id, patch: { presence } };
			});
			return { notes, events, said: `${command.names.join(', ')}: ${presence}` };
		}
		case 'link': {
			const id = linkIdFor(command.url, command.text, new Set(allLinks(meeting).map((l) => l.id.toLowerCase())));
			const reference = command.text === undefined ? `[${id}]` : `[${command.text}][${id}]`;
			return { notes: `${head}${reference}\n${tail}`, events: [{ type: 'link.added', itemId, link: { id, url: command.url } }], said: `Link [${id}] added` };
		}
		case 'topic': {
			const item = createItem({ id: newId(), title: command.title, unplanned: true });
			const at = meeting.items.findIndex((i) => i.id === itemId) + 1;
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
