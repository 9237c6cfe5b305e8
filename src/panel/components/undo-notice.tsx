// "Removed X. Undo": every removal in the panel can be taken back, by the button or Alt+Z.
import type { ComponentChildren } from 'preact';

export interface Removal {
	/** What the notice says, e.g. Removed “Release”. */
	text: ComponentChildren;
	undo(): void | Promise<void>;
}

let latest: Removal | undefined;

/** A removal to offer to undo; the newest, wherever it was, is the one Alt+Z undoes. */
export function removal(text: ComponentChildren, undo: () => void | Promise<void>): Removal {
	latest = { text, undo };
	return latest;
}

export function UndoNotice({ removal: shown, onDone }: { removal: Removal | undefined; onDone(): void }) {
	if (shown === undefined) return null;
	// Two notices can show at once (an attendee and an item removed): the newest takes Alt+Z,
	// and once it is undone, the one left.
	const keys = shown === latest || latest === undefined ? { 'aria-keyshortcuts': 'Alt+Z' } : {};
	return (
		<p role="status" class="notice">
			{shown.text}{' '}
			<button type="button" class="link" {...keys} onClick={() => {
					if (shown === latest) latest = undefined;
					void Promise.resolve(shown.undo()).then(onDone);
				}}>Undo</button>
		</p>
	);
}
