// The meeting model. Everything here is plain data (JSON-safe), so a meeting can be stored,
// sent between panels and printed by the CLI as it is.

export type AttendeeRole = 'chair' | 'secretary';
/** `expected`: on the series' roster, not yet seen at this meeting (the minutes leave them out). */
export type Presence = 'present' | 'regrets' | 'expected';
export type ActionStatus = 'open' | 'done' | 'dropped';

export interface Attendee {
	id: string;
	name: string;
	/** A nickname or handle the person goes by ("mort", "@samoht"). */
	handle?: string;
	role?: AttendeeRole;
	presence: Presence;
	/** What the minutes say beside the name ("TSC", "Google", "joined at 16:23 UTC"): kept from an imported file. */
	note?: string;
}

export interface Link {
	/** Reference id, as in `[id]: url`. Unique within a meeting once exported. */
	id: string;
	url: string;
	/** An optional title, as in `[id]: url "title"`. */
	title?: string;
}

export interface Decision {
	id: string;
	text: string;
}

export interface Action {
	id: string;
	owner: string;
	text: string;
	due?: string;
	status: ActionStatus;
	/** Brought up for review from an earlier meeting of the series: the action there. Closing this copy closes it. */
	carriedFrom?: ActionOrigin;
}

export interface ActionOrigin {
	meetingId: string;
	/** That meeting's date, for "from 25 November". */
	date: string;
	actionId: string;
}

export interface AgendaItem {
	id: string;
	title: string;
	/** The heading of its section in the minutes, where it differs from the agenda line ("QA & Test"
	 * for "Quality and Test": 88 sections of 40 of the corpus's 51 files). */
	heading?: string;
	/** Planned minutes; absent when the agenda gave none. */
	budget?: number;
	subItems: string[];
	/** The heading the agenda lists it under ("nodejs/node", "Announcements"), where the minutes group their agenda. */
	group?: string;
	owner?: string;
	/** Markdown, exactly as the user wrote it. */
	notes: string;
	links: Link[];
	decisions: Decision[];
	actions: Action[];
	/** Raised during the meeting rather than planned: it gets a section but no agenda bullet. */
	unplanned?: boolean;
	/** Its section has no heading: what the minutes say before their first topic (approving last week's minutes). */
	untitled?: boolean;
	/** Not reached, and to be put on the next meeting of the series. */
	carryOver?: boolean;
	/** Text that two panels' overlapping edits replaced, kept until the user has seen it. */
	notesConflicts?: NotesConflict[];
}

export interface NotesConflict {
	/** When the other edit replaced it (ms). */
	at: number;
	text: string;
}

/** Who wrote the minutes, as a website's front matter names them. */
export interface Author {
	name: string;
	uri?: string;
	email?: string;
}

export type TimerEventType = 'meeting.started' | 'item.started' | 'timer.paused' | 'timer.resumed' | 'item.next' | 'meeting.ended';

export interface TimerMark {
	type: TimerEventType;
	at: number;
	/** The item started (meeting.started, item.started), or the one left (item.next). */
	itemId?: string;
}

export interface Meeting {
	id: string;
	series?: string;
	title: string;
	/** Local calendar date of the meeting, `YYYY-MM-DD`. */
	date: string;
	/** Local start time, `HH:MM`. */
	startTime?: string;
	/** IANA time zone the date and time are in. */
	timeZone?: string;
	chair?: string;
	secretary?: string;
	author?: Author;
	/** A one-line summary of the meeting ("16th April 2013: release, libvirt and Mirari"). */
	summary?: string;
	attendees: Attendee[];
	items: AgendaItem[];
	/** Any other business: Markdown. */
	aob: string;
	/** Date of the next call, `YYYY-MM-DD`. */
	nextCall?: string;
	/** Not final yet: exports say so until the chair marks the minutes final. */
	draft?: boolean;
	/** The address of the meeting's video call, once the chair has linked it. */
	callUrl?: string;
	/** Links kept for the whole meeting (mailing list, agenda page): defined at the end. */
	links: Link[];
	timeline: TimerMark[];
	/**
	 * The text of an imported file that the model has no field for, and how the file was laid
	 * out, so an export gives the same bytes back (see markdown/layout.ts). Absent on meetings
	 * made in Gavel.
	 */
	source?: SourceLayout;
}

export interface SourceBlock {
	/** What the block renders ("item:3:notes"), or absent for text kept verbatim. */
	key?: string;
	/** The blank lines and breaks that came before the block in the file. */
	lead: string;
	/** The block's text as the file had it. */
	raw: string;
	/** What the exporter generated for this block from the imported model: when it still generates
	 * this, the model did not change and `raw` is written back. */
	generated?: string;
	/** The key of each block whose text also holds this one's (records typed as lines of notes, people
	 * added by present+ lines): `raw` is written back only while theirs are too. */
	keptWith?: string | string[];
}

export interface SourceLayout {
	blocks: SourceBlock[];
	/** Text after the last block (usually the final newline). */
	tail: string;
	/** Blocks the exporter would write that the file did not have, with what it would have
	 * written: left out again while the model still generates exactly that. */
	absent: Record<string, string>;
	/** For an absent block, the blocks whose text holds it instead (link: lines in the notes): it is
	 * left out only while they are written as the file had them. */
	absentKeptWith?: Record<string, string[]>;
	/** The order the exporter generated the keyed blocks in at import: while the model keeps
	 * that order, the file's own order is kept. */
	order: string[];
	style: StyleHints;
}

/** How the imported file was written, so regenerated blocks look like their neighbours. */
export interface StyleHints {
	frontMatter?: boolean;
	/** The file's permalink, with its date as `{date}`. */
	permalink?: string;
	/** Front-matter lines of keys Gavel has no field for, written after the known keys. */
	frontMatterOther?: string[];
	bullet?: '-' | '*' | '+';
	closedHeadings?: boolean;
	itemLevel?: number;
	attendeesOnOwnLine?: boolean;
}
