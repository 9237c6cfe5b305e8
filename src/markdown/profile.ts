// An export profile turns a meeting into files: the minutes (name and Markdown) and any extra
// snippets a site needs beside them. Profiles are data plus pure functions (DESIGN.md §4).

import type { HouseStyle } from '../core/house-style.ts';
import type { Meeting } from '../core/types.ts';

/** A piece of generated Markdown: `lead` is the text between it and the block before it. */
export interface Block {
	key: string;
	lead: string;
	text: string;
}

/** The profile that writes in a site's own style, learned from one of its files: `ProfileOptions.style`. */
export const LEARNED = 'learned';

export interface ProfileOptions {
	/** mirage-www: write YAML front matter (the current site) or the summary line (pre-2022). */
	frontMatter?: boolean;
	/** mirage-www: how the front-matter permalink is made; `{date}` is the meeting date. */
	permalink?: string;
	/** mirage-www extras: the label of the author's person record in `src/data.ml` (`~a:`);
	 * the author's first name, lower-cased, when not given. */
	registryAuthor?: string;
	/** mirage-www: an Actions list after the notes, beside the records under each item. */
	actionsList?: boolean;
	/** plain: add a planned-vs-actual table; `now` is needed to time an unfinished meeting. */
	timingTable?: boolean;
	now?: number;
	/** learned: the house style, learned from one of the site's files (markdown/style/learn-style.ts). */
	style?: HouseStyle;
}

export interface Extra {
	name: string;
	description: string;
	text: string;
	/** What the meeting lacks for this to be written (then `text` is empty). */
	missing?: string;
}

export interface ExportedMinutes {
	fileName: string;
	markdown: string;
	extras: Extra[];
}

export interface Profile {
	name: string;
	description: string;
	fileName(meeting: Meeting): string;
	blocks(meeting: Meeting, options: ProfileOptions): Block[];
	extras(meeting: Meeting, options: ProfileOptions): Extra[];
}
