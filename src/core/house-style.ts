// A site's house style, learned from one of its published minutes files (learn-style.ts) and
// used to write each new meeting like it (write-style.ts). Plain data, so a series can keep it.
//
// Templates hold placeholders filled from the meeting: {date} (YYYY-MM-DD), {date/} (YYYY/MM/DD),
// {date:compact} (YYYYMMDD), {title}, {summary}, {chair}, {secretary}, {n} (a section's or a record's
// number), {names}, {name}/{handle}/{note} (one attendee), {text}/{owner} (a record); and
// "{each members}\n<unit>\n{end ,}" blocks, the unit once per person (markdown/style/templates.ts).

export interface HouseStyle {
	/** The file it was learned from, as the user chose it. */
	learnedFrom: string;
	/** The minutes file's name, as a template ("{date}-pwg.md"). */
	fileName: string;
	/** Front-matter keys in the file's order, each with its value as a template. */
	frontMatter?: Array<{ key: string; value: string }>;
	/** The parts of a file, in order; what is between them is their `lead`. */
	parts: StylePart[];
	/** How the file marked a decision and an action in its notes, from {text}, {owner} and {n} (the record's number). */
	records?: { decision?: string; action?: string };
}

export type StylePart = { lead: string } & (
	/** Text every file of the site has (a title heading, kramdown's TOC), as a template. */
	/** `overContent`: a heading over what follows it ("## Notes"), left out when nothing does. */
	| { kind: 'text'; text: string; overContent?: true }
	| AttendancePart
	| AgendaPart
	| SectionsPart
	| { kind: 'aob'; heading: string }
	| { kind: 'links' }
);

export interface AttendancePart {
	kind: 'attendance';
	/** The heading lines over the names ("## Present", "## Attendees\n{: .no_toc}"). */
	heading?: string;
	form: LabelledNames | ListedNames;
}

/** "**Present:** A, B" lines, one per label, in the file's order. */
export interface LabelledNames {
	kind: 'labels';
	labels: Array<{ lead: string; who: 'present' | 'regrets' | 'guests' | 'chair' | 'secretary'; template: string }>;
	/** "and" before the last name, as in "A, B and C". */
	andLast: boolean;
	/** The chair and the scribe are listed among those present too. */
	rolesPresent: boolean;
}

/** One person a bullet: "* Anna Henningsen @addaleax (TSC)". */
export interface ListedNames {
	kind: 'bullets';
	bullet: string;
	/** The bullet's text, from {name}, {handle} and {note}. */
	entry: string;
	/** A blank line where the note changes (members, then observers). */
	gapBetweenNotes: boolean;
	/** The label over those with regrets, when the file lists them apart. */
	regrets?: string;
}

export interface AgendaPart {
	kind: 'agenda';
	heading: string;
	bullet: string;
	/** The heading level of the groups the agenda lists items under ("### nodejs/node"). */
	groupLevel?: number;
	/** Items with no section of their own have their notes under their bullet, indented. */
	notesUnder: boolean;
}

export interface SectionsPart {
	kind: 'sections';
	/** "### {n}. {title}", with the line after it when every section has one ("{: #section{n}}"). */
	heading: string;
	/** This part comes before the attendance and the agenda, and holds the sections headed as the file's were there ("Links"). */
	leading?: string[];
}
