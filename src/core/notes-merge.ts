// Two panels typing into the same item's notes at once, for events that carry no CRDT update
// (journals from before core/notes-crdt.ts, keys typed in a panel's first moments before it
// loaded, the CLI): each such event carries, beside the whole new text, the one span it changed
// and what that span held, so the text it was typed on can be rebuilt. When the journal folds an
// event typed on other text than the notes in place (another panel's keys came in between), the
// two changes are merged: where they touch different places (or both insert at the same place)
// both are kept; where they overlap, the event wins and the text it replaced is kept as a
// conflict for the user to see and take back. Pure, and decided by the texts alone, so every
// panel folds the same notes. It keeps every key but can reorder two people's characters typed
// at one place at one moment; the CRDT, which merges everything typed once it is loaded, does not.

/** The span an edit replaced, on the text it was typed on. */
export interface NotesEdit {
	from: number;
	removed: string;
	insert: string;
}

/** The edit that turns `before` into `after`: one span, found by trimming what they share at each end. */
export function notesEdit(before: string, after: string): NotesEdit {
	const [start, end] = changedSpan(before, after);
	return { from: start, removed: before.slice(start, before.length - end), insert: after.slice(start, after.length - end) };
}

export interface Merged {
	text: string;
	/** The text the event replaced without merging, when the two changes overlapped. */
	lost?: string;
}

/** Folds `edit` (whose result was `full`) into the notes in place, `current`. */
export function mergeNotes(current: string, full: string, edit: NotesEdit): Merged {
	// An edit that does not describe its own result (not made by Gavel) is taken as it stands.
	if (full.slice(edit.from, edit.from + edit.insert.length) !== edit.insert) return { text: full };
	const base = full.slice(0, edit.from) + edit.removed + full.slice(edit.from + edit.insert.length);
	if (base === current) return { text: full };
	// What the others changed since the base: one span of it, replaced by theirs.
	const [start, end] = changedSpan(base, current);
	const theirs = { from: start, to: base.length - end, insert: current.slice(start, current.length - end) };
	const mine = { from: edit.from, to: edit.from + edit.removed.length, insert: edit.insert };
	if (mine.to <= theirs.from) return { text: base.slice(0, mine.from) + mine.insert + base.slice(mine.to, theirs.from) + theirs.insert + base.slice(theirs.to) };
	if (theirs.to <= mine.from) return { text: base.slice(0, theirs.from) + theirs.insert + base.slice(theirs.to, mine.from) + mine.insert + base.slice(mine.to) };
	return { text: full, lost: current };
}

/** How many characters `a` and `b` share at the start, and then at the end (not overlapping). */
function changedSpan(a: string, b: string): [start: number, end: number] {
	const max = Math.min(a.length, b.length);
	let start = 0;
	while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
	let end = 0;
	while (end < max - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
	return [start, end];
}
