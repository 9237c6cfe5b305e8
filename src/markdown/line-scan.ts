// A line-level view of CommonMark, enough to find the structure of minutes: which lines are
// headings, and which lie inside a fenced code block or a multi-line HTML block (where a `#`
// starts no heading). Spec: https://spec.commonmark.org/0.31.2/#atx-headings and #html-blocks.

export interface AtxHeading {
	level: number;
	text: string;
	/** Written with a closing run of `#` (`#### Title ####`). */
	closed: boolean;
}

const ATX_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;

/** Reads an ATX heading without backtracking regexes, so a long line costs linear time. */
export function atxHeading(line: string): AtxHeading | undefined {
	// Most lines are not headings: told by their first character, before a regex allocates a match.
	let first = 0;
	while (first < 3 && line.charCodeAt(first) === 32) first++;
	if (line.charCodeAt(first) !== 35) return undefined;
	const open = ATX_OPEN.exec(line);
	if (open === null) return undefined;
	let text = trimSpaces(line.slice(open[0].length));
	let end = text.length;
	while (end > 0 && text[end - 1] === '#') end--;
	const closed = end < text.length && (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t');
	if (closed) text = trimSpaces(text.slice(0, end));
	return { level: (open[1] ?? '').length, text, closed };
}

function trimSpaces(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
	while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
	return text.slice(start, end);
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
// Block types 1 to 5 end only at their own terminator, so an unclosed one swallows the rest.
const HTML_OPENERS: Array<[RegExp, RegExp]> = [
	[/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
	[/^ {0,3}<!--/, /-->/],
	[/^ {0,3}<\?/, /\?>/],
	[/^ {0,3}<![A-Za-z]/, />/],
	[/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

// Types 6 and 7 end at a blank line; they still hide what looks like a fence or heading inside.
const BLOCK_TAGS = 'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const HTML_TYPE_6 = new RegExp(`^ {0,3}</?(?:${BLOCK_TAGS})(?:[ \\t>]|/>|$)`, 'i');
const ATTRIBUTE = String.raw`(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?)`;
const HTML_TYPE_7 = new RegExp(String.raw`^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*\s*/?>|</[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$`);

export type LineContext = 'text' | 'code' | 'html';

export interface LineScan {
	contexts: LineContext[];
	/** With `neutraliseUnclosedHtml`: lines that open an HTML block nothing ever closes; they
	 * were read as text (the caller escapes them). */
	neutralised: number[];
	/** The block still open after the last line: its kind, first line and (for a fence) its marker. */
	open?: { kind: 'code' | 'html'; line: number; fence?: string };
}

/** Marks each line as ordinary text, part of a fenced code block, or part of a long HTML block. */
export function scanLines(lines: readonly string[], options: { neutraliseUnclosedHtml?: boolean } = {}): LineScan {
	const contexts: LineContext[] = [];
	const neutralised: number[] = [];
	// The last line holding each block type's terminator: an opener after it never closes.
	const lastEnd = options.neutraliseUnclosedHtml === true ? HTML_OPENERS.map(([, end]) => lines.findLastIndex((l) => end.test(l))) : [];
	let open: LineScan['open'];
	let htmlEnd: RegExp | undefined;
	let untilBlank = false;
	lines.forEach((line, index) => {
		if (untilBlank) {
			if (line.trim() === '') untilBlank = false;
			else return void contexts.push('html');
		}
		if (open?.kind === 'code') {
			contexts.push('code');
			const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1] ?? '';
			if (close[0] === open.fence?.[0] && close.length >= (open.fence?.length ?? 3)) open = undefined;
			return;
		}
		if (open?.kind === 'html') {
			contexts.push('html');
			if (htmlEnd?.test(line) === true) open = undefined;
			return;
		}
		// Fences and HTML blocks start with one of three characters: test nothing else.
		const first = line.trimStart()[0];
		if (first !== '`' && first !== '~' && first !== '<') return void contexts.push('text');
		const fence = FENCE_OPEN.exec(line);
		if (fence !== null && !(fence[1]?.startsWith('`') === true && fence[2]?.includes('`') === true)) {
			open = { kind: 'code', line: index, fence: fence[1] ?? '```' };
			contexts.push('code');
			return;
		}
		// CommonMark tries the HTML block types in order: 1-5 end at their terminator, 6-7 at a blank line.
		const type = HTML_OPENERS.findIndex(([start]) => start.test(line));
		const html = HTML_OPENERS[type];
		if (html !== undefined) {
			const closesHere = html[1].test(line.replace(html[0], ''));
			if (!closesHere && lastEnd.length > 0 && (lastEnd[type] ?? -1) <= index) {
				neutralised.push(index);
				contexts.push('text');
				return;
			}
			contexts.push('html');
			if (!closesHere) {
				open = { kind: 'html', line: index };
				htmlEnd = html[1];
			}
			return;
		}
		const afterBlank = index === 0 || (lines[index - 1] ?? '').trim() === '' || contexts[index - 1] !== 'text';
		untilBlank = HTML_TYPE_6.test(line) || (afterBlank && HTML_TYPE_7.test(line));
		contexts.push(untilBlank ? 'html' : 'text');
	});
	return open === undefined ? { contexts, neutralised } : { contexts, neutralised, open };
}

/** A kramdown attribute list alone on its line: `{: .no_toc}`, `{: #section1}`. */
export const IAL = /^\{:[^}]*\}\s*$/;

/** A line for the site's generator or its editors, not the meeting's text: an attribute list, kramdown's `* TOC` / `{:toc}`, a rule, a comment, a blank. */
export const SITE_MARKUP = /^\s*(?:\{:.*\}|[-*] TOC|-{3,}|\*{3,}|_{3,}|<!--.*-->)?\s*$/;

export const LINK_DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*(<[^>\n]*>|\S+)(?:[ \t]+("[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
