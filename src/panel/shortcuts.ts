// Keyboard shortcuts. Each control declares its own with `aria-keyshortcuts` (which screen
// readers announce); a key press finds the visible, enabled control that declares it and
// clicks it, or focuses it if it is a field. Alt+letter, matched on the physical key (so
// macOS's Option characters do not get in the way), avoiding what Chrome takes: Alt+D
// (address bar), Alt+E and Alt+F (menu), Alt+arrows (history).
//
// A control inside an element marked `data-shortcut-scope` (a row: a meeting, an attendee, an
// agenda item, an action) acts on that row only: its key works while the focus is in the row,
// and there it comes before a control of the same key outside any row.

export interface Shortcut {
	keys: string;
	what: string;
}

/** `typed`: lines to type rather than keys to press, shown each above what it does. */
export const SHORTCUTS: ReadonlyArray<{ group: string; typed?: boolean; list: Shortcut[] }> = [
	{
		group: 'Anywhere',
		list: [
			{ keys: '?', what: 'Show or hide this help' },
			{ keys: 'Alt+L', what: 'All meetings' },
			{ keys: 'Alt+Q', what: 'Prepare' },
			{ keys: 'Alt+R', what: 'Run' },
			{ keys: 'Alt+U', what: 'Publish' },
			{ keys: 'Alt+Delete', what: 'Remove the meeting, attendee, agenda item, action or decision you are on' },
			{ keys: 'Alt+Z', what: 'Undo the last removal' },
		],
	},
	{
		group: 'Meetings',
		list: [
			{ keys: 'Alt+W', what: 'New meeting (in a series: prepare its next meeting)' },
			{ keys: 'Alt+V', what: 'New meeting from a pasted agenda' },
			{ keys: 'Alt+K', what: 'Search meetings' },
			{ keys: '↑ / ↓', what: 'Move between the search and the meetings' },
			{ keys: 'Alt+J', what: 'Duplicate the meeting you are on, for the next call' },
		],
	},
	{
		group: 'Prepare',
		list: [
			{ keys: 'Alt+T', what: 'Title' },
			{ keys: 'Alt+G', what: 'Add an attendee' },
			{ keys: '↑ / ↓', what: 'Move between the attendees' },
			{ keys: 'Space', what: 'Regrets on or off, for the attendee you are on' },
			{ keys: 'Alt+I', what: 'Add an agenda item' },
			{ keys: 'Alt+↑ / Alt+↓', what: 'Move the agenda item you are in' },
		],
	},
	{
		group: 'Run',
		list: [
			{ keys: 'Alt+S', what: 'Start the meeting' },
			{ keys: 'Alt+P', what: 'Pause or resume' },
			{ keys: 'Alt+N', what: 'Next item' },
			{ keys: 'Alt+B', what: 'Previous item' },
			{ keys: 'Alt+1 … Alt+9', what: 'Go to item 1 to 9' },
			{ keys: 'Alt+X', what: 'End the meeting' },
			{ keys: 'Alt+K', what: 'Go to the call (once linked)' },
			{ keys: 'Alt+M', what: 'Notes of the current item' },
			{ keys: 'Alt+A', what: 'Add an action' },
			{ keys: 'Alt+C', what: 'Add a decision' },
		],
	},
	{
		group: 'Typed in the notes, then Enter',
		typed: true,
		list: [
			{ keys: 'action: Anil to …', what: 'An action for Anil (or "Anil will …")' },
			{ keys: 'decision: …', what: 'A decision (also "resolved:")' },
			{ keys: 'present+ Ada, Bob', what: 'Attendees (and "regrets+ …")' },
			{ keys: 'link: URL text', what: 'A reference link, in place' },
			{ keys: 'topic: …', what: 'A new item, started now' },
			{ keys: 's/old/new/', what: 'Correct the line before' },
		],
	},
	{
		group: 'Publish',
		list: [
			{ keys: 'Alt+H', what: 'Choose the format' },
			{ keys: 'Alt+Y', what: 'Copy the minutes, or the extra line you are on' },
			{ keys: 'Alt+O', what: 'Download the minutes' },
		],
	},
];

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
