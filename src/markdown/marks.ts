// The actions and decisions other communities mark in their minutes, as they write them:
// "ACTION: Anil to tag 4.2", "Action item: @ada update the docs", "AI: Bob - file the bug",
// "- [ ] ada: write the post", scribejs's "> ***Action #1: talk to David (Ivan Herman)***",
// "RESOLUTION: …", "Resolved: …", "Decision: …", "Consensus: …", "Conclusion: …"; and the bullets
// of a section headed "Action items" or "Decisions". A line is a mark only where it starts with
// one: "**Wendy Reid:** the action is…" is what Wendy said (a transcript is notes).

import { parseNotesLine } from '../core/notes-commands.ts';
import type { Action, AgendaItem, Decision } from '../core/types.ts';
import { scanLines } from './line-scan.ts';

export type Mark = { action: Omit<Action, 'id'> } | { decision: Omit<Decision, 'id'> };

// Quote markers, a bullet and emphasis may stand before the keyword ("> ***Resolution #2: …***").
const LEAD = /^ {0,3}(?:> ?)*(?:[-*+] +)?(?:\*{1,3}|_{1,3})?/;
const KEYWORD = /^(action(?: items?)?|ai|todo|resolution|resolved|decision|decided|agreed|consensus|conclusion)(?: *#? *\d+)? *(?:\*{1,3}|_{1,3})? *: *(?:\*{1,3}|_{1,3})? *(.*?) *(?:\*{1,3}|_{1,3})? *$/i;
const CHECKBOX = /^ {0,3}[-*+] +\[( |x|X)\] +(.+)$/;

/** The action or decision a line of notes marks, if it starts with a mark. */
export function readMark(line: string): Mark | undefined {
	const box = CHECKBOX.exec(line);
	if (box !== null) return { action: { ...owned(box[2] ?? ''), status: box[1] === ' ' ? 'open' : 'done' } };
	const body = line.replace(LEAD, '');
	const match = KEYWORD.exec(body);
	const text = match?.[2] ?? '';
	if (match === null || text === '' || !/[\p{L}\p{N}]/u.test(text)) return undefined;
	const keyword = (match[1] ?? '').toLowerCase();
	// "AI:" alone in lower case is a word, not a mark; W3C and MeetBot write it in capitals.
	if (keyword === 'ai' && match[1] !== 'AI') return undefined;
	if (/^(?:action|ai|todo)/.test(keyword)) return { action: { ...owned(text), status: 'open' } };
	return { decision: { text } };
}

/** A bullet of a section headed "Action items" or "Decisions": every one is a record. */
export function recordSection(title: string): 'action' | 'decision' | undefined {
	const name = title.trim().replace(/^\d+(?:\.\d+)*\.?\s+/, '').replace(/:$/, '');
	if (/^(?:action items?|actions?|next steps|to-?dos?|follow-?ups?)$/i.test(name)) return 'action';
	if (/^(?:decisions?(?: made)?|resolutions?|agreements?|conclusions?)$/i.test(name)) return 'decision';
	return undefined;
}

const SECTION_BULLET = /^ {0,3}[-*+] +(.+)$/;

/** A bullet of a record section as a record; a link back to a mark above ("[Resolution #1](#resolution1): …") is not a new one. */
export function readSectionBullet(line: string, kind: 'action' | 'decision'): Mark | undefined {
	const bullet = SECTION_BULLET.exec(line);
	if (bullet === null || /^\[[^\]]*\]\(#[^)]*\)/.test(bullet[1] ?? '')) return undefined;
	const mark = readMark(line);
	if (mark !== undefined) return mark;
	const text = (bullet[1] ?? '').trim();
	return kind === 'action' ? { action: { ...owned(text), status: 'open' } } : { decision: { text } };
}

/**
 * The owner an action's text names, and its due date: "Anil to tag 4.2", "@ada update the docs",
 * "Bob - file the bug", "ada: write the post", "talk to David (Ivan Herman)", "[Ada] review",
 * "… (due 2026-12-01)", "… by 2026-12-01".
 */
export function owned(text: string): Pick<Action, 'owner' | 'text' | 'due'> {
	let rest = text.trim();
	let due: string | undefined;
	const dated = /\s*\(?\b(?:due|by)[: ]\s*(\d{4}-\d\d-\d\d)\)?\.?$/i.exec(rest);
	if (dated !== null) {
		due = dated[1];
		rest = rest.slice(0, dated.index);
	}
	const withDue = (owner: string, what: string) => (due === undefined ? { owner, text: what } : { owner, text: what, due });
	const bracket = /^\[([^\]]{1,40})\]\s+(.+)$/.exec(rest);
	if (bracket !== null && !/^[ xX]$/.test(bracket[1] ?? '')) return withDue(bracket[1] ?? '', bracket[2] ?? '');
	const handle = /^(@[\w-]+)[:,]?\s+(.+)$/.exec(rest);
	if (handle !== null) return withDue(handle[1] ?? '', (handle[2] ?? '').replace(/^to\s+/i, ''));
	// scribejs puts the owner last: "talk to David (Ivan Herman)".
	const trailing = /^(.+?)\s+\(((?:\p{Lu}[\p{L}'.-]*)(?: \p{Lu}[\p{L}'.-]*){0,3}|@[\w-]+)\)$/u.exec(rest);
	if (trailing !== null) return withDue(trailing[2] ?? '', trailing[1] ?? '');
	const named = /^((?:\p{Lu}[\p{L}'./-]*|\p{Ll}[\p{L}./-]*)(?: \p{Lu}[\p{L}'.-]*){0,2})(?: to | will |: | - | – | — )(.+)$/u.exec(rest);
	if (named !== null) return withDue(named[1] ?? '', named[2] ?? '');
	return withDue('', rest);
}

/** Every record an item's notes mark, with the index of its line in the notes. */
export function marksIn(item: Pick<AgendaItem, 'notes' | 'title' | 'heading'>): Array<{ line: number; mark: Mark }> {
	const section = recordSection(item.heading ?? item.title);
	if (section === undefined && !/:|\[[ xX]\]/.test(item.notes)) return [];
	const found: Array<{ line: number; mark: Mark }> = [];
	const lines = item.notes.split('\n');
	const { contexts } = scanLines(lines);
	lines.forEach((line, n) => {
		// Not in code, nor a line typed as a command (those are records already, or escaped as prose).
		if (contexts[n] !== 'text' || parseNotesLine(line) !== undefined) return;
		const mark = section === undefined ? readMark(line) : readSectionBullet(line, section);
		if (mark !== undefined) found.push({ line: n, mark });
	});
	return found;
}

/** The records an item's notes hold as marked lines: exports leave those to the notes, so none is written twice. */
export function markedInNotes(item: Pick<AgendaItem, 'notes' | 'title' | 'heading'>): { decisions: Set<string>; actions: Set<string> } {
	const found = { decisions: new Set<string>(), actions: new Set<string>() };
	for (const { mark } of marksIn(item)) {
		if ('decision' in mark) found.decisions.add(mark.decision.text);
		else found.actions.add(actionKey(mark.action));
	}
	return found;
}

export function actionKey(action: Pick<Action, 'owner' | 'text'>): string {
	return `${action.owner}\u0000${action.text}`;
}
