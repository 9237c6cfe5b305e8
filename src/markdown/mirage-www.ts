// The house style of the MirageOS site's weekly minutes (../shared/corpus/mirage-weekly/FORMAT.md):
// front matter, `### Agenda ###`, the `Attendees:` line, `### Notes ###`, a `#### Item ####`
// section per item with its link definitions after it, `--`, `#### AoB ####`, the next-call
// line. Style hints read from an imported file (bullet, heading form) are followed.

import { REVIEW_TITLE } from '../core/series.ts';
import type { AgendaItem, Link, Meeting, StyleHints } from '../core/types.ts';
import { agendaEntry } from './agenda-entry.ts';
import { attendeesLine, joinNames } from './attendees-line.ts';
import { monthName, ordinal, parseIsoDate } from './dates.ts';
import { escapeHeading, escapeInline, escapeNotes, trimBlankLines } from './escape.ts';
import { nextCallLine } from './next-call.ts';
import { plainText } from './plain-text.ts';
import { linesAsParagraphs } from './soft-breaks.ts';
import type { Block, Extra, Profile, ProfileOptions } from './profile.ts';
import { actionLine, recordLines } from './records.ts';
import { yamlQuoted, yamlString } from './yaml-scalar.ts';

/** How a draft's summary line starts in the pre-2022 form (read back by import/file-head.ts). */
export const DRAFT_PREFIX = 'DRAFT: ';
const SECTION = '\n\n\n';
const PARAGRAPH = '\n\n';

export const mirageWww: Profile = {
	name: 'mirage-www',
	description: 'MirageOS website weekly minutes (data/weekly/YYYY-MM-DD.md)',
	fileName: (meeting) => `${meeting.date}.md`,
	blocks: mirageBlocks,
	extras: mirageExtras,
};

function mirageBlocks(meeting: Meeting, options: ProfileOptions): Block[] {
	const style: StyleHints = meeting.source?.style ?? {};
	const heading = (level: number, text: string) => `${'#'.repeat(level)} ${text}${(style.closedHeadings ?? true) ? ` ${'#'.repeat(level)}` : ''}`;
	const itemLevel = style.itemLevel ?? 4;
	const bullet = style.bullet ?? '-';
	const blocks: Block[] = [];
	const add = (key: string, lead: string, text: string | undefined) => {
		if (text !== undefined && text !== '') blocks.push({ key, lead, text });
	};
	const frontMatter = options.frontMatter ?? style.frontMatter ?? true;
	// A draft says so: `draft: true` keeps the site from publishing it (Hugo, Jekyll); the
	// pre-2022 site had no front matter, so its summary line starts with "DRAFT: ".
	const draft = meeting.draft === true ? DRAFT_PREFIX : '';
	add(frontMatter ? 'front-matter' : 'summary', '', frontMatter ? frontMatterText(meeting, options, style) : `${draft}${escapeInline(summaryOf(meeting))}`);

	const planned = meeting.items.filter((i) => !i.unplanned);
	if (planned.length > 0) {
		add('agenda-heading', PARAGRAPH, heading(3, 'Agenda'));
		planned.forEach((item, i) => add(`agenda:${item.id}`, i === 0 ? PARAGRAPH : '\n', agendaEntry(item, bullet)));
	}
	add('attendees', SECTION, attendeesLine(meeting, style.attendeesOnOwnLine ?? false));
	const sections = meeting.items.filter((item) => hasSection(item, meeting));
	if (sections.length > 0) add('notes-heading', SECTION, heading(3, 'Notes'));
	const defined = new Map<string, string>();
	for (const item of sections) {
		if (item.untitled !== true) add(`item:${item.id}:heading`, PARAGRAPH, heading(itemLevel, escapeHeading(sectionTitle(item))));
		add(`item:${item.id}:notes`, PARAGRAPH, trimBlankLines(linesAsParagraphs(escapeNotes(item.notes, itemLevel))));
		add(`item:${item.id}:records`, PARAGRAPH, recordLines(item).join('\n'));
		add(`item:${item.id}:links`, PARAGRAPH, definitions(item.links, defined));
	}
	const actions = meeting.items.flatMap((i) => i.actions);
	if (options.actionsList === true && actions.length > 0) {
		add('actions-heading', PARAGRAPH, heading(itemLevel, 'Actions'));
		add('actions', PARAGRAPH, actions.map((a) => actionLine(a).replace(/^- \*\*Action:\*\* /, `${bullet} `)).join('\n'));
	}
	const aob = trimBlankLines(linesAsParagraphs(escapeNotes(meeting.aob, itemLevel)));
	const nextCall = meeting.nextCall === undefined ? undefined : nextCallLine(meeting.nextCall, meeting.links);
	if (aob !== '' || nextCall !== undefined) {
		add('aob-separator', PARAGRAPH, '--');
		add('aob-heading', PARAGRAPH, heading(itemLevel, 'AoB'));
		add('aob', PARAGRAPH, aob);
		add('next-call', PARAGRAPH, nextCall);
	}
	add('links', PARAGRAPH, definitions(meeting.links, defined));
	return blocks;
}

/** The heading of an item's section: its own, or its agenda line. */
export function sectionTitle(item: Pick<AgendaItem, 'title' | 'heading'>): string {
	return item.heading !== undefined && item.heading.trim() !== '' ? item.heading : item.title;
}

/** An item nobody spoke to is on the agenda only; anything said or recorded gets a section. An item
 * raised in the meeting ("topic: …") and left empty gets none, unless the file it was read from had one. */
export function hasSection(item: AgendaItem, meeting: Pick<Meeting, 'source'>): boolean {
	const said = item.notes.trim() !== '' || item.links.length > 0 || item.decisions.length > 0 || item.actions.length > 0;
	return said || (item.unplanned === true && meeting.source !== undefined);
}

/** `[id]: url` lines; a definition already written with the same URL is not written again. */
function definitions(links: readonly Link[], defined: Map<string, string>): string {
	const lines: string[] = [];
	for (const link of links) {
		if (defined.get(link.id) === link.url) continue;
		defined.set(link.id, link.url);
		const url = /[\s<>]/.test(link.url) || link.url === '' ? `<${link.url.replace(/[\n<>]/g, encodeURIComponent)}>` : link.url;
		const title = link.title === undefined ? '' : ` "${link.title.replace(/["\n]/g, (c) => (c === '"' ? '\\"' : ' '))}"`;
		lines.push(`[${link.id.replace(/[[\]\n]/g, '')}]: ${url}${title}`);
	}
	return lines.join('\n');
}

export function summaryOf(meeting: Meeting): string {
	if (meeting.summary !== undefined) return meeting.summary;
	const date = parseIsoDate(meeting.date);
	const when = date === undefined ? meeting.date : `${ordinal(date.day)} ${monthName(date.month)} ${date.year}`;
	// A description is plain text (the site shows it as it is, Markdown marks and all), of the topics:
	// not the review of actions every meeting of a series opens with.
	const topics = joinNames(meeting.items.filter((i) => !i.unplanned && i.title.trim() !== '' && i.title !== REVIEW_TITLE).map((i) => plainText(i.title)));
	return topics === '' ? when : `${when}: ${topics}`;
}

function frontMatterText(meeting: Meeting, options: ProfileOptions, style: StyleHints): string {
	const lines = ['---', `updated: ${yamlString(meeting.date)}`];
	if (meeting.author !== undefined) {
		lines.push('author:', `  name: ${yamlString(meeting.author.name)}`);
		if (meeting.author.uri !== undefined) lines.push(`  uri: ${yamlString(meeting.author.uri)}`);
		if (meeting.author.email !== undefined) lines.push(`  email: ${yamlString(meeting.author.email)}`);
	}
	lines.push(`subject: ${yamlQuoted(meeting.title)}`);
	lines.push(`permalink: ${yamlString((options.permalink ?? style.permalink ?? 'weekly-{date}').replaceAll('{date}', meeting.date))}`);
	lines.push(`description: ${yamlQuoted(summaryOf(meeting))}`);
	if (meeting.draft === true) lines.push('draft: true');
	lines.push(...(style.frontMatterOther ?? []), '---');
	return lines.join('\n');
}

/** The registry line and index bullet the pre-2022 site needed (FORMAT.md §9.2 and §9.3). */
function mirageExtras(meeting: Meeting, options: ProfileOptions): Extra[] {
	const date = parseIsoDate(meeting.date);
	if (date === undefined) return [];
	const label = (options.registryAuthor ?? meeting.author?.name.split(' ')[0] ?? '').toLowerCase().replace(/[^a-z0-9_]/g, '');
	const topics = summaryOf(meeting).replace(/^[^:]*:\s*/, '').replace(/[.!]$/, '');
	const registry = 'src/data.ml: add at the top of Wiki.entries';
	return [
		// The label names a person record of the site: never a made-up one.
		label === ''
			? { name: 'registry-line', description: registry, text: '', missing: "the minutes' author" }
			: { name: 'registry-line', description: registry, text: `    weekly ~y:${date.year} ~m:${date.month} ~d:${date.day} ~a:${label};` },
		{
			name: 'index-bullet',
			description: 'tmpl/wiki/index.md: add under "Weekly calls and release notes"',
			text: `* Weekly call [${meeting.date}](/wiki/weekly-${meeting.date}) on ${escapeInline(topics)}.`,
		},
	];
}
