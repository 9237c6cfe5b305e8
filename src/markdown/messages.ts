// The two messages a chair posts to the series' mailing list each week: a call for agenda items
// before the next call, and that call's agenda. Plain text (mail clients show it as it is),
// made from the series and the meeting; pure.

import type { OpenAction, Series } from '../core/series.ts';
import type { Meeting } from '../core/types.ts';
import { monthName, ordinal, parseIsoDate, weekday } from './dates.ts';
import { CALL_AGENDA_ID } from './next-call.ts';
import { count } from '../core/plural.ts';

export interface Message {
	subject: string;
	body: string;
}

/** Asks for agenda items for the meeting on `date`, reminding owners of the actions still open; with
 * the call's address when the series' calls have one. Dates carry their year: mail is archived. */
export function callForAgendaItems(series: Series, date: string, open: readonly OpenAction[], callUrl?: string): Message {
	const agenda = agendaPage(series);
	const where = agenda === undefined ? 'Reply to this message with' : `Please add to ${agenda}, or reply to this message with,`;
	const lines = [
		'Hello all,',
		'',
		`The next ${series.name} is on ${when(series, date)}.`,
		...(callUrl === undefined ? [] : [`Join the call at ${callUrl}`]),
		`${where} any items you would like to discuss.`,
	];
	if (open.length > 0) {
		lines.push('', 'Actions still open:');
		for (const { action, origin } of [...open].sort((a, b) => a.action.owner.localeCompare(b.action.owner))) {
			lines.push(`- ${action.owner || 'Unassigned'}: ${action.text}${action.due === undefined ? '' : ` (due ${longDate(action.due, true)})`} (from ${longDate(origin.date, true)})`);
		}
	}
	return { subject: `[${series.name}] Call for agenda items: ${longDate(date, true)}`, body: [...lines, ...signature(series)].join('\n') };
}

/** The agenda of a meeting of the series, with each item's minutes and the planned total. */
export function agendaMessage(series: Series, meeting: Meeting): Message {
	const items = meeting.items.filter((i) => !i.unplanned);
	const planned = items.reduce((sum, i) => sum + (i.budget ?? 0), 0);
	const lines = ['Hello all,', '', `The agenda for the ${series.name} on ${when(series, meeting.date, meeting.startTime)}:`, ...(meeting.callUrl === undefined ? [] : [`Join the call at ${meeting.callUrl}`]), ''];
	items.forEach((item, n) => {
		lines.push(`${n + 1}. ${item.owner === undefined ? '' : `${item.owner}: `}${item.title}${item.budget === undefined ? '' : ` (${item.budget} min)`}`);
		for (const sub of item.subItems) lines.push(`   - ${sub}`);
		if (item.actions.length > 0 && item.actions.every((a) => a.carriedFrom !== undefined)) {
			for (const a of item.actions) lines.push(`   - ${a.owner || 'Unassigned'}: ${a.text}`);
		}
	});
	if (planned > 0) lines.push('', `${count(planned, 'minute')} planned.`);
	const agenda = agendaPage(series);
	if (agenda !== undefined) lines.push(`Anything missing? Add it to ${agenda} or reply here.`);
	return { subject: `[${series.name}] Agenda for ${longDate(meeting.date, true)}`, body: [...lines, ...signature(series)].join('\n') };
}

/** The standing link to the agenda page: the house id, else one named for the agenda. */
function agendaPage(series: Series): string | undefined {
	const link = series.links.find((l) => l.id === CALL_AGENDA_ID) ?? series.links.find((l) => /agenda/i.test(`${l.id} ${l.title ?? ''}`));
	return link?.url;
}

function when(series: Series, date: string, time = series.cadence.time): string {
	return `${longDate(date, true)} at ${time} (${series.cadence.timeZone.replaceAll('_', ' ')})`;
}

/** "Wednesday, 2nd December", with the year when asked for (mail stays findable in archives). */
function longDate(iso: string, withYear = false): string {
	const date = parseIsoDate(iso);
	if (date === undefined) return iso;
	return `${weekday(date)}, ${ordinal(date.day)} ${monthName(date.month)}${withYear ? ` ${date.year}` : ''}`;
}

function signature(series: Series): string[] {
	return series.author === undefined ? [] : ['', 'Thanks,', series.author.name];
}
