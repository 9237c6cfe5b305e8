// Learns a site's house style from one of its published minutes files: the file is imported,
// and the layout the importer kept (which block held what) says how each part was written. Text
// every file of the site would have (the title heading, kramdown's TOC) is kept as a template;
// text that was this meeting's own (what was said) is not.

import type { Diagnostic } from '../../core/diagnostics.ts';
import type { AgendaItem, Attendee, SourceBlock } from '../../core/types.ts';
import { escapeHeading } from '../escape.ts';
import { attendanceLabel, isAttendanceHeading, labelKind } from '../import/attendance.ts';
import { importMinutes } from '../import/import-minutes.ts';
import { marksIn, recordSection } from '../marks.ts';
import { atxHeading, IAL, SITE_MARKUP } from '../line-scan.ts';
import { sectionTitle } from '../mirage-www.ts';
import type { AgendaPart, AttendancePart, HouseStyle, LabelledNames, ListedNames, SectionsPart } from '../../core/house-style.ts';
import { generalize, generalizeDate, NUMBERED, ONE_A_BULLET, peopleLists } from './templates.ts';


export type LearnResult = { ok: true; style: HouseStyle } | { ok: false; errors: Diagnostic[] };

export function learnStyle(markdown: string, fileName: string): LearnResult {
	const imported = importMinutes(markdown, { fileName });
	if (!imported.ok) return imported;
	const meeting = imported.meeting;
	const source = meeting.source;
	const values = { date: meeting.date, title: meeting.title, lists: peopleLists(meeting), ...(meeting.summary === undefined ? {} : { summary: meeting.summary }), ...(meeting.chair === undefined ? {} : { chair: meeting.chair }), ...(meeting.secretary === undefined ? {} : { secretary: meeting.secretary }) };
	const style: HouseStyle = { learnedFrom: fileName, fileName: generalizeDate(fileName.replace(/^.*[\\/]/, ''), meeting.date), parts: [] };
	const parts = style.parts;
	const byId = new Map(meeting.items.map((i) => [i.id, i]));
	let agenda: (AgendaPart & { lead: string }) | undefined;
	// The agenda's text before its first bullet, and whether that bullet was seen.
	const intro: SourceBlock[] = [];
	let listed = false;
	let inAgenda = false;
	// Text before the first part that holds the meeting is the site's header, kept whatever it says.
	let header = true;
	for (const block of source?.blocks ?? []) {
		const key = block.key;
		const lead = parts.length === 0 ? '' : block.lead;
		if (key === 'front-matter') {
			style.frontMatter = frontMatterTemplates(block.raw, values);
			continue;
		}
		if (key === undefined) {
			if (block.raw.trim() === '') continue;
			const heading = atxHeading(block.raw.split('\n')[0] ?? '');
			if (inAgenda && agenda !== undefined) {
				// "### nodejs/node": the groups are written from each item's own.
				if (heading !== undefined) agenda.groupLevel ??= heading.level;
				if (!listed) intro.push(block);
				continue;
			}
			// "## Present" over "N/A, meeting cancelled.": the site's attendance, though this file named nobody.
			if (heading !== undefined && isAttendanceHeading(heading.text) && !parts.some((p) => p.kind === 'attendance')) {
				parts.push({ kind: 'attendance', lead, heading: block.raw.split('\n')[0] ?? '', form: { ...ONE_A_BULLET, bullet: source?.style.bullet ?? '*' } });
				header = false;
				continue;
			}
			if (header || block.raw.split('\n').every((l) => SITE_MARKUP.test(l))) parts.push({ kind: 'text', lead, text: generalize(block.raw, values) });
			continue;
		}
		const item = /^item:([^:]+):/.exec(key)?.[1];
		if (key === 'summary' || key === 'notes-heading' || key === 'aob-separator') {
			parts.push({ kind: 'text', lead, text: generalize(block.raw, values), ...(key === 'notes-heading' ? { overContent: true as const } : {}) });
			inAgenda = false;
		} else if (key === 'attendees') {
			parts.push({ lead, ...attendance(block.raw, meeting.attendees) });
			header = false;
			inAgenda = false;
		} else if (key === 'agenda-heading') {
			agenda = { kind: 'agenda', lead, heading: block.raw, bullet: '*', notesUnder: false };
			parts.push(agenda);
			header = false;
			inAgenda = true;
		} else if (key.startsWith('agenda:')) {
			if (agenda !== undefined && !listed) {
				agenda.bullet = /^ {0,3}([-*+]) /.exec(block.raw)?.[1] ?? agenda.bullet;
				// What stands between the agenda's heading and its first bullet's group ("### Announcements" over the
				// line every agenda has) is the agenda's own opening.
				if (atxHeading(intro.at(-1)?.raw ?? '') !== undefined) intro.pop();
				agenda.heading += intro.map((b) => b.lead + generalize(b.raw, values)).join('');
				listed = true;
			}
		} else if (item !== undefined && key.endsWith(':notes') && inAgenda && agenda !== undefined) {
			agenda.notesUnder = true;
		} else if (item !== undefined && (key.endsWith(':heading') || (key.endsWith(':notes') && byId.get(item)?.untitled === true))) {
			inAgenda = false;
			const last = parts.at(-1);
			const section = byId.get(item);
			const leading = !parts.some((p) => p.kind === 'attendance' || p.kind === 'agenda') && section !== undefined && section.untitled !== true ? [sectionTitle(section)] : undefined;
			if (last?.kind === 'sections') {
				if (leading !== undefined) (last.leading ??= []).push(...leading);
			} else {
				parts.push({ kind: 'sections', lead, heading: '', ...(leading === undefined ? {} : { leading }) });
				header = false;
			}
		} else if (key === 'aob-heading') {
			parts.push({ kind: 'aob', lead, heading: block.raw });
			inAgenda = false;
		} else if (key === 'links') parts.push({ kind: 'links', lead });
	}
	const sections = parts.filter((p): p is SectionsPart & { lead: string } => p.kind === 'sections');
	const heading = sectionHeading(source?.blocks ?? [], meeting.items.filter((i) => i.untitled !== true));
	for (const part of sections) part.heading = heading;
	const records = recordForms(meeting.items);
	if (records.decision !== undefined || records.action !== undefined) style.records = records;
	return { ok: true, style };
}

/** The first decision and action the file marked in its notes, as templates: "> ***Resolution #{n}: {text}***" and the line under it. */
function recordForms(items: readonly AgendaItem[]): NonNullable<HouseStyle['records']> {
	const forms: NonNullable<HouseStyle['records']> = {};
	for (const item of items) {
		// A recap ("Resolutions", "Action items") lists records made above it, in its own form.
		if (recordSection(item.heading ?? item.title) !== undefined) continue;
		const marks = marksIn(item);
		if (marks.length === 0) continue;
		const lines = item.notes.split('\n');
		for (const { line, mark } of marks) {
			const kind = 'decision' in mark ? 'decision' : 'action';
			if (forms[kind] !== undefined) continue;
			const text = 'decision' in mark ? mark.decision.text : mark.action.text;
			const owner = 'action' in mark ? mark.action.owner : '';
			let template = (lines[line] ?? '').replace(text, '{text}');
			if (!template.includes('{text}')) continue;
			if (owner !== '') template = template.replace(owner, '{owner}');
			const number = /#\s*(\d+)/.exec(template);
			if (number !== null) template = template.replace(number[0], number[0].replace(number[1] ?? '', '{n}'));
			const under = lines[line + 1] ?? '';
			if (number !== null && IAL.test(under) && under.includes(number[1] ?? '')) template += `\n${under.replace(number[1] ?? '', '{n}')}`;
			forms[kind] = template;
		}
	}
	return forms;
}

function frontMatterTemplates(raw: string, values: Parameters<typeof generalize>[1]): Array<{ key: string; value: string }> {
	const keys: Array<{ key: string; value: string }> = [];
	for (const line of raw.split('\n').slice(1, -1)) {
		const match = /^([A-Za-z_][\w-]*):[ \t]?(.*)$/.exec(line);
		const last = keys.at(-1);
		if (match !== null) keys.push({ key: match[1] ?? '', value: match[2] ?? '' });
		// A nested or folded value's lines go with its key.
		else if (last !== undefined) last.value += `\n${line}`;
	}
	return keys.map(({ key, value }) => ({ key, value: generalize(value, values) }));
}

/** How a section is headed: the first one's heading around its title, its number as {n}, and the line every section has under it. */
function sectionHeading(blocks: readonly SourceBlock[], items: readonly AgendaItem[]): string {
	// Each item's heading line as the file wrote it, by item id.
	const raw = new Map<string, string>();
	for (const b of blocks) if (b.key?.endsWith(':heading') === true && b.key.startsWith('item:')) raw.set(b.key.slice('item:'.length, -':heading'.length), b.raw);
	const headed = items.filter((i) => raw.has(i.id));
	const first = headed[0];
	if (first === undefined) return '## {title}';
	const line = raw.get(first.id) ?? '';
	const title = escapeHeading(sectionTitle(first));
	const at = line.lastIndexOf(title);
	let template = at < 0 ? line.replace(/^(#+\s+).*?(\s*#*\s*)$/, '$1{title}$2') : `${line.slice(0, at)}{title}${line.slice(at + title.length)}`;
	// "### 1. Pull request review": numbered in order, so each new one is.
	const numbered = headed.every((item, n) => NUMBERED.exec(sectionTitle(item))?.[1] === String(n + 1));
	if (numbered) template = template.replace('{title}', `{n}${NUMBERED.exec(sectionTitle(first))?.[2] ?? '.'} {title}`);
	// "{: #section1}" under each heading, numbered as it is.
	const under = headed.map((item, n) => {
		const end = item.notes.indexOf('\n');
		const firstLine = end < 0 ? item.notes : item.notes.slice(0, end);
		return IAL.test(firstLine) ? firstLine.replaceAll(String(n + 1), '{n}') : undefined;
	});
	// The line most sections have: one that a section says otherwise ("{: #res}" over the resolutions) does not count against it.
	const counts = new Map<string, number>();
	for (const u of under) if (u !== undefined) counts.set(u, (counts.get(u) ?? 0) + 1);
	const [after, count = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
	if (after !== undefined && count * 2 > headed.length) template += `\n${after}`;
	return template;
}

function attendance(raw: string, people: readonly Attendee[]): AttendancePart {
	const lines = raw.split('\n');
	let start = 0;
	while (start < lines.length && (atxHeading(lines[start] ?? '') !== undefined || IAL.test(lines[start] ?? ''))) start++;
	const heading = start > 0 ? lines.slice(0, start).join('\n') : undefined;
	const body = lines.slice(start);
	const form = body.some((l) => attendanceLabel(l) !== undefined && !/^ {0,3}[-*+] /.test(l)) ? labelled(body, people) : listed(body, people);
	return heading === undefined ? { kind: 'attendance', form } : { kind: 'attendance', heading, form };
}

function labelled(lines: readonly string[], people: readonly Attendee[]): LabelledNames {
	const labels: LabelledNames['labels'] = [];
	let blank = 0;
	let andLast = false;
	let rolesPresent = false;
	for (const line of lines) {
		const label = attendanceLabel(line);
		if (label === undefined) {
			if (line.trim() === '') blank++;
			continue;
		}
		labels.push({ lead: '\n'.repeat(blank + 1), who: label.kind, template: `${line.slice(0, line.length - label.rest.length)}{names}` });
		blank = 0;
		if (label.kind === 'present') {
			andLast ||= / and [^,]+$/.test(label.rest);
			rolesPresent ||= people.some((p) => p.role !== undefined && label.rest.includes(p.name));
		}
	}
	return { kind: 'labels', labels, andLast, rolesPresent };
}

function listed(lines: readonly string[], people: readonly Attendee[]): ListedNames {
	const bullets = lines.filter((l) => /^ {0,3}[-*+] /.test(l));
	const bullet = bullets[0]?.trimStart()[0] ?? '*';
	// The form of the fullest entry: name, handle and note where one has all three (among the first few: one form serves all).
	const forms = bullets.slice(0, 50).map((line) => {
		const text = line.replace(/^ {0,3}[-*+] +/, '');
		const person = people.find((p) => text.includes(p.name));
		if (person === undefined) return undefined;
		let entry = text.replace(person.name, '{name}');
		if (person.handle !== undefined) entry = entry.replace(person.handle, '{handle}');
		if (person.note !== undefined) entry = entry.replace(person.note, '{note}');
		return { entry, fields: Number(person.handle !== undefined) + Number(person.note !== undefined) };
	});
	const best = forms.reduce<{ entry: string; fields: number } | undefined>((a, b) => (b !== undefined && (a === undefined || b.fields > a.fields) ? b : a), undefined);
	const firstBullet = lines.findIndex((l) => /^ {0,3}[-*+] /.test(l));
	const gapBetweenNotes = lines.slice(firstBullet).some((l, i, all) => l.trim() === '' && /^ {0,3}[-*+] /.test(all[i + 1] ?? ''));
	// "## Not present", "Regrets:" over the names of those who sent them.
	const regrets = lines.slice(firstBullet).find((l) => {
		const heading = atxHeading(l);
		if (heading !== undefined) return labelKind(heading.text) === 'regrets';
		const label = attendanceLabel(l);
		return label?.kind === 'regrets' && label.rest === '';
	});
	return { kind: 'bullets', bullet, entry: best?.entry ?? '{name}', gapBetweenNotes, ...(regrets === undefined ? {} : { regrets }) };
}
