// The 51 real MirageOS minutes (and their 51 pre-2022 forms) are the reference for
// "website-ready": importing each and exporting it again gives a file that renders to the
// same HTML and the same front matter, and (the aim) the same bytes.
import { afterAll, describe, expect, it } from 'vitest';
import { exportMinutes } from '../../../src/markdown/export.ts';
import { importMinutes } from '../../../src/markdown/import/import-minutes.ts';
import { corpusFiles, hasCorpus } from '../../helpers/corpus.ts';
import { frontMatterValues, html, splitFrontMatter } from '../../helpers/render.ts';
import { semantic, withoutLayout } from '../../helpers/semantic.ts';

const trimLines = (text: string) => text.replace(/[ \t]+$/gm, '');

for (const [folder, options] of [['', {}], ['pre-2022', { frontMatter: false }]] as const) {
	const files = corpusFiles(folder);
	const identical: string[] = [];
	describe.skipIf(!hasCorpus)(`corpus ${folder || 'data/weekly'} (${files.length} files)`, () => {
		it('has all 51 files', () => expect(files).toHaveLength(51));

		it.each(files)('$name: import then export renders the same', ({ name, text }) => {
			const result = importMinutes(text, { fileName: name });
			if (!result.ok) throw new Error(JSON.stringify(result.errors));
			const out = exportMinutes(result.meeting, 'mirage-www', options).markdown;
			expect(html(splitFrontMatter(out).body)).toBe(html(splitFrontMatter(text).body));
			expect(frontMatterValues(out)).toEqual(frontMatterValues(text));
			if (trimLines(out) === trimLines(text)) identical.push(name);
		});

		it.each(files)('$name: regenerated from the model alone, it reads back as the same meeting', ({ name, text }) => {
			const result = importMinutes(text, { fileName: name });
			if (!result.ok) throw new Error(JSON.stringify(result.errors));
			const regenerated = exportMinutes(withoutLayout(result.meeting), 'mirage-www', options).markdown;
			const again = importMinutes(regenerated, { fileName: name });
			if (!again.ok) throw new Error(JSON.stringify(again.errors));
			expect(semantic(again.meeting)).toEqual(semantic(result.meeting));
		});

		afterAll(() => {
			if (files.length > 0) console.log(`corpus ${folder || 'data/weekly'}: ${identical.length}/${files.length} byte-identical (modulo trailing white space)`);
		});
	});
}
