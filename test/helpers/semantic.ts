// What a meeting means, without ids or the imported file's layout: two meetings with the same
// projection say the same thing.
import type { Meeting } from '../../src/core/types.ts';
import { summaryOf } from '../../src/markdown/mirage-www.ts';

export function semantic(meeting: Meeting) {
	return {
		title: meeting.title,
		date: meeting.date,
		author: meeting.author,
		// A file without a summary line gets one derived from the agenda on export.
		summary: summaryOf(meeting),
		chair: meeting.chair,
		secretary: meeting.secretary,
		// The house style lists the chair first, so order is presentation, not meaning.
		attendees: meeting.attendees.map(({ name, handle, role, presence }) => ({ name, handle, role, presence })).sort((a, b) => a.name.localeCompare(b.name)),
		items: meeting.items.map((i) => ({
			title: i.title,
			owner: i.owner,
			subItems: i.subItems,
			unplanned: i.unplanned ?? false,
			notes: i.notes.trim(),
			links: i.links,
			decisions: i.decisions.map((d) => d.text),
			actions: i.actions.map(({ owner, text, due, status }) => ({ owner, text, due, status })),
		})),
		aob: meeting.aob.trim(),
		nextCall: meeting.nextCall,
		links: meeting.links,
	};
}

export function withoutLayout(meeting: Meeting): Meeting {
	const { source, ...rest } = meeting;
	// Keep the file's style (bullets, heading form) but none of its text.
	return source === undefined ? rest : { ...rest, source: { blocks: [], tail: '\n', absent: {}, order: [], style: source.style } };
}
