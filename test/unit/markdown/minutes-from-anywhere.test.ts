// Issue 14's figures, measured on every corpus beside the checkout: each file imports with its
// date, an export with the plain profile keeps its words, the attendance block's names are the
// meeting's attendees, and the marked actions and decisions are records.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportMinutes } from '../../../src/markdown/export.ts';
import { importMinutes } from '../../../src/markdown/import/import-minutes.ts';
import { corpusDir } from '../../helpers/corpus.ts';
import { attendeeNames, bareName, referenceAttendance, referenceRecords, wordsKept } from '../../helpers/minutes-measure.ts';

const shared = join(corpusDir, '..');
const corpora = [
	{ name: 'MirageOS', dir: corpusDir, pattern: /^\d{4}-\d\d-\d\d\.md$/ },
	{ name: 'Node.js TSC', dir: join(shared, 'nodejs-tsc'), pattern: /\.md$/ },
	{ name: 'W3C PWG', dir: join(shared, 'w3c-publ-wg'), pattern: /\.md$/ },
	{ name: 'MirageOS pages', dir: join(corpusDir, 'page-text'), pattern: /\.txt$/ },
].filter((c) => existsSync(c.dir));

const rows: string[] = [];
if (corpora.length === 0) it.skip('needs the corpora beside the checkout (../shared/corpus)', () => {});
for (const corpus of corpora) {
	const files = readdirSync(corpus.dir).filter((n) => corpus.pattern.test(n)).sort();
	describe(`${corpus.name} (${files.length} files)`, () => {
		const figures = { imported: 0, kept: 0, total: 0, worst: { share: 1, name: '' }, withBlock: 0, exact: 0, marked: 0, found: 0 };
		it.each(files)('%s', (name) => {
			const text = readFileSync(join(corpus.dir, name), 'utf8');
			const result = importMinutes(text, { fileName: name });
			if (!result.ok) return;
			const named = /\d{4}-\d{2}-\d{2}/.exec(name)?.[0] ?? '';
			if (Math.abs(Date.parse(result.meeting.date) - Date.parse(named)) <= 86_400_000) figures.imported++;
			const out = exportMinutes(result.meeting, 'plain').markdown;
			const kept = wordsKept(text, out);
			figures.kept += kept.kept;
			figures.total += kept.total;
			const share = kept.kept / kept.total;
			if (share < figures.worst.share) figures.worst = { share, name };
			if (process.env['GAVEL_MEASURE_VERBOSE']) console.log(name, (share * 100).toFixed(1), kept.lost.slice(0, 40).join(' '));
			const reference = referenceAttendance(text);
			if (reference !== undefined) {
				figures.withBlock++;
				const got = attendeeNames(result.meeting).map(bareName).sort();
				if (JSON.stringify(got) === JSON.stringify([...reference].sort())) figures.exact++;
				else if (process.env['GAVEL_MEASURE_VERBOSE']) console.log(name, 'attendees', got.length, reference.length, JSON.stringify(got.filter((n) => !reference.includes(n))), JSON.stringify(reference.filter((n) => !got.includes(n))));
			}
			figures.marked += referenceRecords(text);
			figures.found += result.meeting.items.reduce((n, i) => n + i.actions.length + i.decisions.length, 0);
			expect(result.ok).toBe(true);
		});
		it('imports every file with its date, and finds the names of every attendance block', () => {
			expect(figures.imported).toBe(files.length);
			expect(figures.exact / Math.max(1, figures.withBlock)).toBeGreaterThanOrEqual(0.95);
			// Every word kept by the plain profile: 99.9 % of the corpus, 99 % of each file.
			expect(figures.kept / figures.total).toBeGreaterThanOrEqual(0.999);
			expect(figures.worst.share).toBeGreaterThanOrEqual(0.99);
		});
		afterAll(() => {
			const pct = (a: number, b: number) => (b === 0 ? '–' : `${(Math.floor((10_000 * a) / b) / 100).toFixed(2)} %`);
			rows.push(`| ${corpus.name} | ${files.length} | ${figures.imported}/${files.length} | ${pct(figures.kept, figures.total)} (worst ${pct(figures.worst.share, 1)}${figures.worst.name === '' ? '' : `, ${figures.worst.name}`}) | ${figures.exact}/${figures.withBlock} | ${figures.found}/${figures.marked} |`);
		});
	});
}
afterAll(() => {
	if (rows.length > 0) console.log(['| corpus | files | imported, right date | words kept, plain | attendees exact | records found/marked |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n'));
});
