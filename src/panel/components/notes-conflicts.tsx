// Text that two panels' overlapping edits replaced (core/notes-merge.ts): rare, so its own file,
// fetched when there is some to show (or once the panel is interactive), not with the panel.
import { notesEdit } from '../../core/notes-merge.ts';
import type { AgendaItem } from '../../core/types.ts';
import type { Session } from '../state/session.ts';

/** Text two panels' overlapping edits replaced: shown until the chair has put it back or let it go. */
export function NotesConflicts({ session, item }: { session: Session; item: AgendaItem }) {
	const conflicts = item.notesConflicts ?? [];
	if (conflicts.length === 0) return null;
	const keep = () => {
		const text = [item.notes, ...conflicts.map((c) => c.text)].join('\n\n');
		session.dispatch({ type: 'item.updated', itemId: item.id, patch: { notes: text, notesConflicts: null }, edit: notesEdit(item.notes, text) });
	};
	return (
		<div role="alert" class="conflict">
			<p>Two windows changed the same words of these notes at the same moment. The later change was kept; the text it replaced is here:</p>
			{conflicts.map((c, i) => <pre key={i}>{c.text}</pre>)}
			<div class="toolbar">
				<button type="button" onClick={keep}>Add it below the notes</button>
				<button type="button" onClick={() => session.dispatch({ type: 'item.updated', itemId: item.id, patch: { notesConflicts: null } })}>Dismiss</button>
			</div>
		</div>
	);
}
