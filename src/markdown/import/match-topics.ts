// Pairs the topic headings of the notes with the agenda bullets they discuss. Chairs reword
// headings ("Quality and Test" becomes "Quality and test infrastructure"), so the match is
// loose: same words, or one title the start of the other. A topic with no bullet was raised
// during the meeting: it becomes an unplanned item after the topic before it.

export interface ItemSource {
	title: string;
	agendaIndex?: number;
	topicIndex?: number;
}

export function matchTopics(agenda: readonly string[], topics: readonly string[]): ItemSource[] {
	const agendaKeys = agenda.map(normalise);
	const taken = new Set<number>();
	const topicToAgenda = topics.map((topic) => {
		const key = normalise(topic);
		const exact = agendaKeys.findIndex((a, i) => !taken.has(i) && a.joined === key.joined);
		const index = exact >= 0 ? exact : agendaKeys.findIndex((a, i) => !taken.has(i) && similar(a, key));
		if (index >= 0) taken.add(index);
		return index >= 0 ? index : undefined;
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
	joined: string;
	words: Set<string>;
}

function normalise(title: string): Key {
	const plain = title
		.replace(/\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])?/g, '$1')
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
	const words = plain.split(/[^a-z0-9]+/).filter((w) => w.length > 2);
	return { joined: plain.replace(/[^a-z0-9]/g, ''), words: new Set(words) };
}

function similar(a: Key, b: Key): boolean {
	const shorter = Math.min(a.joined.length, b.joined.length);
	if (shorter >= 4 && (a.joined.startsWith(b.joined) || b.joined.startsWith(a.joined))) return true;
	const shared = [...a.words].filter((w) => b.words.has(w)).length;
	const union = new Set([...a.words, ...b.words]).size;
	return union > 0 && shared / union >= 0.5;
}
