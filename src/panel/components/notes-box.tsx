// The notes box of the item in front of the chair: typing merged with other windows' and other
// machines' (by the notes CRDT once loaded, core/notes-crdt.ts; the caret stays put), command lines taken on Enter, names completed with Tab, a pasted URL offered as a
// reference link (components/pasted-link.tsx).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { nameBeingTyped, suggestNames } from '../../core/notes-commands.ts';
import { notesEdit } from '../../core/notes-merge.ts';
import type { Person } from '../../core/roster.ts';
import { timing } from '../../core/timing.ts';
import type { AgendaItem } from '../../core/types.ts';
import type { EventBody } from '../../core/events.ts';
import { takeFinishedLine, undoTaken } from '../../markdown/typed-commands.ts';
import { useAutoGrow } from '../auto-grow.ts';
import { newId } from '../ids.ts';
import { lazy } from '../lazy.tsx';
import { meetingNow } from '../state/meeting-clock.ts';
import type { Session } from '../state/session.ts';

// Set when a typed "topic:" starts a new item, or undoing one starts the old item again: the notes
// box that appears next takes the focus (and the caret, when one is given).
let focusNextNotes: { caret?: number } | undefined;

// Drawn only once a link is pasted.
const PastedLink = lazy(() => import('./pasted-link.tsx').then((m) => m.PastedLink));

/** The command line taken last, to turn back into text (Ctrl+Z, or Undo on the status line) while
 * the notes are still as it left them. Kept here, not in a box: a topic's box is a new one. */
interface Taken {
	/** The item whose notes held the line, and the item whose box offers the undo (a topic's new one). */
	itemId: string;
	shownIn: string;
	typed: string;
	left: string;
	caret: number;
	undo: EventBody[];
	said: string;
}
let taken: Taken | undefined;

/** The notes of an item. Each key press becomes the CRDT update that makes it (before the CRDT has
 * loaded, the span it changed: core/notes-merge.ts), so that another panel typing into the same
 * notes at once is merged, not overwritten; when a change from elsewhere arrives, the caret stays
 * after the character it followed. A line finished with Enter that holds a command ("action: Anil
 * to …", "present+ Ada", "topic: …", "s/old/new/") becomes records instead
 * (markdown/typed-commands.ts), and a line under the box says what it did. */
export function NotesBox({ session, item, roster }: { session: Session; item: AgendaItem; roster: readonly Person[] | undefined }) {
	const box = useRef<HTMLTextAreaElement>(null);
	useAutoGrow(box, item.notes);
	// Names the owner or attendee being typed on a command line could be (Tab takes the first).
	const [names, setNames] = useState<string[]>([]);
	// A URL just pasted, and where: offered as a reference link with a readable id.
	const [pasted, setPasted] = useState<{ from: number; url: string } | undefined>(undefined);
	// The text this box last showed or was typed into, and where the caret was in it.
	const typed = useRef(item.notes);
	const caret = useRef<[number, number]>([0, 0]);
	// The same caret kept on the notes CRDT, once it is loaded: it moves with others' keys.
	const anchor = (el: HTMLTextAreaElement) => session.notes()?.keepCaret(item.id, el.selectionStart, el.selectionEnd);
	const [said, setSaid] = useState(() => (taken?.shownIn === item.id ? taken.said : ''));
	const [undoable, setUndoable] = useState(() => taken?.shownIn === item.id);
	const undoTakenLine = (): boolean => {
		const last = taken;
		const meeting = session.meeting();
		const notes = (id: string) => meeting?.items.find((i) => i.id === id)?.notes;
		// Only while nothing has changed since: the notes as the line left them.
		if (last === undefined || last.shownIn !== item.id || notes(last.itemId) !== last.left || (last.shownIn !== last.itemId && notes(last.shownIn) !== '')) return false;
		taken = undefined;
		for (const event of last.undo) session.dispatch(event);
		session.dispatch({ type: 'item.updated', itemId: last.itemId, patch: { notes: last.typed }, edit: notesEdit(last.left, last.typed) });
		setUndoable(false);
		setSaid('Undone: the line is text again');
		if (last.shownIn !== last.itemId) focusNextNotes = { caret: last.caret };
		else requestAnimationFrame(() => box.current?.setSelectionRange(last.caret, last.caret));
		return true;
	};
	const people = () => {
		const attendees = session.meeting()?.attendees ?? [];
		return [...(roster ?? []), ...attendees.map((a) => ({ name: a.name, aliases: a.handle === undefined ? [] : [a.handle] }))];
	};
	const typing = (el: HTMLTextAreaElement) => {
		const lineStart = el.value.lastIndexOf('\n', el.selectionStart - 1) + 1;
		const at = el.selectionStart === el.selectionEnd ? nameBeingTyped(el.value.slice(lineStart, el.selectionStart)) : undefined;
		return at === undefined ? undefined : { ...at, from: lineStart + at.from };
	};
	const remember = (el: HTMLTextAreaElement) => {
		caret.current = [el.selectionStart, el.selectionEnd];
		const at = typing(el);
		const found = at === undefined ? [] : suggestNames(at.typed, people());
		setNames((shown) => (shown.join('\n') === found.join('\n') ? shown : found));
	};
	const complete = (name: string) => {
		const el = box.current;
		const at = el === null ? undefined : typing(el);
		if (el === null || at === undefined) return;
		const insert = at.kind === 'action' ? `${name} ` : name;
		el.value = el.value.slice(0, at.from) + insert + el.value.slice(el.selectionStart);
		el.setSelectionRange(at.from + insert.length, at.from + insert.length);
		el.focus();
		input(el);
	};
	useLayoutEffect(() => {
		if (focusNextNotes === undefined) return;
		const { caret: at } = focusNextNotes;
		focusNextNotes = undefined;
		box.current?.focus();
		if (at !== undefined) box.current?.setSelectionRange(at, at);
	}, []);
	useLayoutEffect(() => {
		const el = box.current;
		if (el === null || typed.current === item.notes) return;
		// Text came from elsewhere (another panel, a command taken out): move the caret by what changed before it.
		const before = typed.current;
		typed.current = item.notes;
		if (document.activeElement !== el) return;
		// On the CRDT, the caret sticks to the character on its left, so keys another typed right at it go after it.
		const kept = session.notes()?.caret(item.id);
		if (kept !== undefined) {
			el.setSelectionRange(...kept);
			caret.current = kept;
			return;
		}
		const { from, removed, insert } = notesEdit(before, item.notes);
		const shift = (at: number) => (at <= from ? at : at >= from + removed.length ? at + insert.length - removed.length : from + insert.length);
		el.setSelectionRange(shift(caret.current[0]), shift(caret.current[1]));
	}, [item.notes]);
	const input = (el: HTMLTextAreaElement) => {
		let text = el.value;
		const meeting = session.meeting();
		// The notes as the session holds them now, not as last drawn.
		const current = meeting?.items.find((i) => i.id === item.id)?.notes ?? item.notes;
		typed.current = text;
		remember(el);
		const running = () => meeting !== undefined && ['running', 'paused'].includes(timing(meeting, meetingNow()).status);
		// Only Enter can finish a command line: other keys skip the second look at the whole text.
		const enter = text.length === current.length + 1 && text[el.selectionStart - 1] === '\n';
		const command = meeting === undefined || !enter ? undefined : takeFinishedLine({ meeting, itemId: item.id, running, newId, ...(roster === undefined ? {} : { roster }) }, current, text, el.selectionStart);
		taken = undefined;
		setUndoable(false);
		if (command !== undefined && meeting !== undefined) {
			const started = command.events.find((e) => e.type === 'item.added');
			const shownIn = started?.type === 'item.added' && command.events.some((e) => e.type === 'item.started') ? started.item.id : item.id;
			taken = { itemId: item.id, shownIn, typed: text, left: command.notes, caret: el.selectionStart, undo: undoTaken(meeting, command.events, timing(meeting, meetingNow()).currentItemId), said: `${command.said}. Ctrl+Z makes it text again.` };
			for (const event of command.events) session.dispatch(event);
			if (shownIn !== item.id) focusNextNotes = {};
			setSaid(taken.said);
			setUndoable(true);
			text = command.notes;
		}
		// Read from the caret where it can be (typing "b" after the "a" of "ab"): the CRDT then puts it where it was typed.
		const edit = command === undefined ? session.notes()?.edit(current, text, el.selectionStart) : undefined;
		session.dispatch({ type: 'item.updated', itemId: item.id, patch: { notes: text }, edit: edit ?? notesEdit(current, text) });
		// A line taken out leaves the box's caret on text that is gone: it is placed again once drawn.
		if (command === undefined) anchor(el);
		else session.notes()?.keepCaret(item.id);
	};
	return (
		<>
			<textarea
				ref={box}
				aria-label={`Notes for ${item.title || 'this item'}`}
				aria-keyshortcuts="Alt+M"
				aria-describedby="notes-said"
				class="notes"
				rows={8}
				value={item.notes}
				placeholder={'Notes. Lines like these become records:\naction: Anil to tag 4.2 · decision: ship Friday\npresent+ Ada · link: https://… · topic: … · s/old/new/'}
				onSelect={(e) => { remember(e.currentTarget); anchor(e.currentTarget); }}
				onKeyUp={(e) => { remember(e.currentTarget); anchor(e.currentTarget); }}
				onMouseUp={(e) => { remember(e.currentTarget); anchor(e.currentTarget); }}
				onKeyDown={(e) => {
					// Right after a line became a record, the browser's own undo would only put back the Enter.
					if (e.key.toLowerCase() === 'z' && (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && undoTakenLine()) {
						e.preventDefault();
						return;
					}
					if (e.key !== 'Tab' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || names[0] === undefined) return;
					e.preventDefault();
					complete(names[0]);
				}}
				onInput={(e) => input(e.currentTarget)}
				onPaste={(e) => {
					const raw = e.clipboardData?.getData('text/plain') ?? '';
					const url = raw.trim();
					setPasted(/^https?:\/\/\S+$/i.test(url) ? { from: e.currentTarget.selectionStart + raw.indexOf(url), url } : undefined);
				}}
			/>
			{pasted === undefined ? null : <PastedLink session={session} item={item} pasted={pasted} onDone={(said) => { setPasted(undefined); if (said !== undefined) setSaid(said); }} />}
			{names.length === 0 ? null : (
				<p class="suggest" aria-label="Names">
					<kbd>Tab</kbd>
					{names.map((name) => <button type="button" key={name} class="chip" onMouseDown={(e) => e.preventDefault()} onClick={() => complete(name)}>{name}</button>)}
				</p>
			)}
			<p id="notes-said" role="status" class="muted said">
				{said}
				{undoable ? <> <button type="button" class="link" onMouseDown={(e) => e.preventDefault()} onClick={() => undoTakenLine()}>Undo</button></> : null}
			</p>
		</>
	);
}
