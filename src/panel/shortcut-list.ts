// Every shortcut, for the help dialog ("?"), grouped as the panel's views are. Each control
// declares its own key with aria-keyshortcuts; a unit test keeps this list and those the same.

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
			{ keys: 'Alt+T', what: 'Title (a new meeting opens on it)' },
			{ keys: 'Alt+H', what: 'Chair' },
			{ keys: 'Alt+N', what: 'Next call' },
			{ keys: 'Alt+G', what: 'Add an attendee' },
			{ keys: '↑ / ↓', what: 'Move between the attendees' },
			{ keys: 'Space', what: 'Regrets on or off, for the attendee you are on' },
			{ keys: 'Alt+I', what: 'Add an agenda item' },
			{ keys: 'Alt+A', what: 'Who wrote the minutes' },
			{ keys: 'Alt+↑ / Alt+↓', what: 'Move the agenda item you are in' },
		],
	},
	{
		group: 'Run',
		list: [
			{ keys: 'Alt+S', what: 'Start the meeting, or the item you are looking at' },
			{ keys: 'Alt+P', what: 'Pause or resume' },
			{ keys: 'Alt+N', what: 'Next item' },
			{ keys: 'Alt+B', what: 'Previous item' },
			{ keys: 'Alt+1 … Alt+9', what: 'Look at item 1 to 9 (the clock stays where it is)' },
			{ keys: 'Alt+X', what: 'End the meeting' },
			{ keys: 'Alt+K', what: 'Go to the call (once linked)' },
			{ keys: 'Alt+M', what: 'Notes of the current item' },
			{ keys: 'Alt+A', what: 'Add an action' },
			{ keys: 'Alt+C', what: 'Add a decision' },
			{ keys: 'Alt+O', what: 'Any other business' },
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
			{ keys: 'Alt+S', what: 'Mark as final, or back to draft' },
			{ keys: 'Alt+Y', what: 'Copy the minutes, or the extra line you are on' },
			{ keys: 'Alt+O', what: 'Download the minutes' },
		],
	},
];
