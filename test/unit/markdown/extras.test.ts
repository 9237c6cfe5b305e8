// The extra lines the pre-2022 MirageOS site needed beside each file (FORMAT.md §9), checked
// against the real registry (src/data.ml) and wiki index of the corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportMinutes } from '../../../src/markdown/export.ts';
import { importMinutes } from '../../../src/markdown/import/import-minutes.ts';
import { corpusDir, corpusFiles, hasCorpus } from '../../helpers/corpus.ts';

const meetings = corpusFiles().map((f) => {
	const result = importMinutes(f.text, { fileName: f.name });
	if (!result.ok) throw new Error(`${f.name} did not import`);
	return result.meeting;
});
const extras = (meeting: (typeof meetings)[number], registryAuthor?: string) =>
	Object.fromEntries(exportMinutes(meeting, 'mirage-www', registryAuthor === undefined ? {} : { registryAuthor }).extras.map((e) => [e.name, e.text]));

describe.skipIf(!hasCorpus)('site extras against the corpus index files', () => {
	const registry = hasCorpus ? readFileSync(join(corpusDir, 'index/data.ml.weekly-entries.txt'), 'utf8').split('\n') : [];
	const index = hasCorpus ? readFileSync(join(corpusDir, 'index/wiki-index.md'), 'utf8').split('\n') : [];

	it('writes the registry line of every meeting as the site had it', () => {
		// The label is the author's first name, except where the site used a nickname (mort).
		const labels: Record<string, string> = { 'Richard Mortier': 'mort' };
		const missing = meetings.filter((m) => !registry.includes(extras(m, labels[m.author?.name ?? ''])['registry-line'] ?? ''));
		expect(missing.map((m) => m.date)).toEqual([]);
		expect(meetings).toHaveLength(51);
	});

	it('writes the index bullet as the site had it wherever the bullet was not reworded by hand', () => {
		// FORMAT.md §9.3: the bullet's topics are the summary's, ignoring case and the final
		// period, for 39 of the 50 listed meetings; the rest were reworded.
		const norm = (line: string) => line.toLowerCase().replace(/[.!]$/, '');
		const listed = meetings.filter((m) => index.some((l) => l.includes(`[${m.date}](/wiki/weekly-${m.date})`)));
		const same = listed.filter((m) => index.map(norm).includes(norm(extras(m)['index-bullet'] ?? '')));
		expect(listed).toHaveLength(50);
		expect(same).toHaveLength(39);
	});
});
