// Writes a meeting in a house style learned from one of its site's files (learn-style.ts): the
// style's parts in its order, each filled from the model. A profile like the built-in ones, so
// the panel, the CLI and the tests export with it the same way.

import type { AgendaItem, Attendee, Meeting } from '../../core/types.ts';
import { joinNames } from '../attendees-line.ts';
import { escapeHeading, escapeInline, escapeNotes, trimBlankLines } from '../escape.ts';
import { atxHeading, IAL } from '../line-scan.ts';
import { hasSection, sectionTitle } from '../mirage-www.ts';
import type { Block, Profile } from '../profile.ts';
import { actionKey, markedInNotes, marksIn } from '../marks.ts';
import { actionLine, decisionLine, recordLines } from '../records.ts';
import type { AgendaPart, AttendancePart, HouseStyle, LabelledNames, ListedNames, SectionsPart } from '../../core/house-style.ts';
import { fill, NUMBERED, ONE_A_BULLET, peopleLists, type TemplateValues } from './templates.ts';

export function styleProfile(style: HouseStyle): Profile {
	return {
		name: `learned:${style.learnedFrom}`,
		description: `the house style of ${style.learnedFrom}`,
		fileName: (meeting) => fill(style.fileName, { date: meeting.date }),
		blocks: (meeting) => styleBlocks(meeting, style),
		extras: () => [],
	};
}

function styleBlocks(meeting: Meeting, learned: HouseStyle): Block[] {
	const style = withEveryPart(learned);
	const values: TemplateValues = { date: meeting.date, title: meeting.title, summary: meeting.summary ?? meeting.title, chair: meeting.chair ?? '', secretary: meeting.secretary ?? '', lists: peopleLists(meeting) };
	const blocks: Block[] = [];
	const add = (key: string, lead: string, text: string) => {
		if (text !== '') blocks.push({ key, lead: blocks.length === 0 ? '' : lead || '\n\n', text });
	};
	if (style.frontMatter !== undefined) add('front-matter', '', ['---', ...style.frontMatter.map((k) => `${k.key}: ${fill(k.value, values)}`), '---'].join('\n'));
	// A site whose minutes have no agenda list has a section for every item, notes or not yet; an item
	// the agenda does not list has its heading written even with nothing under it ("## Q&A, Other"):
	// there is no other place for its title.
	const listed = style.parts.some((p) => p.kind === 'agenda');
	const sectioned = meeting.items.filter((i) => (hasSection(i, meeting) || !listed || i.unplanned === true) && !notesUnderAgenda(i, style));
	const sectionParts = style.parts.filter((p) => p.kind === 'sections');
	// A section headed as one the file had over its attendance ("Links") goes there; every other after the agenda.
	const leading = new Set(sectionParts.length > 1 ? (sectionParts[0]?.leading ?? []).map((t) => t.toLowerCase()) : []);
	const isLeading = (item: AgendaItem) => leading.has(sectionTitle(item).toLowerCase());
	let numbered = 0;
	const counted: Counted = { decision: 0, action: 0 };
	// Headings over what follows ("## Notes"): kept only where something under them does.
	const overContent = new Set<string>();
	style.parts.forEach((part, index) => {
		switch (part.kind) {
			case 'text':
				add(`text:${index}`, part.lead, fill(part.text, values));
				if (part.overContent === true) overContent.add(`text:${index}`);
				break;
			case 'attendance':
				add('attendees', part.lead, attendance(meeting.attendees, meeting, part));
				break;
			case 'agenda':
				add('agenda', part.lead, agenda(meeting, part, style, counted));
				break;
			case 'sections': {
				const first = part === sectionParts[0];
				const last = part === sectionParts.at(-1);
				const mine = sectioned.filter((i) => (isLeading(i) ? first : last));
				mine.forEach((item, n) => {
					const lead = n === 0 ? part.lead : '\n\n';
					if (item.untitled === true) add(`item:${item.id}:notes`, lead, notesText(item.notes, levelOf(part.heading)));
					else writeSection(item, ++numbered, part, lead, add);
					add(`item:${item.id}:records`, '\n\n', recordsOf(item, style, counted).join(style.records === undefined ? '\n' : '\n\n'));
					add(`item:${item.id}:links`, '\n\n', definitions(item.links));
				});
				break;
			}
			case 'aob':
				if (meeting.aob.trim() !== '') {
					add('aob-heading', part.lead, part.heading);
					add('aob', '\n\n', notesText(meeting.aob, levelOf(part.heading)));
				}
				break;
			case 'links':
				add('links', part.lead, definitions(meeting.links));
				break;
		}
	});
	if (!style.parts.some((p) => p.kind === 'links')) add('links', '\n\n', definitions(meeting.links));
	return blocks.filter((block, i) => {
		const next = blocks[i + 1];
		return !overContent.has(block.key) || (next !== undefined && headingLevel(next.text) > headingLevel(block.text));
	});
}

/**
 * The style with a place for everything a meeting can hold, so none of it is left out: sections (for
 * unplanned items) and AoB after the rest, and the attendance before the agenda, headed like the
 * file's sections, where the file had none.
 */
function withEveryPart(style: HouseStyle): HouseStyle {
	const parts = [...style.parts];
	const sections = parts.find((p) => p.kind === 'sections');
	const level = sections === undefined ? 2 : levelOf(sections.heading);
	if (sections === undefined) parts.push({ kind: 'sections', lead: '\n\n', heading: '## {title}' });
	if (!parts.some((p) => p.kind === 'attendance')) {
		// Before the agenda, or the sections that hold the meeting's items.
		const at = parts.findIndex((p) => p.kind === 'agenda' || (p.kind === 'sections' && p.leading === undefined));
		const bullet = parts.find((p) => p.kind === 'agenda')?.bullet ?? '*';
		parts.splice(at < 0 ? parts.length : at, 0, { kind: 'attendance', lead: '\n\n', heading: `${'#'.repeat(level)} Attendees`, form: { ...ONE_A_BULLET, bullet } });
	}
	if (!parts.some((p) => p.kind === 'aob')) parts.push({ kind: 'aob', lead: '\n\n', heading: `${'#'.repeat(level)} Any other business` });
	return { ...style, parts };
}

/** Records numbered through the meeting ("Resolution #2"), those the notes mark included. */
interface Counted {
	decision: number;
	action: number;
}

/** The item's records its notes do not mark, as the site marks them (or as bullets, where the file marked none). */
function recordsOf(item: AgendaItem, style: HouseStyle, counted: Counted): string[] {
	const forms = style.records;
	if (forms === undefined) return recordLines(item);
	for (const { mark } of marksIn(item)) counted['decision' in mark ? 'decision' : 'action']++;
	const marked = markedInNotes(item);
	const decisions = item.decisions.filter((d) => !marked.decisions.has(d.text)).map((d) => (forms.decision === undefined ? decisionLine(d) : fill(forms.decision, { text: escapeInline(d.text), n: String(++counted.decision) })));
	const actions = item.actions.filter((a) => !marked.actions.has(actionKey(a))).map((a) => (forms.action === undefined ? actionLine(a) : fill(forms.action, { text: escapeInline(a.text), owner: escapeInline(a.owner), n: String(++counted.action) })));
	return [...decisions, ...actions];
}

function definitions(links: AgendaItem['links']): string {
	return links.map((l) => `[${l.id}]: ${l.url}${l.title === undefined ? '' : ` "${l.title}"`}`).join('\n');
}

/** Notes as they stand under a heading of `level`: headings that would end the section escaped. */
function notesText(notes: string, level: number): string {
	return trimBlankLines(escapeNotes(notes, level));
}

/** The level of the heading a block starts with; 7, below every level, for one that starts with none. */
function headingLevel(text: string): number {
	return atxHeading(text.split('\n')[0] ?? '')?.level ?? 7;
}

function levelOf(heading: string): number {
	return /^#{1,6}/.exec(heading)?.[0].length ?? 2;
}

function writeSection(item: AgendaItem, n: number, part: SectionsPart, lead: string, add: (key: string, lead: string, text: string) => void): void {
	const [heading = '', after] = part.heading.split('\n');
	const title = heading.includes('{n}') ? sectionTitle(item).replace(NUMBERED, '') : sectionTitle(item);
	const [before = '', behind = ''] = heading.split('{title}').map((side) => fill(side, { n: String(n) }));
	// After "### 2. " a title starts no block and names no section of the minutes ("AOB" alone would).
	const inner = /^#{1,6} $/.test(before) ? escapeHeading(title) : escapeInline(`x${title}`).slice(1);
	const line = `${before}${inner}${behind}`;
	const notes = notesText(item.notes, levelOf(heading));
	// Notes imported with a line under their heading ("{: #res}") already hold theirs.
	const under = after === undefined || IAL.test(notes.split('\n')[0] ?? '') ? undefined : fill(after, { n: String(n) });
	add(`item:${item.id}:heading`, lead, under === undefined ? line : `${line}\n${under}`);
	add(`item:${item.id}:notes`, under === undefined && after !== undefined ? '\n' : '\n\n', notes);
}

/** In an agenda that holds its discussion, an item with no heading of its own has its notes under its bullet. */
function notesUnderAgenda(item: AgendaItem, style: HouseStyle): boolean {
	return item.unplanned !== true && item.heading === undefined && style.parts.some((p) => p.kind === 'agenda' && p.notesUnder);
}

function agenda(meeting: Meeting, part: AgendaPart, style: HouseStyle, counted: Counted): string {
	const planned = meeting.items.filter((i) => !i.unplanned);
	if (planned.length === 0) return '';
	const out: string[] = [part.heading];
	// The agenda's own opening may end under a group's heading ("### Announcements"): its items go there.
	let group = part.heading.split('\n').slice(1).map((l) => atxHeading(l)).findLast((h) => h !== undefined)?.text;
	let previous: 'heading' | 'bullet' | 'notes' = 'heading';
	for (const item of planned) {
		if (part.groupLevel !== undefined && item.group !== undefined && item.group !== group) {
			out.push('', `${'#'.repeat(part.groupLevel)} ${escapeHeading(item.group)}`);
			group = item.group;
			previous = 'heading';
		}
		if (previous !== 'bullet') out.push('');
		out.push(`${part.bullet} ${escapeInline(item.title)}`, ...item.subItems.map((s) => `  ${part.bullet} ${escapeInline(s)}`));
		previous = 'bullet';
		const under = notesUnderAgenda(item, style);
		// Records not typed in the notes go under the bullet too, as lines the importer reads back as marks.
		// (As paragraphs: a bullet nested under the item would read back as a sub-item.)
		const records = under ? recordsOf(item, style, counted).map((l) => l.replace(/^- /, '')).join('\n\n') : '';
		const notes = [under ? notesText(item.notes, part.groupLevel ?? levelOf(part.heading)) : '', records].filter((t) => t !== '').join('\n\n');
		if (notes !== '') {
			// A nested list goes right under its bullet; a paragraph after a blank line, so it reads back as the item's.
			if (!/^\s/.test(notes)) out.push('');
			out.push(notes);
			previous = 'notes';
		}
	}
	return out.join('\n');
}

function attendance(people: readonly Attendee[], meeting: Meeting, part: AttendancePart): string {
	const body = part.form.kind === 'labels' ? labelled(people, meeting, part.form) : listed(people, part.form, part.heading);
	if (body === '') return '';
	return part.heading === undefined ? body : `${part.heading}\n${part.form.kind === 'bullets' ? '\n' : ''}${body}`;
}

function labelled(people: readonly Attendee[], meeting: Meeting, form: LabelledNames): string {
	const join = (names: string[]) => (form.andLast ? joinNames(names) : names.join(', '));
	const who = (kind: LabelledNames['labels'][number]['who']): string[] => {
		const named = (role: 'chair' | 'secretary', name: string | undefined) => {
			const found = people.filter((p) => p.role === role).map((p) => p.name);
			return found.length > 0 ? found : name === undefined ? [] : [name];
		};
		if (kind === 'chair') return named('chair', meeting.chair);
		if (kind === 'secretary') return named('secretary', meeting.secretary);
		if (kind === 'regrets') return people.filter((p) => p.presence === 'regrets').map((p) => p.name);
		const guest = (p: Attendee) => /^guests?$/i.test(p.note ?? '');
		return people.filter((p) => p.presence === 'present' && (kind === 'guests' ? guest(p) : !guest(p) && (form.rolesPresent || p.role === undefined))).map((p) => p.name);
	};
	return form.labels.map((label, i) => `${i === 0 ? '' : label.lead}${fill(label.template, { names: join(who(label.who).map(escapeInline)) })}`).join('');
}

function listed(people: readonly Attendee[], form: ListedNames, heading: string | undefined): string {
	const entry = (p: Attendee) => `${form.bullet} ${fill(form.entry, { name: escapeInline(p.name), handle: p.handle ?? '', note: p.note ?? '' })}`.replace(/\s*\(\s*\)/g, '').replace(/ {2,}/g, ' ').trimEnd();
	const present = people.filter((p) => p.presence === 'present');
	const lines: string[] = [];
	present.forEach((p, i) => {
		if (i > 0 && form.gapBetweenNotes && p.note !== present[i - 1]?.note) lines.push('');
		lines.push(entry(p));
	});
	const regrets = people.filter((p) => p.presence === 'regrets');
	// Where the file had none to learn from: a section beside the attendance's own, or a label.
	const label = form.regrets ?? (heading === undefined ? 'Regrets:' : `${'#'.repeat(levelOf(heading))} Regrets`);
	if (regrets.length > 0) lines.push('', label, '', ...regrets.map(entry));
	return lines.join('\n');
}
