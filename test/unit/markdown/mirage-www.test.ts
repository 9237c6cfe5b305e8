// The MirageOS house style beyond what the golden files hold: the description, and which items get a section.
import { describe, expect, it } from 'vitest';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import { exportMinutes } from '../../../src/markdown/export.ts';
import { summaryOf } from '../../../src/markdown/mirage-www.ts';

describe('the generated description', () => {
	it('is plain text, as the site shows it', () => {
		const meeting = { ...createMeeting({ id: 'm', title: 'Weekly Meeting: 2015-01-14', date: '2015-01-14' }), items: [createItem({ id: 'a', title: '`mirage-dev` branch' }), createItem({ id: 'b', title: 'TLS: see the [post on mailing list][tls-xen]' })] };
		expect(summaryOf(meeting)).toBe('14th January 2015: mirage-dev branch and TLS: see the post on mailing list');
		expect(exportMinutes(meeting, 'mirage-www').markdown).toContain("description: '14th January 2015: mirage-dev branch and TLS: see the post on mailing list'");
	});
});

describe('an item raised and left empty', () => {
	it('gets no section in the minutes; one with something in it does', () => {
		const meeting = { ...createMeeting({ id: 'm', title: 'Call', date: '2015-01-14' }), items: [createItem({ id: 'a', title: 'Release', notes: 'Tagged.' }), createItem({ id: 'b', title: 'Raised, then nothing', unplanned: true }), createItem({ id: 'c', title: 'Raised and said', unplanned: true, notes: 'Yes.' })] };
		for (const profile of ['mirage-www', 'plain']) {
			const markdown = exportMinutes(meeting, profile).markdown;
			expect(markdown, profile).not.toContain('Raised, then nothing');
			expect(markdown, profile).toContain('Raised and said');
		}
	});
});
