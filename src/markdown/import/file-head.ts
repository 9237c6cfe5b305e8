// The start of a minutes file: YAML front matter (the current site), a summary line (the
// pre-2022 form) or neither; and the meeting date, from the file or its name. Also refuses
// what is not a minutes file at all.

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

export function readHead(lines: readonly string[], fileName: string | undefined): Head {
	const fileDate = /(\d{4}-\d{2}-\d{2})/.exec(fileName ?? '')?.[1];
	const fallback = fileDate !== undefined && parseIsoDate(fileDate) !== undefined ? fileDate : undefined;
	if (lines[0] === '---') {
		const close = lines.findIndex((l, i) => i > 0 && (l === '---' || l === '...'));
		if (close < 0) return { ok: false, errors: [{ severity: 'error', code: 'front-matter', line: 1, column: 1, message: 'the front matter opened by "---" is never closed: add a line "---" after it' }] };
		const { values, other, errors } = readFrontMatter(lines.slice(1, close), 2);
		if (errors.length > 0) return { ok: false, errors };
		return fromFrontMatter(values, other, close, fallback);
	}
	const first = lines.findIndex((l) => l.trim() !== '');
	const summary = first < 0 ? null : SUMMARY_LINE.exec(lines[first] ?? '');
	const summaryDate = summary === null ? undefined : dateOf(summary);
	const date = fallback ?? summaryDate;
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

function fromFrontMatter(values: FrontMatter, other: string[], close: number, fallback: string | undefined): Head {
	const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
	const updated = text('updated')?.slice(0, 10);
	const date = updated !== undefined && parseIsoDate(updated) !== undefined ? updated : fallback;
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
		message: 'no meeting date found: give the front matter an "updated: YYYY-MM-DD" line, or name the file YYYY-MM-DD.md',
	};
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
