// How much of a minutes file an import understood and an export kept, measured against the
// file's own text. The reference readers here are deliberately simple and separate from the
// importer's: they say what a reader of the file would count, so the importer is measured, not
// compared with itself.

import type { Meeting } from '../../src/core/types.ts';

/** The words of a text (runs of letters and digits), counted. */
export function words(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const [word] of text.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
	return counts;
}

/** Of the original's words, how many the output has (each counted as often as the original has it). */
export function wordsKept(original: string, output: string): { kept: number; total: number; lost: string[] } {
	const before = words(original);
	const after = words(output);
	let kept = 0;
	let total = 0;
	const lost: string[] = [];
	for (const [word, n] of before) {
		total += n;
		const m = Math.min(n, after.get(word) ?? 0);
		kept += m;
		if (m < n) lost.push(n - m === 1 ? word : `${word}×${n - m}`);
	}
	return { kept, total, lost };
}

/** A name as the file writes it, without handle, role or markup: "Anna Henningsen @addaleax (TSC)" → "Anna Henningsen". */
export function bareName(text: string): string {
	return text
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s[-–—]\s.*$/, '')
		.replace(/[*_`]/g, '')
		.replace(/\([^)]*\)/g, ' ')
		.replace(/(^|\s)@[\w-]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const LABEL = /^\s*(?:[-*+]\s+)?\**(Attendees|Attendance|Present|Participants|Regrets|Apologies|Absent|Guests|Chairs?|Moderators?|Scribes?(?:\(s\))?|Secretary|Note[- ]?takers?)\**\s*:\**\s*(.*)$/i;
const HEADING = /^#{1,6}\s+(Attendees|Attendance|Present|Participants|Regrets|Guests)\s*:?\s*$/i;

/** The people an attendance block of the file names (present, regrets and guests), or undefined where it has none. */
export function referenceAttendance(text: string): string[] | undefined {
	const lines = text.split('\n');
	const names: string[] = [];
	let found = false;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		const label = LABEL.exec(line);
		if (label !== null) {
			found = true;
			// The paragraph goes on to a blank line (a list wrapped over lines).
			let list = label[2] ?? '';
			// "Attendees:" alone, a blank line, then the names.
			if (list.trim() === '' && (lines[i + 1] ?? '').trim() === '' && !/^(#|\s*[-*+]\s|\*\*)/.test(lines[i + 2] ?? '')) i++;
			while (i + 1 < lines.length && (lines[i + 1] ?? '').trim() !== '' && !LABEL.test(lines[i + 1] ?? '') && !/^(#|\{:|\s*[-*+]\s)/.test(lines[i + 1] ?? '')) list += ` ${lines[++i]}`;
			names.push(...splitNames(list));
			continue;
		}
		if (!HEADING.test(line)) continue;
		found = true;
		// One name a bullet, to the next heading at the same level or above; sub-headings (### TSC) group them.
		const level = /^#+/.exec(line)?.[0].length ?? 1;
		let paragraph = '';
		for (let j = i + 1; j < lines.length; j++) {
			const next = lines[j] ?? '';
			const heading = /^(#+)\s/.exec(next);
			if (heading !== null && (heading[1]?.length ?? 0) <= level) break;
			const bullet = /^\s*[-*+]\s+(.+)$/.exec(next);
			if (LABEL.test(next)) break;
			if (bullet !== null) names.push(bareName(bullet[1] ?? ''));
			else if (heading === null && next.trim() !== '' && !/^\{:/.test(next) && !LABEL.test(next)) paragraph += ` ${next}`;
			if (next.trim() === '' || bullet !== null || heading !== null) {
				// A list of names has commas; "N/A, cancelled." is not one.
				if (paragraph.includes(',')) names.push(...splitNames(paragraph));
				paragraph = '';
			}
		}
		if (paragraph.includes(',')) names.push(...splitNames(paragraph));
	}
	return found ? [...new Set(names.filter((n) => n !== ''))] : undefined;
}

function splitNames(list: string): string[] {
	return list
		.replace(/\([^)]*\)/g, ' ')
		.replace(/\.$/, '')
		.split(/,|;|\band\b/)
		.map(bareName)
		.filter((n) => n !== '');
}

const SHOUTED = /^[\s>*_-]*(?:ACTION|RESOLUTION|RESOLVED|AI|TODO)\b\s*:?/;
const NAMED = /^[\s>*_-]*(?:Action(?: item)?|Resolution|Resolved|Decision|Decided|Consensus|Conclusion)\s*(?:#\d+)?\s*:/i;
const CHECKBOX = /^\s*[-*+]\s+\[[ xX]\]\s/;

/** Lines that mark an action or a decision (not a summary list's link back to one). */
export function referenceRecords(text: string): number {
	return text.split('\n').filter((line) => SHOUTED.test(line) || NAMED.test(line) || CHECKBOX.test(line)).length;
}

/** The names the meeting has for the people in its attendance block. */
export function attendeeNames(meeting: Meeting): string[] {
	return [...new Set(meeting.attendees.filter((a) => a.presence !== 'expected').map((a) => a.name))];
}
