// The downloaded file's name cannot be made to leave its folder or trip a file system, whatever
// a meeting's title or date holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../../src/core/meeting.ts';
import { exportMinutes } from '../../../src/markdown/export.ts';
import { safeFileName } from '../../../src/markdown/file-name.ts';
import { fcParams } from '../../helpers/fc-params.ts';

const SAFE = /^(?!\.)[^\u0000-\u001f\u007f<>:"/\\|?*]{1,117}(?<![.\s])\.md$/u;

describe('file names', () => {
	it('keeps ordinary names as they are', () => {
		expect(safeFileName('2026-11-25.md')).toBe('2026-11-25.md');
		expect(safeFileName('2026-11-25-weekly-call.md')).toBe('2026-11-25-weekly-call.md');
	});

	it('takes out folders, parent steps, control characters and device names', () => {
		expect(safeFileName('../../etc/passwd.md')).toBe('etc-passwd.md');
		expect(safeFileName('..\\..\\boot.ini')).toBe('boot.ini.md');
		expect(safeFileName('a\u0000b\nc.md')).toBe('a-b-c.md');
		expect(safeFileName('minutes\u202Edm.exe')).toBe('minutesdm.exe.md');
		expect(safeFileName('CON.md')).toBe('_CON.md');
		expect(safeFileName('nul.txt.md')).toBe('_nul.txt.md');
		expect(safeFileName('. . ..md')).toBe('minutes.md');
		expect(safeFileName('x'.repeat(500)).length).toBe(120);
		expect(safeFileName('😀'.repeat(200))).toBe(`${'😀'.repeat(117)}.md`);
	});

	it('gives every export a safe name, whatever the title and date say', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.constantFrom('mirage-www', 'plain'), (title, date, profile) => {
			const meeting = createMeeting({ id: 'm', title, date });
			const { fileName } = exportMinutes(meeting, profile);
			expect(fileName).toMatch(SAFE);
			expect(fileName).not.toMatch(/[\p{Cf}\p{Cs}]/u);
			expect(fileName).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)\s*\./i);
		}), fcParams(300));
	});
});
