// Problems a chair wants to hear about before publishing. Pure: the CLI prints them, the panel
// will list them with a way to fix each.

import type { Meeting } from './types.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
	severity: Severity;
	code: string;
	message: string;
	/** 1-based position in a source file, when the problem came from one. */
	line?: number;
	column?: number;
	/** What the problem is about: an item, or an action or decision by its id. */
	itemId?: string;
	recordId?: string;
}

export function checkMeeting(meeting: Meeting): Diagnostic[] {
	const found: Diagnostic[] = [];
	if (!meeting.chair) found.push({ severity: 'warning', code: 'no-chair', message: 'No chair is named: mark one attendee with (chair).' });
	for (const item of meeting.items) {
		for (const action of item.actions) {
			if (action.owner.trim() === '') {
				found.push({ severity: 'warning', code: 'action-without-owner', message: `An action in "${item.title}" has no owner: "${action.text}".`, itemId: item.id, recordId: action.id });
			}
		}
		const empty = item.notes.trim() === '' && item.links.length === 0 && item.decisions.length === 0 && item.actions.length === 0;
		if (empty) found.push({ severity: 'warning', code: 'empty-item', message: `"${item.title}" has no notes.`, itemId: item.id });
	}
	return found;
}
