// One agenda bullet, written and read the same way. 2013 agendas name the presenter first
// ("Thomas Gazagnaire: Irminsule demonstration"); a title that merely looks like that has its
// colon escaped, so it does not come back with a presenter.

import type { AgendaItem } from '../core/types.ts';
import { escapeInline, unescapeInline } from './escape.ts';

const PRESENTER = /^((?:[A-Z][\p{L}'’-]+)(?: [A-Z][\p{L}'’-]+){1,3}): (.+)$/u;
const ESCAPED_PRESENTER = /^((?:[A-Z][\p{L}'’-]+)(?: [A-Z][\p{L}'’-]+){1,3})\\: (.+)$/u;

export function agendaEntry(item: Pick<AgendaItem, 'title' | 'owner' | 'subItems'>, bullet: string): string {
	const title = escapeInline(item.title);
	const safeTitle = PRESENTER.test(title) ? title.replace(': ', '\\: ') : title;
	const owner = item.owner === undefined ? '' : `${escapeInline(item.owner).replaceAll(': ', '\\: ')}: `;
	return [`${bullet} ${owner}${safeTitle}`, ...item.subItems.map((s) => `  ${bullet} ${escapeInline(s)}`)].join('\n');
}

export function readAgendaTitle(text: string): { title: string; owner?: string } {
	const presenter = PRESENTER.exec(text);
	if (presenter !== null) return { title: unescapeInline(presenter[2] ?? ''), owner: presenter[1] ?? '' };
	const escaped = ESCAPED_PRESENTER.exec(text);
	return { title: unescapeInline(escaped === null ? text : `${escaped[1]}: ${escaped[2]}`) };
}
