// Fills Gavel's database for a benchmark scenario, through Gavel's own storage code, from an
// extension page (the database is per origin): `await seed('meeting40')`.
import { createItem, createMeeting, journalWriter } from '../../src/core/meeting.ts';
import type { MeetingEvent } from '../../src/core/events.ts';
import type { Meeting } from '../../src/core/types.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { journalStore } from '../../src/storage/journal-store.ts';

const words = 'the release is blocked on the tls pull request and ci needs one more fix before we tag it anil will look at the website branding and the hackathon dates are still open'.split(' ');
const prose = (chars: number, n: number) => {
	let text = '';
	for (let i = 0; text.length < chars; i++) text += `${words[(i * 7 + n) % words.length]}${i % 12 === 11 ? '.\n' : ' '}`;
	return text.slice(0, chars);
};

function meeting(id: string, date: string, items: number, notesPerItem: number): Meeting {
	return {
		...createMeeting({ id, title: `Weekly Meeting: ${date}`, date, startTime: '16:00', timeZone: 'UTC' }),
		chair: 'Amir Chaudhry',
		attendees: ['Amir Chaudhry', 'Anil Madhavapeddy', 'Richard Mortier', 'Thomas Gazagnaire', 'David Scott', 'Mindy Preston', 'Hannes Mehnert', 'Jeremy Yallop'].map((name, i) => ({ id: `p${i}`, name, presence: 'present' as const })),
		items: Array.from({ length: items }, (_, i) => ({
			...createItem({ id: `i${i}`, title: `Item ${i + 1}: ${words[i % words.length]} ${words[(i + 3) % words.length]}`, budget: 3, notes: prose(notesPerItem, i) }),
			actions: i % 5 === 0 ? [{ id: `a${i}`, owner: 'Anil Madhavapeddy', text: `follow up on item ${i + 1}`, status: 'open' as const }] : [],
			decisions: i % 7 === 0 ? [{ id: `d${i}`, text: `agreed on item ${i + 1}` }] : [],
		})),
	};
}

async function seed(kind: 'empty' | 'meeting40' | 'past1000' | 'hour'): Promise<string | undefined> {
	const store = journalStore(openDatabase());
	const now = Date.now();
	localStorage.removeItem('gavel.place');
	if (kind === 'empty') return undefined;
	if (kind === 'past1000') {
		for (let batch = 0; batch < 10; batch++) {
			const events = Array.from({ length: 100 }, (_, n) => {
				const i = batch * 100 + n;
				const date = new Date(Date.UTC(2026, 10, 25) - i * 7 * 86_400_000).toISOString().slice(0, 10);
				return journalWriter(`past-${i}`, 'seed')({ type: 'meeting.created', meeting: meeting(`past-${i}`, date, 6, 300) }, now - i * 1000);
			});
			await store.append(events, now);
		}
		return undefined;
	}
	// A meeting under way, started a minute ago: the panel reopens in it (Run).
	const big = kind === 'meeting40';
	const id = big ? 'bench-40' : 'bench-hour';
	const w = journalWriter(id, 'seed');
	const events: MeetingEvent[] = [
		w({ type: 'meeting.created', meeting: meeting(id, '2026-11-25', big ? 40 : 10, big ? 1280 : 0) }, now - 61_000),
		w({ type: 'meeting.started', itemId: 'i0' }, now - 60_000),
	];
	await store.append(events, now, 'strict');
	localStorage.setItem('gavel.place', JSON.stringify({ meetingId: id, view: 'run' }));
	return id;
}

Object.assign(globalThis, { seed });
