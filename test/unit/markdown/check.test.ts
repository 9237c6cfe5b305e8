// `gavel check` is fair to other communities' minutes: it names the chair they name, sees notes
// where they write them, and places every message at a line and column (fixtures written here in
// the W3C scribejs and Node.js TSC styles).
import { describe, expect, it } from 'vitest';
import { checkMinutes } from '../../../src/markdown/check.ts';

describe('gavel check on other styles', () => {
	it('takes the chair from a "**Chair:**" line', () => {
		const file = '# Call — Minutes\n\n**Date:** 2026-11-18\n\n## Attendees\n\n**Present:** Ada Lovelace, Grace Hopper\n\n**Chair:** Wendy Reid\n\n## Content:\n\n### 1. Budget\n\n**Ada Lovelace:** fine.\n';
		expect(checkMinutes(file, 'call.md')).toEqual([]);
	});

	it('says once where the notes stand apart from the agenda items, at its line', () => {
		const file = '# Committee Meeting 2026-11-18\n\n## Present\n\n* Ada Lovelace @ada (chair)\n\n## Agenda\n\n* Release plan\n* Budget\n\n## Notes\n\n* ada: the release is on track\n* ada: the budget is fine\n';
		const found = checkMinutes(file, 'meeting.md');
		expect(found.map((d) => [d.code, d.line, d.column])).toEqual([['notes-unattached', 14, 1]]);
		expect(found[0]?.message).toMatch(/2 agenda items/);
	});

	it('places every message, even one about the whole meeting', () => {
		const file = '# Committee Meeting 2026-11-18\n\n## Agenda\n\n* Release plan\n\n## Release plan\n\n- [ ] write the post\n';
		const found = checkMinutes(file, 'meeting.md');
		expect(found.map((d) => d.code).sort()).toEqual(['action-without-owner', 'no-chair']);
		for (const d of found) expect([d.line, d.column], d.code).toEqual([expect.any(Number), 1]);
		expect(found.find((d) => d.code === 'action-without-owner')?.line).toBe(9);
	});
});
