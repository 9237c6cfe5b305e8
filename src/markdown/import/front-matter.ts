// Reads a YAML front-matter block of `key: value` lines and one level of nested mappings,
// which is what minutes front matter holds. Errors name the line and column.

import type { Diagnostic } from '../../core/diagnostics.ts';
import { readScalar } from '../yaml-scalar.ts';

export type FrontMatter = Record<string, string | Record<string, string>>;

export function readFrontMatter(lines: readonly string[], firstLine: number): { values: FrontMatter; errors: Diagnostic[] } {
	const values: FrontMatter = {};
	const errors: Diagnostic[] = [];
	let parent: Record<string, string> | undefined;
	const fail = (line: number, column: number, message: string) => errors.push({ severity: 'error', code: 'front-matter', line, column, message });
	lines.forEach((line, index) => {
		const lineNo = firstLine + index;
		if (line.trim() === '' || /^\s*#/.test(line)) return;
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
	return { values, errors };
}
