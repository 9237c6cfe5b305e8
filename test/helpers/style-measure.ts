// How close a file written in a learned house style is to the site's real file: the share of
// lines that are the same, in order, and whether the front-matter keys and the headings match.
import { atxHeading, scanLines } from '../../src/markdown/line-scan.ts';

const meaningful = (text: string) => text.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');

/** Lines of both in the same order (longest common subsequence), over the longer of the two: a line written and not in the real file costs as much as one missing. Blank lines are not counted. */
export function sameLines(real: string, written: string): { same: number; of: number; missing: string[] } {
	const a = meaningful(real);
	const b = meaningful(written);
	const rows = a.length + 1;
	const cols = b.length + 1;
	const table = new Uint16Array(rows * cols);
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			table[i * cols + j] = a[i] === b[j] ? (table[(i + 1) * cols + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * cols + j] ?? 0, table[i * cols + j + 1] ?? 0);
		}
	}
	const missing: string[] = [];
	for (let i = 0, j = 0; i < a.length; ) {
		if (j < b.length && a[i] === b[j]) {
			i++;
			j++;
		} else if (j < b.length && (table[i * cols + j + 1] ?? 0) >= (table[(i + 1) * cols + j] ?? 0)) j++;
		else missing.push(a[i++] ?? '');
	}
	return { same: table[0] ?? 0, of: Math.max(a.length, b.length), missing };
}

export function frontMatterKeys(text: string): string[] {
	const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
	return match === null ? [] : [...(match[1] ?? '').matchAll(/^([A-Za-z_][\w-]*):/gm)].map((m) => m[1] ?? '');
}

/** The headings' levels and forms: their text with the meeting's own words (titles) replaced by what they are, so two meetings of one site compare. */
export function headingStructure(text: string): string[] {
	const lines = text.split('\n');
	const { contexts } = scanLines(lines);
	return lines.flatMap((line, i) => {
		const heading = contexts[i] === 'text' ? atxHeading(line) : undefined;
		return heading === undefined ? [] : [`${heading.level}`];
	});
}
