// The save state, always visible. A failed write shows a banner that stays until the write
// succeeds, with the unsaved edits one click away as a file. It follows the save status alone,
// which changes as each key is stored, so the views are not drawn again for it.
import { count } from '../../core/plural.ts';
import { downloadText } from '../../platform/save-file.ts';
import type { Session } from '../state/session.ts';
import { useSaveStatus } from '../state/use-session.ts';

export function SaveBanner({ session }: { session: Session }) {
	const status = useSaveStatus(session);
	if (status.state !== 'failing') return <p class="saved muted" aria-live="polite">{status.state === 'saved' ? 'Saved' : 'Saving…'}</p>;
	return (
		<div role="alert" class="banner">
			<strong>Not saved: {count(status.count, 'edit')} {status.count === 1 ? 'is' : 'are'} only in this panel.</strong> The browser said: {status.error}. Gavel keeps trying; keep this panel open.
			<button type="button" onClick={() => downloadText(`gavel-unsaved-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.json`, JSON.stringify(session.unsaved(), null, 2), 'application/json')}>Download unsaved edits</button>
		</div>
	);
}
