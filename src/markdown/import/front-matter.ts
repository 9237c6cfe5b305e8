// Reads a YAML front-matter block. The keys minutes use (`updated`, `author` with `name`, `uri`,
// `email`, `subject`, `title`, `permalink`, `description`, `draft`) are read strictly, with errors that
// name the line and column. Any other key is kept as its raw lines, whatever YAML it holds, so
// that it can be written back untouched.

import type { Diagnostic } from '../../core/diagnostics.ts';
import { readScalar } from '../yaml-scalar.ts';

export type FrontMatter = Record<string, string | Record<string, string>>;

const KNOWN = new Set(['updated', 'author', 'subject', 'title', 'permalink', 'description', 'draft']);
// Read for the meeting's date but kept as the file wrote it: Gavel writes `updated:`, another site `date:`.
const READ_ONLY = new Set(['date']);

export interface FrontMatterRead {
	values: FrontMatter;
	/** Lines of the keys Gavel has no field for, in file order. */
	other: string[];
	errors: Diagnostic[];
}

export function readFrontMatter(lines: readonly string[], firstLine: number): FrontMatterRead {
	const values: FrontMatter = {};
	const other: string[] = [];
	const errors: Diagnostic[] = [];
	let parent: Record<string, string> | undefined;
	let keepingRaw = false;
	const fail = (line: number, column: number, message: string) => errors.push({ severity: 'error', code: 'front-matter', line, column, message });
	lines.forEach((line, index) => {
		const lineNo = firstLine + index;
		const top = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)/.exec(line);
		if (top === null && keepingRaw) return void other.push(line);
		if (line.trim() === '' || /^\s*#/.test(line)) return;
		if (top !== null && !KNOWN.has(top[1] ?? '')) {
			const read = READ_ONLY.has(top[1] ?? '') ? readScalar(line.slice(top[0].length).trim()) : undefined;
			if (read?.ok === true) values[top[1] ?? ''] = read.value;
			keepingRaw = true;
			parent = undefined;
			return void other.push(line);
		}
		keepingRaw = false;
		const match = /^( *)([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/.exec(line);
		if (match === null) return void fail(lineNo, 1, 'expected "key: value" in the front matter');
		const [, indent = '', key = '', rest = ''] = match;
		const nested = indent.length > 0;
		if (nested && parent === undefined) return void fail(lineNo, 1, `"${key}" is indented but belongs to no key above it`);
		if (rest === '') {
			if (nested) parent![key] = '';
			else values[key] = parent = {};
			return;
		}
		const scalar = readScalar(rest);
		if (!scalar.ok) return void fail(lineNo, line.indexOf(rest) + scalar.column, `${scalar.message} (key "${key}")`);
		if (nested) parent![key] = scalar.value;
		else {
			values[key] = scalar.value;
			parent = undefined;
		}
	});
	while (other.length > 0 && (other.at(-1) ?? '').trim() === '') other.pop();
	return { values, other, errors };
}
