// Decisions and actions of an item, written as bullets after its notes so they survive any
// site's renderer, and read back from the same form.

import type { Action, ActionStatus, AgendaItem, Decision } from '../core/types.ts';
import { escapeInline, unescapeInline } from './escape.ts';
import { actionKey, markedInNotes } from './marks.ts';

export function decisionLine(decision: Decision): string {
	return `- **Decision:** ${escapeInline(decision.text)}`;
}

export function actionLine(action: Action): string {
	const due = action.due === undefined ? '' : ` (due ${action.due})`;
	const status = action.status === 'open' ? '' : ` [${action.status}]`;
	const owner = action.owner.trim() === '' ? 'unassigned' : escapeInline(action.owner).replaceAll(' — ', ' - ');
	return `- **Action:** ${owner} — ${escapeInline(action.text)}${due}${status}`;
}

/** The item's records as bullets, but for those its notes hold as marked lines ("Resolution #2: …"). */
export function recordLines(item: Pick<AgendaItem, 'decisions' | 'actions' | 'notes' | 'title' | 'heading'>): string[] {
	if (item.decisions.length === 0 && item.actions.length === 0) return [];
	const marked = markedInNotes(item);
	return [...item.decisions.filter((d) => !marked.decisions.has(d.text)).map(decisionLine), ...item.actions.filter((a) => !marked.actions.has(actionKey(a))).map(actionLine)];
}

const DECISION = /^- \*\*Decision:\*\* (.*)$/;
const ACTION = /^- \*\*Action:\*\* (.*?) — (.*?)(?: \(due (\d{4}-\d\d-\d\d)\))?(?: \[(done|dropped)\])?$/;

export type Record = { decision: Omit<Decision, 'id'> } | { action: Omit<Action, 'id'> };

export function readRecord(line: string): Record | undefined {
	const decision = DECISION.exec(line);
	if (decision !== null) return { decision: { text: unescapeInline(decision[1] ?? '') } };
	const action = ACTION.exec(line);
	if (action === null) return undefined;
	const owner = action[1] === 'unassigned' ? '' : unescapeInline(action[1] ?? '');
	const read: Omit<Action, 'id'> = { owner, text: unescapeInline(action[2] ?? ''), status: (action[4] ?? 'open') as ActionStatus };
	return { action: action[3] === undefined ? read : { ...read, due: action[3] } };
}
