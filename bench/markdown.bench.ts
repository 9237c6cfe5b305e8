// Import and export speed, measured (never asserted in tests): corpus files, generated minutes
// of 1 to 4 MB (to show the importer is linear), adversarial 1 MB inputs, and the export of a
// 40-item / 50 KB and a 400-item / 1 MB meeting; every reader of user text on adversarial 1 MB
// inputs (the worst of each is the budgeted figure). Run with `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createItem, createMeeting } from '../src/core/meeting.ts';
import type { Meeting } from '../src/core/types.ts';
import { exportMinutes } from '../src/markdown/export.ts';
import { importMinutes } from '../src/markdown/import/import-minutes.ts';
import { checkMinutes } from '../src/markdown/check.ts';
import { learnStyle } from '../src/markdown/style/learn-style.ts';
import { parseAgendaText } from '../src/core/agenda-text.ts';
import { parseNotesLine } from '../src/core/notes-commands.ts';

export interface Measure {
	name: string;
	unit: string;
	median: number;
	p95: number;
	runs: number;
}

// (Run with --expose-gc: each timed run starts from a collected heap, so it pays for its own garbage, not the last one's.)
const gc = (globalThis as { gc?: () => void }).gc;

function measure(name: string, runs: number, work: () => void): Measure {
	work(); // warm up
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		gc?.();
		const start = performance.now();
		work();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
	return { name, unit: 'ms', median: at(0.5), p95: at(0.95), runs };
}

function meetingOf(items: number, notesBytes: number): Meeting {
	const paragraph = 'Anil will tag the release once [CI][ci-1] is green; `mirage configure` needs one more fix. ';
	const notes = paragraph.repeat(Math.max(1, Math.round(notesBytes / items / paragraph.length)));
	return createMeeting({
		id: 'm', title: 'Weekly Meeting: 2026-11-25', date: '2026-11-25', chair: 'Amir Chaudhry',
		attendees: ['Amir Chaudhry', 'Anil Madhavapeddy', 'Dave Scott', 'Hannes Mehnert'].map((name, i) => ({ id: `p${i}`, name, presence: 'present' as const })),
		items: Array.from({ length: items }, (_, i) => createItem({ id: `i${i}`, title: `Topic number ${i}`, budget: 5, notes: notes.replace(/(.{70,79}) /g, '$1\n'), links: [{ id: `ref-${i}`, url: `https://github.com/mirage/mirage/pull/${i}` }] })),
		aob: '- Nothing else.',
		nextCall: '2026-12-09',
	});
}

export function run(corpusDir: string | undefined): Measure[] {
	const results: Measure[] = [];
	if (corpusDir !== undefined) {
		const files = readdirSync(corpusDir).filter((n) => /^\d{4}-\d{2}-\d{2}\.md$/.test(n)).map((n) => ({ n, t: readFileSync(join(corpusDir, n), 'utf8') }));
		results.push(measure(`import_corpus_all_${files.length}_ms`, 20, () => files.forEach((f) => importMinutes(f.t, { fileName: f.n }))));
	}
	const mb = (size: number) => exportMinutes(meetingOf(Math.round(400 * size), 1_000_000 * size), 'mirage-www').markdown;
	const one = mb(1);
	const four = mb(4);
	const importOne = measure('import_1mb_ms', 10, () => importMinutes(one, { fileName: 'x.md' }));
	const importFour = measure('import_4mb_ms', 5, () => importMinutes(four, { fileName: 'x.md' }));
	results.push(importOne, importFour, { name: 'import_linear_ratio', unit: 'x', median: importFour.median / importOne.median, p95: importFour.p95 / importOne.p95, runs: 5 });

	const adversarial: Record<string, string> = {
		'one long line': 'x '.repeat(500_000),
		'heading with a million spaces': `# a${' '.repeat(1_000_000)}b`,
		'brackets': '['.repeat(1_000_000),
		'hash runs': '# # # '.repeat(170_000),
		'bullets': '- x\n'.repeat(250_000),
		'headings': '#### x ####\n\ny\n\n'.repeat(60_000),
		'agenda and topics': `### Agenda ###\n\n${'- topic\n'.repeat(60_000)}\nAttendees: A\n\n${'#### topic\n\n'.repeat(60_000)}`,
		'attendees lines': 'Attendees: A\n\n'.repeat(70_000),
		'comments': '<!--\n'.repeat(200_000),
		'link definitions': '[a]: http://e.org\n'.repeat(55_000),
		'emphasis and ticks': '*_`'.repeat(330_000),
	};
	adversarial['a line of spaces'] = `a${' '.repeat(1_000_000)}b`;
	adversarial['grouped agenda with discussion'] = `## Agenda\n\n${'### g\n\n* x\n  * y\n    z\n'.repeat(40_000)}`;
	// A JSON-LD list of 20 000 attendees in the front matter, and the same names present: the style learner's repeats.
	const people = Array.from({ length: 20_000 }, (_, i) => `Person ${i}`);
	adversarial['attendee list in the front matter'] = `---\ndate: 2020-01-01\njson-ld: |\n${people.map((n) => `    {\n        "name": "${n}"\n    },`).join('\n')}\n---\n\n**Present:** ${people.join(', ')}\n`;
	// Lines typed as commands in the notes (present+, action:, s///), at their worst.
	adversarial['present list of spaces'] = `present+ ${' '.repeat(1_000_000)}x`;
	adversarial['action of words'] = `action: ${'a '.repeat(500_000)}`;
	adversarial['correction of slashes'] = `s/${'\\/'.repeat(500_000)}`;
	// Every reader of user text: the importer, `gavel check`, the pasted-agenda parser, the notes commands.
	const readers: Array<[string, (text: string) => unknown]> = [
		['import', (text) => importMinutes(text, { fileName: '2020-01-01.md' })],
		['check', (text) => checkMinutes(text, '2020-01-01.md')],
		['agenda_text', (text) => parseAgendaText(text)],
		['notes_lines', (text) => text.split('\n').map(parseNotesLine)],
		['learn_style', (text) => learnStyle(text, '2020-01-01.md')],
	];
	for (const [reader, read] of readers) {
		let worst = 0;
		for (const [name, text] of Object.entries(adversarial)) {
			const m = measure(`${reader}_adversarial_${name.replace(/\W+/g, '_')}_ms`, 3, () => read(text));
			if (reader === 'import') results.push(m);
			worst = Math.max(worst, m.median);
		}
		results.push({ name: `${reader}_adversarial_1mb_ms`, unit: 'ms', median: worst, p95: worst, runs: 3 });
	}

	// The exporter escapes notes: pathological notes must not slow it down either.
	let worstExport = 0;
	for (const text of Object.values(adversarial)) {
		const meeting = createMeeting({ id: 'm', title: 'T', date: '2026-11-25', items: [createItem({ id: 'a', title: 'A', notes: text })], aob: text });
		worstExport = Math.max(worstExport, measure('export_adversarial', 3, () => exportMinutes(meeting, 'mirage-www')).median);
	}
	results.push({ name: 'export_adversarial_1mb_ms', unit: 'ms', median: worstExport, p95: worstExport, runs: 3 });

	for (const [name, meeting] of [['export_40_items_ms', meetingOf(40, 50_000)], ['export_400_items_ms', meetingOf(400, 1_000_000)]] as const) {
		results.push(measure(name, 30, () => exportMinutes(meeting, 'mirage-www')));
		results.push(measure(name.replace('export', 'export_plain'), 30, () => exportMinutes(meeting, 'plain')));
	}
	return results;
}
