// Issue 14's style figures: for each pair of consecutive files of a corpus, the style is learned
// from file N, file N+1 is imported and rebuilt from its model alone (the text the importer kept
// is dropped), written in the learned style, and compared with the real file N+1.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportMinutes } from '../../../../src/markdown/export.ts';
import { importMinutes } from '../../../../src/markdown/import/import-minutes.ts';
import { renderBlocks } from '../../../../src/markdown/layout.ts';
import { learnStyle } from '../../../../src/markdown/style/learn-style.ts';
import { styleProfile } from '../../../../src/markdown/style/write-style.ts';
import { corpusDir } from '../../../helpers/corpus.ts';
import { wordsKept } from '../../../helpers/minutes-measure.ts';
import { frontMatterKeys, headingStructure, sameLines } from '../../../helpers/style-measure.ts';

const shared = join(corpusDir, '..');
const corpora = [
	// MirageOS is written by its own profile (mirage-www); its learned style is measured, not held to a figure.
	{ name: 'MirageOS', dir: corpusDir, pattern: /^\d{4}-\d\d-\d\d\.md$/, lines: 0, words: 0.99, frontMatter: 0, headings: 0 },
	// Words: where the site changed its style between two weeks, a title written twice (agenda and heading) is written once.
	// Headings: Node.js changed its agenda's group levels and sections from week to week (29 of 41 the same, not yet the 95 % aimed at).
	{ name: 'Node.js TSC', dir: join(shared, 'nodejs-tsc'), pattern: /\.md$/, lines: 0.9, words: 0.985, frontMatter: 1, headings: 0.73 },
	// Front matter: the three weeks the site added or dropped its JSON-LD key.
	{ name: 'W3C PWG', dir: join(shared, 'w3c-publ-wg'), pattern: /\.md$/, lines: 0.9, words: 0.995, frontMatter: 0.9, headings: 1 },
].filter((c) => existsSync(c.dir));

const rows: string[] = [];
if (corpora.length === 0) it.skip('needs the corpora beside the checkout (../shared/corpus)', () => {});
for (const corpus of corpora) {
	const files = readdirSync(corpus.dir).filter((n) => corpus.pattern.test(n)).sort();
	describe(`${corpus.name}: file N+1 written in the style of file N`, () => {
		const figures = { pairs: 0, kept: 0, words: 0, same: 0, of: 0, frontMatter: 0, headings: 0, fileName: 0, worst: { share: 1, name: '' } };
		it.each(files.slice(1).map((name, i) => [files[i] ?? '', name]))('%s → %s', (before, name) => {
			const learned = learnStyle(readFileSync(join(corpus.dir, before), 'utf8'), before);
			const real = readFileSync(join(corpus.dir, name), 'utf8');
			const imported = importMinutes(real, { fileName: name });
			if (!learned.ok || !imported.ok) throw new Error(`${before} or ${name} did not import`);
			const { source: _, ...model } = imported.meeting;
			const profile = styleProfile(learned.style);
			const written = renderBlocks(profile.blocks(model, {}));
			const lines = sameLines(real, written);
			figures.pairs++;
			figures.same += lines.same;
			figures.of += lines.of;
			const share = lines.same / lines.of;
			if (share < figures.worst.share) figures.worst = { share, name };
			if (JSON.stringify(frontMatterKeys(written)) === JSON.stringify(frontMatterKeys(real))) figures.frontMatter++;
			if (JSON.stringify(headingStructure(written)) === JSON.stringify(headingStructure(real))) figures.headings++;
			if (profile.fileName(model) === name) figures.fileName++;
			// The file itself, imported with what the model has no field for, exported in the style: no word lost.
			const kept = wordsKept(real, exportMinutes(imported.meeting, 'learned', { style: learned.style }).markdown);
			figures.kept += kept.kept;
			figures.words += kept.total;
			if (process.env['GAVEL_MEASURE_VERBOSE'] && kept.kept < kept.total) console.log(name, 'words lost', kept.lost.slice(0, 30).join(' '));
			if (process.env['GAVEL_MEASURE_VERBOSE']) console.log(name, (share * 100).toFixed(1), process.env["GAVEL_MEASURE_VERBOSE"] === "2" ? lines.missing.join("\n") : lines.missing.slice(0, 12));
		});
		it('writes file N+1 as the site did, keeping its words', () => {
			expect(figures.same / figures.of).toBeGreaterThanOrEqual(corpus.lines);
			expect(figures.kept / figures.words).toBeGreaterThanOrEqual(corpus.words);
			expect(figures.fileName / figures.pairs).toBeGreaterThanOrEqual(0.9);
			expect(figures.frontMatter / figures.pairs).toBeGreaterThanOrEqual(corpus.frontMatter);
			expect(figures.headings / figures.pairs).toBeGreaterThanOrEqual(corpus.headings);
		});
		afterAll(() => {
			const pct = (a: number, b: number) => (b === 0 ? '–' : `${(Math.floor((1000 * a) / b) / 10).toFixed(1)} %`);
			rows.push(`| ${corpus.name} | ${figures.pairs} | ${pct(figures.same, figures.of)} (worst ${pct(figures.worst.share, 1)}, ${figures.worst.name}) | ${figures.frontMatter}/${figures.pairs} | ${figures.headings}/${figures.pairs} | ${figures.fileName}/${figures.pairs} | ${pct(figures.kept, figures.words)} |`);
		});
	});
}
afterAll(() => {
	if (rows.length > 0) console.log(['| corpus | pairs | lines the same | front-matter keys | heading structure | file name | words kept |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n'));
});
