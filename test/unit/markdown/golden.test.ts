// The minutes of a sample meeting, in each profile, against golden files that were checked
// by eye once and are held. Set UPDATE_GOLDEN=1 to rewrite them after a deliberate change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/core/journal.ts';
import { exportMinutes } from '../../../src/markdown/export.ts';
import { SAMPLE_END, sampleJournal } from '../../fixtures/sample-meeting.ts';

const golden = (name: string, actual: string) => {
	const path = new URL(`../../golden/${name}`, import.meta.url);
	if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(path)) writeFileSync(path, actual);
	expect(actual).toBe(readFileSync(path, 'utf8'));
};

describe('sample meeting', () => {
	const meeting = replay(sampleJournal());
	if (meeting === undefined) throw new Error('no meeting');

	it('mirage-www', () => {
		const minutes = exportMinutes(meeting, 'mirage-www');
		expect(minutes.fileName).toBe('2026-11-25.md');
		golden('sample.mirage-www.md', minutes.markdown);
		golden('sample.mirage-www.extras.txt', minutes.extras.map((e) => `${e.name}: ${e.text}`).join('\n') + '\n');
	});

	it('mirage-www without front matter (pre-2022)', () => {
		golden('sample.mirage-www-pre-2022.md', exportMinutes(meeting, 'mirage-www', { frontMatter: false }).markdown);
	});

	it('plain, with planned and actual time', () => {
		const minutes = exportMinutes(meeting, 'plain', { timingTable: true, now: SAMPLE_END });
		expect(minutes.fileName).toBe('2026-11-25-weekly-meeting-2026-11-25.md');
		golden('sample.plain.md', minutes.markdown);
	});
});
