// After a URL is pasted into the notes: the offer to make it a reference link. Its own file,
// fetched when a link is first pasted (or once the panel is interactive), not with the panel.
import { notesEdit } from '../../core/notes-merge.ts';
import type { AgendaItem } from '../../core/types.ts';
import { pastedLinkId, referenceForPasted } from '../../markdown/typed-commands.ts';
import type { Session } from '../state/session.ts';

/** After a URL is pasted into the notes: make it a reference link (`[readable-id]`, defined under the item). */
export function PastedLink({ session, item, pasted, onDone }: { session: Session; item: AgendaItem; pasted: { from: number; url: string }; onDone(said?: string): void }) {
	const meeting = session.meeting();
	// Gone when the URL is no longer where it was pasted.
	if (meeting === undefined || item.notes.slice(pasted.from, pasted.from + pasted.url.length) !== pasted.url) return null;
	const make = () => {
		const made = referenceForPasted(meeting, item.id, item.notes, pasted.from, pasted.url);
		if (made === undefined) return onDone();
		for (const event of made.events) session.dispatch(event);
		session.dispatch({ type: 'item.updated', itemId: item.id, patch: { notes: made.notes }, edit: notesEdit(item.notes, made.notes) });
		onDone(made.said);
	};
	return (
		<p class="suggest">
			<span>Pasted a link.</span>
			<button type="button" class="chip" onMouseDown={(e) => e.preventDefault()} onClick={make}>Make it [{pastedLinkId(meeting, pasted.url)}]</button>
			<button type="button" class="link" onMouseDown={(e) => e.preventDefault()} onClick={() => onDone()}>Keep the address</button>
		</p>
	);
}

