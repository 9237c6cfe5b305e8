// Pairs the topic headings of the notes with the agenda bullets they discuss. Chairs reword
// headings ("OCaml-Conduit" becomes "Conduit", "Reminder: Xen doc day on the 24th!" becomes
// "Xen Doc Day"), so beyond exact titles the match is by shared significant words. A topic
// with no bullet was raised during the meeting: it becomes an unplanned item after the topic
// before it. Titles that share most of their words cannot be told apart: the first wins.

export interface ItemSource {
	title: string;
	agendaIndex?: number;
	topicIndex?: number;
}

const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'our', 'its', 'this', 'that', 'update', 'updates', 'progress', 'status', 'discussion', 'review', 'next', 'new', 'other', 'reminder']);

export function matchTopics(agenda: readonly string[], topics: readonly string[]): ItemSource[] {
	const agendaKeys = agenda.map(normalise);
	const topicKeys = topics.map(normalise);
	const taken = new Set<number>();
	const topicToAgenda: Array<number | undefined> = topics.map(() => undefined);
	// Identical titles first, then titles equal but for case and punctuation, so a looser match
	// never takes the bullet another topic names more exactly.
	const passes: Array<(a: Key, t: Key) => boolean> = [(a, t) => a.exact === t.exact, (a, t) => a.joined !== '' && a.joined === t.joined];
	for (const same of passes) {
		topicKeys.forEach((key, t) => {
			if (topicToAgenda[t] !== undefined) return;
			const index = agendaKeys.findIndex((a, i) => !taken.has(i) && same(a, key));
			if (index < 0) return;
			taken.add(index);
			topicToAgenda[t] = index;
		});
	}
	topicKeys.forEach((key, t) => {
		if (topicToAgenda[t] !== undefined) return;
		let best: { index: number; score: number } | undefined;
		agendaKeys.forEach((a, i) => {
			const s = taken.has(i) ? 0 : score(a, key);
			if (s >= 0.5 && (best === undefined || s > best.score)) best = { index: i, score: s };
		});
		if (best === undefined) return;
		taken.add(best.index);
		topicToAgenda[t] = best.index;
	});
	const items: ItemSource[] = agenda.map((title, agendaIndex) => ({ title, agendaIndex }));
	let after = -1;
	topics.forEach((title, topicIndex) => {
		const agendaIndex = topicToAgenda[topicIndex];
		if (agendaIndex !== undefined) {
			const item = items.find((i) => i.agendaIndex === agendaIndex);
			if (item !== undefined) item.topicIndex = topicIndex;
			after = items.findIndex((i) => i.agendaIndex === agendaIndex);
			return;
		}
		items.splice(after + 1, 0, { title, topicIndex });
		after += 1;
	});
	return items;
}

interface Key {
	exact: string;
	joined: string;
	words: string[];
}

function normalise(title: string): Key {
	const plain = title
		.replace(/\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])?/g, '$1')
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
	const words = plain
		.split(/[^a-z0-9]+/)
		.filter((w) => w.length > 1 && !STOP.has(w))
		.map((w) => w.replace(/s$/, ''));
	return { exact: title.trim().replace(/\s+/g, ' '), joined: plain.replace(/[^a-z0-9]/g, ''), words: [...new Set(words)] };
}

/** How much of the shorter title the other one covers; words match on their first four letters. */
function score(a: Key, b: Key): number {
	if (Math.min(a.joined.length, b.joined.length) >= 4 && (a.joined.startsWith(b.joined) || b.joined.startsWith(a.joined))) return 1;
	const [few, many] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
	if (few.length === 0) return 0;
	const same = (x: string, y: string) => x === y || (x.length >= 4 && y.length >= 4 && x.slice(0, 4) === y.slice(0, 4));
	return few.filter((w) => many.some((m) => same(w, m))).length / few.length;
}

/** Whether two titles are close enough that the importer may pair one with the other. */
export function confusable(a: string, b: string): boolean {
	const [x, y] = [normalise(a), normalise(b)];
	return x.exact === y.exact || (x.joined !== '' && x.joined === y.joined) || score(x, y) >= 0.5;
}
