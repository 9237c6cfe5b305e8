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

/** Beyond this many candidate pairs the loose pass is skipped: exact titles still match. */
const LOOSE_PAIRS = 250_000;

/** `loose`: pair reworded headings too; not where the agenda itself holds the discussion, whose sections after it ("Upcoming Meetings") are not its items'. */
export function matchTopics(agenda: readonly string[], topics: readonly string[], loose = true): ItemSource[] {
	// Nothing to pair (an agenda with no sections, or sections with no agenda): every title is its own item.
	if (agenda.length === 0 || topics.length === 0) return order(agenda, topics, topics.map(() => undefined));
	const agendaKeys = agenda.map(normalise);
	const topicKeys = topics.map(normalise);
	const topicToAgenda: Array<number | undefined> = topics.map(() => undefined);
	const taken = new Set<number>();
	// Identical titles first, then titles equal but for case and punctuation, so a looser match
	// never takes the bullet another topic names more exactly.
	for (const keyOf of [(k: Key) => `=${k.exact}`, (k: Key) => (k.joined === '' ? undefined : `~${k.joined}`)]) {
		const free = new Map<string, { indexes: number[]; next: number }>();
		agendaKeys.forEach((k, i) => {
			const key = keyOf(k);
			if (key === undefined || taken.has(i)) return;
			const queue = free.get(key);
			if (queue === undefined) free.set(key, { indexes: [i], next: 0 });
			else queue.indexes.push(i);
		});
		topicKeys.forEach((k, t) => {
			const key = keyOf(k);
			const queue = topicToAgenda[t] === undefined && key !== undefined ? free.get(key) : undefined;
			const index = queue?.indexes[queue.next];
			if (queue === undefined || index === undefined) return;
			queue.next += 1;
			taken.add(index);
			topicToAgenda[t] = index;
		});
	}
	const openTopics = topicKeys.flatMap((_, t) => (topicToAgenda[t] === undefined ? [t] : []));
	const openAgenda = agendaKeys.flatMap((_, i) => (taken.has(i) ? [] : [i]));
	if (loose && openTopics.length * openAgenda.length <= LOOSE_PAIRS) {
		for (const t of openTopics) {
			let best: { index: number; score: number } | undefined;
			for (const i of openAgenda) {
				const s = taken.has(i) ? 0 : score(agendaKeys[i] as Key, topicKeys[t] as Key);
				if (s >= 0.5 && (best === undefined || s > best.score)) best = { index: i, score: s };
			}
			if (best === undefined) continue;
			taken.add(best.index);
			topicToAgenda[t] = best.index;
		}
	}
	return order(agenda, topics, topicToAgenda);
}

/** Agenda order, with each unplanned topic after the item of the topic before it. */
function order(agenda: readonly string[], topics: readonly string[], topicToAgenda: ReadonlyArray<number | undefined>): ItemSource[] {
	const planned: ItemSource[] = agenda.map((title, agendaIndex) => ({ title, agendaIndex }));
	const after = new Map<number, ItemSource[]>(); // agenda index (-1: before all) -> unplanned after it
	let anchor = -1;
	topics.forEach((title, topicIndex) => {
		const agendaIndex = topicToAgenda[topicIndex];
		if (agendaIndex !== undefined) {
			(planned[agendaIndex] as ItemSource).topicIndex = topicIndex;
			anchor = agendaIndex;
			return;
		}
		const list = after.get(anchor);
		if (list === undefined) after.set(anchor, [{ title, topicIndex }]);
		else list.push({ title, topicIndex });
	});
	const items = [...(after.get(-1) ?? [])];
	planned.forEach((item, i) => {
		items.push(item);
		const raised = after.get(i);
		if (raised !== undefined) items.push(...raised);
	});
	return items;
}

interface Key {
	exact: string;
	joined: string;
	plain: string;
	/** Read only by the loose pass, which most files never reach: see wordsOf. */
	words?: string[];
}

function normalise(title: string): Key {
	const lower = title.replace(/\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])?/g, '$1').toLowerCase();
	// Accents dropped ("Café" is "cafe"); an ASCII title, most of them, has none to drop.
	const plain = /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower;
	return { exact: title.trim().replace(/\s+/g, ' '), joined: plain.replace(/[^a-z0-9]/g, ''), plain };
}

function wordsOf(key: Key): string[] {
	key.words ??= [
		...new Set(
			key.plain
				.split(/[^a-z0-9]+/)
				.filter((w) => w.length > 1 && !STOP.has(w))
				.map((w) => w.replace(/s$/, '')),
		),
	];
	return key.words;
}

/** How much of the shorter title the other one covers; words match on their first four letters. */
function score(a: Key, b: Key): number {
	if (Math.min(a.joined.length, b.joined.length) >= 4 && (a.joined.startsWith(b.joined) || b.joined.startsWith(a.joined))) return 1;
	const [aWords, bWords] = [wordsOf(a), wordsOf(b)];
	const [few, many] = aWords.length <= bWords.length ? [aWords, bWords] : [bWords, aWords];
	if (few.length === 0) return 0;
	const same = (x: string, y: string) => x === y || (x.length >= 4 && y.length >= 4 && x.slice(0, 4) === y.slice(0, 4));
	return few.filter((w) => many.some((m) => same(w, m))).length / few.length;
}

/** Whether two titles are close enough that the importer may pair one with the other. */
export function confusable(a: string, b: string): boolean {
	const [x, y] = [normalise(a), normalise(b)];
	return x.exact === y.exact || (x.joined !== '' && x.joined === y.joined) || score(x, y) >= 0.5;
}
