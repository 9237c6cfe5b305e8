// A pasted agenda becomes items with budgets; nothing the chair pasted is dropped.
import { describe, expect, it } from 'vitest';
import { parseAgendaText } from '../../../src/core/agenda-text.ts';

describe('parseAgendaText', () => {
	it.each([
		['- Intro (10m)', { title: 'Intro', budget: 10 }],
		['* Release status (10 min)', { title: 'Release status', budget: 10 }],
		['+ Website - 5 min', { title: 'Website', budget: 5 }],
		['1. Security review – 15 minutes', { title: 'Security review', budget: 15 }],
		['2) [15] Roadmap', { title: 'Roadmap', budget: 15 }],
		['[20m] Hiring', { title: 'Hiring', budget: 20 }],
		['Planning: 1h', { title: 'Planning', budget: 60 }],
		['Planning (1.5h)', { title: 'Planning', budget: 90 }],
		["Retro 5'", { title: 'Retro', budget: 5 }],
		['- MirageOS 2.7 released!', { title: 'MirageOS 2.7 released!' }],
		['- Outstanding Merges (TLS and DEVICE)', { title: 'Outstanding Merges (TLS and DEVICE)' }],
		['- Release 2.0 (10)', { title: 'Release 2.0', budget: 10 }],
	])('reads %j', (line, expected) => {
		expect(parseAgendaText(line)).toEqual([{ ...expected, subItems: [] }]);
	});

	it('keeps nested bullets as sub-items of the item above', () => {
		const items = parseAgendaText('- Improve onboarding (20m)\n  - GitHub Org cleanup\n  - Better documentation\n- AoB');
		expect(items).toEqual([
			{ title: 'Improve onboarding', budget: 20, subItems: ['GitHub Org cleanup', 'Better documentation'] },
			{ title: 'AoB', subItems: [] },
		]);
	});

	it('turns every line it cannot read into an item titled with that line', () => {
		const text = 'Agenda for Wednesday:\n\n- Intro (5m)\n???\n    ~~ odd ~~';
		expect(parseAgendaText(text).map((i) => i.title)).toEqual(['Agenda for Wednesday:', 'Intro', '???', '~~ odd ~~']);
	});

	it('accepts Windows line endings and tabs', () => {
		expect(parseAgendaText('- A (5m)\r\n\t- a1\r\n- B')).toEqual([
			{ title: 'A', budget: 5, subItems: ['a1'] },
			{ title: 'B', subItems: [] },
		]);
	});

	it('returns nothing for blank text', () => {
		expect(parseAgendaText('  \n\n')).toEqual([]);
	});
});
