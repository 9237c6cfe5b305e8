// "Removed X. Undo": every removal in the panel can be taken back, by the button or Alt+Z.
import type { ComponentChildren } from 'preact';

export interface Removal {
	/** What the notice says, e.g. Removed “Release”. */
	text: ComponentChildren;
	undo(): void | Promise<void>;
}

export function UndoNotice({ removal, onDone }: { removal: Removal | undefined; onDone(): void }) {
	if (removal === undefined) return null;
	return (
		<p role="status" class="notice">
			{removal.text}{' '}
			<button type="button" class="link" aria-keyshortcuts="Alt+Z" onClick={() => void Promise.resolve(removal.undo()).then(onDone)}>Undo</button>
		</p>
	);
}
