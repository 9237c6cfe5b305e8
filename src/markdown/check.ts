// Diagnostics for a minutes file: what the importer cannot read, what the meeting lacks
// (core/diagnostics.ts), and link references that resolve to nothing or are never used.

import { checkMeeting, type Diagnostic } from '../core/diagnostics.ts';
import { importMinutes } from './import/import-minutes.ts';
import { LINK_DEFINITION, scanLines } from './line-scan.ts';

export function checkMinutes(text: string, fileName?: string): Diagnostic[] {
	const result = importMinutes(text, fileName === undefined ? {} : { fileName });
	if (!result.ok) return result.errors;
	const notesText = result.lines.get('notes-text');
	const found = checkMeeting(result.meeting);
	// Where the notes stand under the notes heading rather than under each item, an item without a section has them there.
	const fromModel = found.filter((d) => !(d.code === 'empty-item' && notesText !== undefined)).map((d) => {
		const about = d.code === 'no-chair' ? 'attendees' : (d.recordId ?? d.itemId);
		// Every message has a place: the thing it is about, else the top of the file.
		const line = (about === undefined ? undefined : result.lines.get(about)) ?? 1;
		return { ...d, line, column: 1 };
	});
	const unattached = found.filter((d) => d.code === 'empty-item').length;
	if (notesText !== undefined && unattached > 0) {
		fromModel.push({ severity: 'warning', code: 'notes-unattached', line: notesText, column: 1, message: `the notes here are under the notes heading, not under the ${unattached === 1 ? 'agenda item' : `${unattached} agenda items`} they discuss: Gavel keeps them as written; to give each item its notes, put them under a heading named as the item` });
	}
	return [...result.warnings, ...fromModel, ...checkReferences(text)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

const normalise = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

export function checkReferences(text: string): Diagnostic[] {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const { contexts } = scanLines(lines);
	const defined = new Map<string, number>();
	const used = new Set<string>();
	const uses: Array<{ label: string; line: number; column: number }> = [];
	lines.forEach((line, i) => {
		if (contexts[i] !== 'text') return;
		if (!line.includes('[')) return;
		const definition = LINK_DEFINITION.exec(line);
		if (definition !== null) {
			const label = normalise(definition[1] ?? '');
			if (!defined.has(label)) defined.set(label, i + 1);
			return;
		}
		// Code spans hold no links: blank them out, keeping columns.
		const visible = !line.includes('`') ? line : line.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, (m) => ' '.repeat(m.length));
		// A label holds no unescaped bracket (CommonMark §6.3), which also keeps these scans linear.
		for (const match of visible.matchAll(/(?<!\\)\[((?:[^[\]\\]|\\.)*)\]\[((?:[^[\]\\]|\\.)*)\]/g)) {
			const label = normalise(match[2] === '' ? (match[1] ?? '') : (match[2] ?? ''));
			uses.push({ label, line: i + 1, column: (match.index ?? 0) + 1 });
		}
		for (const match of visible.matchAll(/(?<![\]\\])\[((?:[^[\]\\]|\\.)+)\](?![[(:])/g)) used.add(normalise(match[1] ?? ''));
	});
	const found: Diagnostic[] = [];
	for (const use of uses) {
		used.add(use.label);
		if (!defined.has(use.label)) {
			found.push({ severity: 'warning', code: 'undefined-link', line: use.line, column: use.column, message: `the link reference [${use.label}] is not defined: add a line "[${use.label}]: URL"` });
		}
	}
	for (const [label, line] of defined) {
		if (!used.has(label)) found.push({ severity: 'warning', code: 'unused-link', line, column: 1, message: `the link definition [${label}] is never used` });
	}
	return found;
}
