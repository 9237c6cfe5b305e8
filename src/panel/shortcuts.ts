// Keyboard shortcuts. Each control declares its own with `aria-keyshortcuts` (which screen
// readers announce); a key press finds the visible, enabled control that declares it and
// clicks it, or focuses it if it is a field. Alt+letter, matched on the physical key (so
// macOS's Option characters do not get in the way), avoiding what Chrome takes: Alt+D
// (address bar), Alt+E and Alt+F (menu), Alt+arrows (history).
//
// A control inside an element marked `data-shortcut-scope` (a row: a meeting, an attendee, an
// agenda item, an action) acts on that row only: its key works while the focus is in the row,
// and there it comes before a control of the same key outside any row.

/** "Alt+N" for Alt and the N key, from the physical key; undefined for keys that are no shortcut. */
export function shortcutName(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>): string | undefined {
	if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
	const key = /^Key([A-Z])$/.exec(event.code)?.[1] ?? /^Digit([1-9])$/.exec(event.code)?.[1] ?? (event.code === 'Delete' ? 'Delete' : undefined);
	return key === undefined ? undefined : `Alt+${key}`;
}

/** Runs the shortcut on the control that declares it; true when one did. */
export function runShortcut(name: string, root: ParentNode = document): boolean {
	const usable = [...root.querySelectorAll<HTMLElement>(`[aria-keyshortcuts~="${name}"]`)].filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
	const scopeOf = (el: HTMLElement) => el.parentElement?.closest('[data-shortcut-scope]') ?? undefined;
	const focus = document.activeElement;
	const target = usable.find((el) => scopeOf(el)?.contains(focus) === true) ?? usable.find((el) => scopeOf(el) === undefined);
	if (target === undefined) return false;
	if (target.matches('input, textarea, select')) target.focus();
	else target.click();
	return true;
}

export function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));
}
