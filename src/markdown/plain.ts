// GitHub-flavoured Markdown with no site conventions: a title, who came, the agenda with its
// budgets, a section per item, the decisions and actions gathered at the end with stable
// anchors, and optionally how long each item took against its plan.

import { timing } from '../core/timing.ts';
import type { Meeting } from '../core/types.ts';
import { displayName, joinNames } from './attendees-line.ts';
import { monthName, ordinal, parseIsoDate, weekday } from './dates.ts';
import { escapeHeading, escapeInline, escapeNotes, trimBlankLines } from './escape.ts';
import { hasSection, sectionTitle } from './mirage-www.ts';
import type { Block, Profile, ProfileOptions } from './profile.ts';
import { linesAsParagraphs } from './soft-breaks.ts';

const P = '\n\n';

export const plain: Profile = {
	name: 'plain',
	description: 'GitHub-flavoured Markdown (YYYY-MM-DD-title.md)',
	fileName: (meeting) => `${meeting.date}-${slugify(meeting.title) || 'minutes'}.md`,
	blocks: plainBlocks,
	extras: () => [],
};

function plainBlocks(meeting: Meeting, options: ProfileOptions): Block[] {
	const blocks: Block[] = [];
	const add = (key: string, text: string) => {
		if (text !== '') blocks.push({ key, lead: P, text });
	};
	add('title', `# ${escapeInline(meeting.title)}`);
	if (meeting.draft === true) add('draft', '> **Draft:** these minutes are not final yet.');
	const when = [meeting.date, meeting.startTime, meeting.timeZone].filter((x) => x !== undefined).join(' ');
	const roles = [meeting.chair && `Chair: ${escapeInline(meeting.chair)}`, meeting.secretary && `Secretary: ${escapeInline(meeting.secretary)}`].filter(Boolean);
	add('when', [`Date: ${when}`, ...roles].join('  \n'));
	const names = (presence: 'present' | 'regrets') => joinNames(meeting.attendees.filter((a) => a.presence === presence).map((a) => escapeInline(`${displayName(a)}${a.note === undefined ? '' : ` (${a.note})`}${a.role === undefined ? '' : ` (${a.role})`}`)));
	add('attendees', [names('present') && `Present: ${names('present')}`, names('regrets') && `Regrets: ${names('regrets')}`].filter(Boolean).join('  \n'));
	const planned = meeting.items.filter((i) => !i.unplanned);
	if (planned.length > 0) {
		add('agenda', ['## Agenda', '', ...planned.map((i, n) => `${n + 1}. ${i.owner === undefined ? '' : `${escapeInline(i.owner)}: `}${escapeInline(i.title)}${i.budget === undefined ? '' : ` (${i.budget} min)`}${i.subItems.map((s) => `\n   - ${escapeInline(s)}`).join('')}`)].join('\n'));
	}
	for (const item of meeting.items.filter((i) => hasSection(i, meeting))) {
		if (item.untitled !== true) add(`item:${item.id}:heading`, `## ${escapeHeading(sectionTitle(item))}`);
		add(`item:${item.id}:notes`, trimBlankLines(linesAsParagraphs(escapeNotes(item.notes, 2))));
		add(`item:${item.id}:links`, item.links.map((l) => `[${l.id}]: ${l.url}`).join('\n'));
	}
	const decisions = meeting.items.flatMap((item) => item.decisions.map((d) => ({ item, d })));
	if (decisions.length > 0) {
		add('decisions', ['## Decisions', '', ...decisions.map(({ item, d }, n) => `- <a id="decision-${n + 1}"></a>**D${n + 1}** (${escapeInline(item.title)}): ${escapeInline(d.text)}`)].join('\n'));
	}
	const actions = meeting.items.flatMap((item) => item.actions.map((a) => ({ item, a })));
	if (actions.length > 0) {
		add('actions', ['## Actions', '', ...actions.map(({ a }, n) => `- [${a.status === 'done' ? 'x' : ' '}] <a id="action-${n + 1}"></a>**${escapeInline(a.owner) || 'Unassigned'}**: ${escapeInline(a.text)}${a.due === undefined ? '' : ` (due ${a.due})`}${a.status === 'dropped' ? ' *(dropped)*' : ''}`)].join('\n'));
	}
	if (meeting.aob.trim() !== '') add('aob', `## Any other business\n\n${trimBlankLines(linesAsParagraphs(escapeNotes(meeting.aob, 2)))}`);
	if (meeting.nextCall !== undefined) add('next-call', `Next call: ${longDate(meeting.nextCall)}`);
	if (options.timingTable === true) add('timing', timingTable(meeting, options.now ?? meeting.timeline.at(-1)?.at ?? 0));
	add('links', meeting.links.map((l) => `[${l.id}]: ${l.url}`).join('\n'));
	return blocks;
}

function timingTable(meeting: Meeting, now: number): string {
	const t = timing(meeting, now);
	const minutes = (ms: number | undefined) => (ms === undefined ? '–' : `${Math.round(ms / 60_000)} min`);
	const rows = meeting.items.map((item, n) => {
		const it = t.items[n];
		const delta = it?.budgetMs === undefined ? '–' : difference(it.elapsedMs - it.budgetMs);
		return `| ${escapeInline(item.title).replaceAll('|', '\\|')} | ${minutes(it?.budgetMs)} | ${minutes(it?.elapsedMs)} | ${delta} |`;
	});
	return ['## Planned and actual time', '', '| Item | Planned | Actual | Difference |', '| --- | ---: | ---: | ---: |', ...rows].join('\n');
}

function difference(ms: number): string {
	const minutes = Math.round(Math.abs(ms) / 60_000);
	return minutes === 0 ? 'on time' : `${ms > 0 ? '+' : '−'}${minutes} min`;
}

function longDate(iso: string): string {
	const date = parseIsoDate(iso);
	return date === undefined ? iso : `${weekday(date)}, ${ordinal(date.day)} ${monthName(date.month)} ${date.year}`;
}

function slugify(text: string): string {
	return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}
