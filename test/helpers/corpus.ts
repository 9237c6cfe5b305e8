// Finds the shared corpus beside the checkout (or at GAVEL_CORPUS). Tests that need it are
// skipped, with a warning on the console, where it is absent: it is never copied into the repo.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = process.env['GAVEL_CORPUS'] ?? join(root, '../shared/corpus/mirage-weekly');
export const hasCorpus = existsSync(join(corpusDir, 'FORMAT.md'));

if (!hasCorpus) console.warn(`\n*** corpus not found at ${corpusDir}: corpus tests are SKIPPED (set GAVEL_CORPUS) ***\n`);

export interface CorpusFile {
	name: string;
	text: string;
}

export function corpusFiles(sub = ''): CorpusFile[] {
	if (!hasCorpus) return [];
	const dir = join(corpusDir, sub);
	return readdirSync(dir)
		.filter((n) => /^\d{4}-\d{2}-\d{2}\.md$/.test(n))
		.sort()
		.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
