// The attendance blocks of other communities' minutes, in the forms they are written in (fixtures
// written here after the styles of W3C scribejs pages, the Node.js TSC, and others): each name
// once, with its presence, role, handle and note, and the file still exported as it was.
import { describe, expect, it } from 'vitest';
import type { Attendee } from '../../../../src/core/types.ts';
import { exportMinutes } from '../../../../src/markdown/export.ts';
import { importMinutes } from '../../../../src/markdown/import/import-minutes.ts';

function read(text: string) {
	const result = importMinutes(text, { fileName: '2026-11-18.md' });
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	// Every file comes back byte for byte, whatever was read from it.
	expect(exportMinutes(result.meeting, 'mirage-www').markdown).toBe(text);
	return result.meeting;
}

const who = (attendees: readonly Attendee[]) => attendees.map((a) => [a.name, a.presence, a.role ?? '', a.handle ?? '', a.note ?? ''].join('|'));

describe('attendance', () => {
	it('is read from labelled paragraphs under a heading, chairs and scribes included', () => {
		const meeting = read(
			'# Group call — Minutes\n{: .no_toc}\n\n**Date:** 2026-11-18\n\n## Attendees\n{: .no_toc}\n**Present:** Ada Lovelace, Grace Hopper, Yu-Wei Chang (Yanni)\n\n**Regrets:** Alan Turing\n\n**Guests:** \n\n**Chair:** Barbara Liskov, Ada Lovelace\n\n**Scribe(s):** Grace Hopper\n\n## Content:\n\n### 1. Budget\n\n**Ada Lovelace:** the budget is fine.\n',
		);
		expect(who(meeting.attendees)).toEqual([
			'Ada Lovelace|present|chair||',
			'Grace Hopper|present|secretary||',
			'Yu-Wei Chang|present|||Yanni',
			'Barbara Liskov|present|chair||',
			'Alan Turing|regrets|||',
		]);
		expect(meeting.chair).toBe('Ada Lovelace');
		expect(meeting.secretary).toBe('Grace Hopper');
		// The topics are the sections inside "Content:", not "Content:" itself.
		expect(meeting.items.map((i) => i.title)).toEqual(['1. Budget']);
	});

	it('is read from one name a bullet, with handles, notes and groups', () => {
		const meeting = read(
			'# Committee Meeting 2026-11-18\n\n## Present\n\n### Members\n\n* Anna Example @anna (TSC)\n* Сковорода Никита @nikita (TSC)\n* Matteo Example @matteo (TSC) - joined at 16:23 UTC\n\n### Observers\n\n* Tim Example @tim (observer)\n\n## Agenda\n\n* Release plan\n\n## Release plan\n\nShip it.\n',
		);
		expect(who(meeting.attendees)).toEqual([
			'Anna Example|present||@anna|TSC',
			'Сковорода Никита|present||@nikita|TSC',
			'Matteo Example|present||@matteo|TSC; joined at 16:23 UTC',
			'Tim Example|present||@tim|observer',
		]);
		expect(meeting.items.map((i) => i.title)).toEqual(['Release plan']);
	});

	it('is read from sections side by side, those not present as regrets', () => {
		const meeting = read('# Committee Meeting 2026-11-18\n\n## Present\n\n* Anna Example @anna (TSC)\n\n## Not present\n\n* Rod Example @rod (TSC)\n\n## Agenda\n\n* Release plan\n');
		expect(who(meeting.attendees)).toEqual(['Anna Example|present||@anna|TSC', 'Rod Example|regrets||@rod|TSC']);
		expect(meeting.items.map((i) => i.title)).toEqual(['Release plan']);
	});

	it('is read from a table with a name column', () => {
		const meeting = read('# Minutes 2026-11-18\n\n## Attendance\n\n| Affiliation | Name |\n| --- | --- |\n| Acme | Ada Lovelace |\n| Example Corp | Grace Hopper |\n\n## Topics\n\nNone.\n');
		expect(meeting.attendees.map((a) => a.name)).toEqual(['Ada Lovelace', 'Grace Hopper']);
	});

	it('is read from lines at the top of the file, without a heading', () => {
		const meeting = read('# Weekly sync, 2026-11-18\n\nChair: Ada Lovelace\nNote taker: Grace Hopper\nAttendees: Ada Lovelace, Grace Hopper and Alan Turing\nApologies: Edsger Dijkstra\n\n## Release\n\nPresent: the release is late.\n');
		expect(who(meeting.attendees)).toEqual(['Ada Lovelace|present|chair||', 'Grace Hopper|present|secretary||', 'Alan Turing|present|||', 'Edsger Dijkstra|regrets|||']);
		// "Present:" in a topic's notes is what was said there.
		expect(meeting.items[0]?.notes).toBe('Present: the release is late.');
	});

	it('is read from "Attendees:" over a list', () => {
		const meeting = read('# Sync 2026-11-18\n\nAttendees:\n\n- Ada Lovelace\n- Grace Hopper (chair)\n\n## Release\n\nLate.\n');
		expect(who(meeting.attendees)).toEqual(['Ada Lovelace|present|||', 'Grace Hopper|present|chair||']);
	});

	it('finds nobody where the section names nobody', () => {
		const meeting = read('# Committee Meeting 2026-11-18\n\n## Present\n\nN/A In person meeting cancelled.\n\n## Agenda\n\n* Release plan\n');
		expect(meeting.attendees).toEqual([]);
		expect(read('# Committee Meeting 2026-11-18\n\n## Present\n\nN/A, the meeting was cancelled.\n').attendees).toEqual([]);
		// A bulleted sentence is not a person either.
		expect(read('# Committee Meeting 2026-11-18\n\n## Present\n\n* Everyone who was at the summit, see the list there.\n').attendees).toEqual([]);
	});
});
