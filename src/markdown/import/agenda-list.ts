// Reads the bullets under the agenda heading: one entry per top-level bullet, with its nested
// bullets as sub-items and wrapped lines joined. Text that is not a bullet is left for the
// caller to keep verbatim, and so is a nested list that is the discussion of its bullet rather
// than its sub-items (the Node.js TSC minutes these under the agenda bullet): one written as prose,
// or any, in an agenda that holds its discussion.

import type { LineContext } from '../line-scan.ts';

export interface AgendaEntry {
	start: number;
	end: number;
	text: string;
	subItems: string[];
	bullet: string;
}

/** An entry as it is read, with what tells sub-items from a discussion. */
interface ReadEntry extends AgendaEntry {
	/** Where the bullet's own lines end, before its nested list. */
	titleEnd: number;
	/** A nested bullet wrapped onto a line of its own, or a list nested deeper: written prose, not agenda lines. */
	prose: boolean;
	nestedIndent?: number;
}

export interface AgendaListResult {
	entries: AgendaEntry[];
	/** Line ranges that are not agenda bullets. */
	other: Array<{ start: number; end: number }>;
	/** The agenda holds its discussion (prose under a bullet, a speaker's line): every nested list is discussion. */
	discussed: boolean;
}

const BULLET = /^( {0,3}|\t)([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
/** A line that starts with who spoke: "Rod:", "Michael and James:", "Rich/Michael:", "Jeremiah & James:". */
const SPEAKER = /^(?!(?:Attendees|Present|Regrets|Apologies|Chair|Scribe|Agenda|Notes|Note|See|Re|Fwd):)\p{Lu}[\p{L}.'-]*(?:\s*(?:&|\/|,|and)\s*\p{Lu}[\p{L}.'-]*)*:\s/u;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const NESTED = /^([ \t]+)([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;

export function readAgendaList(lines: readonly string[], contexts: readonly LineContext[], start: number, end: number): AgendaListResult {
	const entries: ReadEntry[] = [];
	const other: AgendaListResult['other'] = [];
	let baseIndent: number | undefined;
	let current: ReadEntry | undefined;
	for (let i = start; i < end; i++) {
		const line = lines[i] ?? '';
		if (line.trim() === '') {
			current = undefined;
			continue;
		}
		// A heading interrupts a list with no blank line before it (CommonMark §4.2): the next group, not this bullet's notes.
		if (contexts[i] === 'text' && HEADING.test(line)) current = undefined;
		const top = contexts[i] === 'text' ? BULLET.exec(line) : null;
		const indent = top === null ? -1 : (top[1] ?? '').length;
		// "* Q: Who can nominate?" under a bullet is the discussion of it, not another item.
		const exchange = top !== null && entries.length > 0 && /^[QA]\s*:/.test(top[3] ?? '');
		if (top !== null && !exchange && (baseIndent === undefined || indent <= baseIndent)) {
			baseIndent ??= indent;
			current = { start: i, end: i + 1, titleEnd: i + 1, prose: false, text: (top[3] ?? '').trim(), subItems: [], bullet: top[2] ?? '-' };
			entries.push(current);
			continue;
		}
		const previous = entries.at(-1);
		const nested = contexts[i] === 'text' ? NESTED.exec(line) : null;
		if (nested !== null && previous !== undefined && previous.end === i - countBlank(lines, previous.end, i)) {
			previous.subItems.push((nested[3] ?? '').trim());
			const indent = (nested[1] ?? '').length;
			previous.nestedIndent ??= indent;
			if (indent > previous.nestedIndent) previous.prose = true;
			previous.end = i + 1;
			current = previous;
			continue;
		}
		// "Michael: Bot for the future is OK…" right under a bullet is what was said about it, not more of its
		// title: it and the lines after it, to the next bullet, are text of their own.
		if (exchange || (current !== undefined && current.subItems.length === 0 && SPEAKER.test(line))) current = undefined;
		if (current !== undefined && contexts[i] === 'text') {
			// A wrapped line of the bullet above.
			if (current.subItems.length > 0) {
				current.subItems[current.subItems.length - 1] += ` ${line.trim()}`;
				current.prose = true;
			} else {
				current.text += ` ${line.trim()}`;
				current.titleEnd = i + 1;
			}
			current.end = i + 1;
			continue;
		}
		const last = other.at(-1);
		if (last !== undefined && last.end === i) last.end = i + 1;
		else other.push({ start: i, end: i + 1 });
	}
	const first = entries[0]?.start ?? Infinity;
	const discussed = entries.some((e) => e.prose) || other.some((o) => o.start > first && SPEAKER.test(lines[o.start] ?? ''));
	for (const entry of entries) {
		// Not by length: a sub-item typed in Gavel may be long, and comes back one line.
		if (!entry.prose && !(discussed && entry.subItems.length > 0)) continue;
		other.push({ start: entry.titleEnd, end: entry.end });
		entry.subItems = [];
		entry.end = entry.titleEnd;
	}
	other.sort((a, b) => a.start - b.start);
	// The entries as they are, with the reader's own fields: a copy of each would cost 50 000 objects in a 1 MB agenda.
	return { entries, other, discussed };
}

function countBlank(lines: readonly string[], from: number, to: number): number {
	let blank = 0;
	for (let i = from; i < to; i++) if ((lines[i] ?? '').trim() === '') blank++;
	return blank;
}
