// The start of a minutes file: YAML front matter (the current site), a summary line (the
// pre-2022 form) or neither; and the meeting date, from wherever the file says it: front matter
// `updated:` or `date:`, the summary line, its title, a heading, a "Date:" or "Meeting Date/Time:"
// line, a byline ("By … - 2015-08-26"), checked against the file's name (textOrName); or else the
// date the reader gave.
// Also refuses what is not a minutes file at all.

import type { Diagnostic } from '../../core/diagnostics.ts';
import type { Author } from '../../core/types.ts';
import { isoDate, monthNumber, parseIsoDate } from '../dates.ts';
import { unescapeInline } from '../escape.ts';
import { DRAFT_PREFIX } from '../mirage-www.ts';
import { readFrontMatter, type FrontMatter } from './front-matter.ts';

const SUMMARY_LINE = /^(?:DRAFT: )?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?\s+(\d{4})\s*:/;

export type Head =
	| { ok: true; start: number; end: number; key?: string; date: string; title?: string; author?: Author; summary?: string; draft?: boolean; frontMatter?: FrontMatterStyle }
	| { ok: false; errors: Diagnostic[] };

/** `given`: the date to take when the file says none (the CLI's --date, the one the panel asked for). */
export function readHead(lines: readonly string[], fileName: string | undefined, given?: string): Head {
	const fileDate = /(\d{4}-\d{2}-\d{2})/.exec(fileName ?? '')?.[1];
	const named = fileDate !== undefined && parseIsoDate(fileDate) !== undefined ? fileDate : undefined;
	if (lines[0] === '---') {
		const close = lines.findIndex((l, i) => i > 0 && (l === '---' || l === '...'));
		if (close < 0) return { ok: false, errors: [{ severity: 'error', code: 'front-matter', line: 1, column: 1, message: 'the front matter opened by "---" is never closed: add a line "---" after it' }] };
		const { values, other, errors } = readFrontMatter(lines.slice(1, close), 2);
		if (errors.length > 0) return { ok: false, errors };
		const title = typeof values['title'] === 'string' ? values['title'] : typeof values['subject'] === 'string' ? values['subject'] : '';
		return fromFrontMatter(values, other, close, (stated) => textOrName(stated ?? findDate(title) ?? dateInText(lines, close + 1), named) ?? given);
	}
	const first = lines.findIndex((l) => l.trim() !== '');
	const summary = first < 0 ? null : SUMMARY_LINE.exec(lines[first] ?? '');
	const summaryDate = summary === null ? undefined : dateOf(summary);
	const date = textOrName(summaryDate ?? dateInText(lines, 0), named) ?? given;
	if (date === undefined) return { ok: false, errors: [noDate(1)] };
	if (summary === null) return { ok: true, start: 0, end: 0, date };
	const line = lines[first] ?? '';
	const draft = line.startsWith(DRAFT_PREFIX);
	return { ok: true, start: first, end: first + 1, key: 'summary', date, summary: unescapeInline(draft ? line.slice(DRAFT_PREFIX.length) : line), ...(draft ? { draft } : {}) };
}

/** What of the front matter is the file's own: its permalink pattern and the keys Gavel has
 * no field for, written back when the front matter is regenerated. */
export interface FrontMatterStyle {
	permalink?: string;
	other?: string[];
}

/** `dateFrom`: the meeting's date, given the one the front matter states, if it does. */
function fromFrontMatter(values: FrontMatter, other: string[], close: number, dateFrom: (stated: string | undefined) => string | undefined): Head {
	const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
	const stated = [text('updated'), text('date')].map((d) => d?.slice(0, 10)).find((d) => d !== undefined && parseIsoDate(d) !== undefined);
	const date = dateFrom(stated);
	if (date === undefined) return { ok: false, errors: [noDate(2)] };
	const head: Head = { ok: true, start: 0, end: close + 1, key: 'front-matter', date };
	const title = text('subject') ?? text('title');
	if (title !== undefined) head.title = title;
	const summary = text('description');
	if (summary !== undefined) head.summary = summary;
	if (text('draft') === 'true') head.draft = true;
	const style: FrontMatterStyle = {};
	const permalink = text('permalink');
	if (permalink !== undefined) style.permalink = permalink.replaceAll(date, '{date}');
	if (other.length > 0) style.other = other;
	if (style.permalink !== undefined || style.other !== undefined) head.frontMatter = style;
	const author = values['author'];
	if (typeof author === 'object' && author['name'] !== undefined) {
		head.author = { name: author['name'] };
		if (author['uri'] !== undefined) head.author.uri = author['uri'];
		if (author['email'] !== undefined) head.author.email = author['email'];
	} else if (typeof author === 'string') head.author = { name: author };
	return head;
}

function dateOf(match: RegExpExecArray): string | undefined {
	const month = monthNumber(match[2] ?? '');
	if (month === undefined) return undefined;
	const iso = isoDate({ year: Number(match[3]), month, day: Number(match[1]) });
	return parseIsoDate(iso) === undefined ? undefined : iso;
}

function noDate(line: number): Diagnostic {
	return {
		severity: 'error',
		code: 'no-date',
		line,
		column: 1,
		message: 'no meeting date found: give the date (the CLI takes --date YYYY-MM-DD), add a line "Date: YYYY-MM-DD", or name the file YYYY-MM-DD.md',
	};
}

/**
 * The date the file gives, or its name: the file's, a day from the name at most (a file can be named
 * the day it was written up: the Node.js TSC's 2018-07-12.md is the meeting of Wednesday 2018-07-11);
 * further off, the name (a heading copied from last week's minutes: its 2018-12-12.md is headed
 * 2018-12-05; the W3C group's 2019-02-08-pwg.md says 2019-02-17 throughout, its IRC log 02/08).
 */
function textOrName(text: string | undefined, name: string | undefined): string | undefined {
	if (text === undefined || name === undefined) return text ?? name;
	return Math.abs(Date.parse(text) - Date.parse(name)) <= 86_400_000 ? text : name;
}

/** How far into the text a date is looked for: a title, a byline or a "Date:" line comes early. */
const DATE_LINES = 40;

/**
 * The meeting date the text gives near its start: a "Date:" / "Meeting Date/Time:" line first
 * (bold or in a bullet too), else the first date in a heading, a title line ("Weekly Meeting:
 * 2015-08-26", "… Meeting 2018-01-10") or a byline ("By Richard Mortier - 2015-08-26").
 */
export function dateInText(lines: readonly string[], from: number): string | undefined {
	const near: string[] = [];
	for (let i = from; i < lines.length && near.length < DATE_LINES; i++) if ((lines[i] ?? '').trim() !== '') near.push(lines[i] ?? '');
	for (const line of near) {
		const labelled = DATE_LABEL.exec(line);
		const date = labelled === null ? undefined : findDate(line.slice(labelled[0].length));
		if (date !== undefined) return date;
	}
	for (const line of near) {
		if (!/^\s*#|meeting|minutes|call|telco|notes|^\s*by\s/i.test(line)) continue;
		const date = findDate(line);
		if (date !== undefined) return date;
	}
	return undefined;
}

const DATE_LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:meeting\s+)?date(?:\s*(?:\/|and)\s*time)?\s*(?::\s*(?:\*\*|__)?|(?:\*\*|__)\s*:)\s*/i;

/** The first date a line holds: 2015-08-26 (or 2015/08/26), 26 August 2015, August 26, 2015, 26th Aug 2015. */
export function findDate(text: string): string | undefined {
	const iso = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(text);
	if (iso !== null) {
		const date = isoDate({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
		if (parseIsoDate(date) !== undefined) return date;
	}
	const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
	const monthFirst = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
	const named = [dayFirst === null ? [] : [dayFirst[1], dayFirst[2], dayFirst[3]], monthFirst === null ? [] : [monthFirst[2], monthFirst[1], monthFirst[3]]];
	for (const [day, month, year] of named) {
		const number = monthNumber(month ?? '');
		if (day === undefined || year === undefined || number === undefined) continue;
		const date = isoDate({ year: Number(year), month: number, day: Number(day) });
		if (parseIsoDate(date) !== undefined) return date;
	}
	return undefined;
}

export function unreadable(input: string): Diagnostic | undefined {
	if (input.trim() === '') return { severity: 'error', code: 'empty', line: 1, column: 1, message: 'the file is empty' };
	const nul = input.indexOf('\u0000');
	if (nul >= 0) {
		const before = input.slice(0, nul).split('\n');
		return { severity: 'error', code: 'binary', line: before.length, column: (before.at(-1)?.length ?? 0) + 1, message: 'the file holds a NUL byte: it is not a text minutes file' };
	}
	return undefined;
}
