// The snapshot kept beside a meeting's journal: what the meetings list shows and searches.

import type { Meeting } from '../core/types.ts';
import type { MeetingRecord } from './schema.ts';

const MAX_WORDS = 2_000;

export function snapshotOf(meeting: Meeting, updatedAt: number): MeetingRecord {
	const text = [
		meeting.title,
		meeting.summary ?? '',
		...meeting.attendees.map((a) => `${a.name} ${a.handle ?? ''}`),
		...meeting.items.flatMap((i) => [i.title, i.notes, ...i.subItems, ...i.decisions.map((d) => d.text), ...i.actions.map((a) => `${a.owner} ${a.text}`)]),
		meeting.aob,
	].join(' ');
	return { id: meeting.id, title: meeting.title, date: meeting.date, updatedAt, words: wordsOf(text).slice(0, MAX_WORDS), state: meeting };
}

/** Distinct lower-cased words of two letters or more, accents folded ("Bünzli" finds "bunzli"). */
export function wordsOf(text: string): string[] {
	const folded = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
	return [...new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2))];
}
