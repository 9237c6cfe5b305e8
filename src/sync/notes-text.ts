// An item's notes as one typist's box sees them, on Yjs's sequence CRDT (Y.Text): what is typed
// here becomes a Yjs update to send, what comes from elsewhere is applied, and the caret is kept
// after the last character typed here (a relative position that sticks to the character on its
// left), so that two people typing at once, even at the same place, each keep their words whole
// and in order, and every machine ends with the same text.
//
// The building block for issue 15's notes merge; not wired into the journal yet (see the issue's
// note): the events will carry these updates, and the fold will apply them.

import * as Y from 'yjs';
import { notesEdit, type NotesEdit } from '../core/notes-merge.ts';

export interface NotesTyping {
	/** The notes as this machine has them. */
	text(): string;
	/** The box now holds `after`, its caret at `caret`: the one change that makes it so, as an update to send (empty when nothing changed). */
	type(after: string, caret: number): Uint8Array;
	/** Applies an update from elsewhere (any order: Yjs holds one until what it builds on has come); returns where the caret is now. */
	receive(update: Uint8Array): number;
	/** Where this box's caret is in the text. */
	caret(): number;
	/** Everything this machine has, as one update (for a machine that starts from it). */
	state(): Uint8Array;
}

export interface NotesTypingOptions {
	/** This typist's id in the CRDT: one per writer, never shared. */
	clientId: number;
	/** The notes to start from, as an update (`state()` of a machine that has them). */
	start?: Uint8Array;
}

export function notesTyping(options: NotesTypingOptions): NotesTyping {
	const doc = new Y.Doc();
	doc.clientID = options.clientId;
	if (options.start !== undefined) Y.applyUpdate(doc, options.start);
	const text = doc.getText('notes');
	let caret = Y.createRelativePositionFromTypeIndex(text, text.length, -1);
	const place = () => Y.createAbsolutePositionFromRelativePosition(caret, doc)?.index ?? text.length;
	return {
		text: () => text.toString(),
		type(after, at) {
			const edit = typedEdit(text.toString(), after, at);
			const before = Y.encodeStateVector(doc);
			doc.transact(() => {
				if (edit.removed.length > 0) text.delete(edit.from, edit.removed.length);
				if (edit.insert.length > 0) text.insert(edit.from, edit.insert);
			});
			// Left-sticky: a character another machine puts right here goes after the caret's own, not before it.
			caret = Y.createRelativePositionFromTypeIndex(text, at, -1);
			return edit.removed.length === 0 && edit.insert.length === 0 ? new Uint8Array() : Y.encodeStateAsUpdate(doc, before);
		},
		receive(update) {
			Y.applyUpdate(doc, update);
			return place();
		},
		caret: place,
		state: () => Y.encodeStateAsUpdate(doc),
	};
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
