// Minutes are a draft until the chair marks them final, and a draft export says so in each
// format; importing it back keeps it a draft and gives the same bytes again. The MirageOS format
// can add an Actions list.
import { describe, expect, it } from 'vitest';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import type { Meeting } from '../../../src/core/types.ts';
import { exportMinutes } from '../../../src/markdown/export.ts';
import { importMinutes } from '../../../src/markdown/import/import-minutes.ts';

const meeting = (draft: boolean): Meeting => ({
	...createMeeting({ id: 'm', title: 'Weekly Meeting: 2026-11-25', date: '2026-11-25' }),
	items: [
		{ ...createItem({ id: 'a', title: 'Release', notes: 'Blocked on TLS.' }), actions: [{ id: 'x', owner: 'Anil Madhavapeddy', text: 'tag 4.2', status: 'open' }, { id: 'y', owner: 'Mort', text: 'post', status: 'done', due: '2026-11-30' }] },
		createItem({ id: 'b', title: 'Website', notes: 'New logo.' }),
	],
	...(draft ? { draft: true } : {}),
});

describe('draft minutes', () => {
	it('are marked in the front matter (the site does not publish drafts), and not once final', () => {
		expect(exportMinutes(meeting(true), 'mirage-www').markdown).toContain("\ndescription: '25th November 2026: Release and Website'\ndraft: true\n---\n");
		expect(exportMinutes(meeting(false), 'mirage-www').markdown).not.toMatch(/draft/i);
	});

	it('start with "DRAFT: " in the pre-2022 form, and say so under the title in plain Markdown', () => {
		expect(exportMinutes(meeting(true), 'mirage-www', { frontMatter: false }).markdown.split('\n')[0]).toBe('DRAFT: 25th November 2026: Release and Website');
		expect(exportMinutes(meeting(true), 'plain').markdown).toMatch(/^# Weekly Meeting: 2026-11-25\n\n> \*\*Draft:\*\* these minutes are not final yet\.\n/);
		expect(exportMinutes(meeting(false), 'plain').markdown).not.toMatch(/draft/i);
	});

	it('come back from an import as drafts, byte for byte, in both MirageOS forms', () => {
		for (const frontMatter of [true, false]) {
			const first = exportMinutes(meeting(true), 'mirage-www', { frontMatter }).markdown;
			const read = importMinutes(first, { fileName: '2026-11-25.md' });
			if (!read.ok) throw new Error(JSON.stringify(read.errors));
			expect(read.meeting.draft).toBe(true);
			expect(read.meeting.summary ?? '').not.toMatch(/DRAFT/);
			expect(exportMinutes(read.meeting, 'mirage-www').markdown).toBe(first);
			// Marked final after the import: the marker goes, the rest stays.
			const final = exportMinutes({ ...read.meeting, draft: false }, 'mirage-www').markdown;
			expect(final).toBe(exportMinutes(meeting(false), 'mirage-www', { frontMatter }).markdown);
		}
	});

	it('MirageOS minutes can list every action after the notes', () => {
		const out = exportMinutes(meeting(false), 'mirage-www', { actionsList: true }).markdown;
		expect(out).toContain('#### Actions ####\n\n- Anil Madhavapeddy — tag 4.2\n- Mort — post (due 2026-11-30) [done]\n');
		expect(exportMinutes(meeting(false), 'mirage-www').markdown).not.toContain('#### Actions ####');
	});
});
