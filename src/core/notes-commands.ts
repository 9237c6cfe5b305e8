// The lines scribes already type, as W3C (Zakim/RRSAgent) and MeetBot users know them, read as
// records: `action: NAME to TEXT` (or `will`), `decision:` / `resolved:`, `present+ NAME, …`,
// `regrets+ NAME, …`, `link: URL [text]`, `topic: TEXT`, and `s/old/new/` to correct the line
// before. MeetBot's `#action`, `#agreed`, `#link`, `#topic` and W3C's upper-case `ACTION:` and
// `RESOLUTION:` are the same commands. Pure and linear: one line in, one command or nothing out.
//
// A keyword is a command in lower case or in capitals, as scribes type them; in sentence case
// ("Topic: the release slipped", "Decision: none yet") it starts a sentence, and stays prose.
// A chair who meant the record retypes it in lower case; one that became a record by mistake is
// turned back at once with Ctrl+Z (the notes box keeps the line it took).

export type NotesCommand =
	| { kind: 'action'; owner: string; text: string }
	| { kind: 'decision'; text: string }
	| { kind: 'present'; names: string[] }
	| { kind: 'regrets'; names: string[] }
	| { kind: 'link'; url: string; text?: string }
	| { kind: 'topic'; title: string }
	| { kind: 'correction'; from: string; to: string; all: boolean };

const LEAD = /^\s*(?:[-*+]\s+)?/; // a command may sit in a bullet
const KEYWORDS = ['action', 'decision', 'decided', 'resolved', 'resolution', 'topic', 'link'];
const COLON = new RegExp(`^(${[...KEYWORDS, ...KEYWORDS.map((k) => k.toUpperCase())].join('|')})\\s*:\\s*(.*)$`);
const MEETBOT = /^#(action|agreed|topic|link)\s+(.*)$/i;
const PLUS = /^(present|regrets)\+\s*(.*)$/i;
// What every command starts with, behind LEAD: one test turns away the lines of prose, most of them.
const MAYBE = /^\s*(?:[-*+]\s+)?(?:#|s\/|[A-Za-z]+\s*[:+])/;

/** The command a line of notes holds, if it holds one. */
export function parseNotesLine(line: string): NotesCommand | undefined {
	if (!MAYBE.test(line)) return undefined;
	const body = line.replace(LEAD, '').trimEnd();
	if (body.startsWith('s/')) return parseCorrection(body);
	const match = COLON.exec(body) ?? MEETBOT.exec(body) ?? PLUS.exec(body);
	const keyword = match?.[1]?.toLowerCase();
	const text = match?.[2]?.trim() ?? '';
	if (keyword === undefined || text === '') return undefined;
	switch (keyword) {
		case 'action':
			return action(text);
		case 'topic':
			return { kind: 'topic', title: text };
		case 'link':
			return link(text);
		case 'present':
			return { kind: 'present', names: names(text) };
		case 'regrets':
			return { kind: 'regrets', names: names(text) };
		default:
			// decision, decided, resolved, resolution, agreed
			return { kind: 'decision', text };
	}
}

/** "Anil to tag 4.2", "Anil Madhavapeddy will tag 4.2"; with neither word, no owner yet. */
function action(text: string): NotesCommand {
	const at = /\s(?:to|will)\s/i.exec(text);
	if (at === null) return { kind: 'action', owner: '', text };
	return { kind: 'action', owner: text.slice(0, at.index).trim(), text: text.slice(at.index + at[0].length).trim() };
}

function link(text: string): NotesCommand | undefined {
	const [url = '', ...words] = text.split(/\s+/);
	if (!/^(?:https?:\/\/|mailto:)\S+$/i.test(url)) return undefined;
	const label = words.join(' ').replace(/^\[(.*)\]$/, '$1').trim();
	return label === '' ? { kind: 'link', url } : { kind: 'link', url, text: label };
}

function names(text: string): string[] {
	// Spaces made single first, so the split has nothing to backtrack over (a notes line can be long).
	return text.replace(/\s+/g, ' ').split(/[,;]| and /).map((n) => n.trim()).filter((n) => n !== '');
}

/** `s/old/new/` or `s/old/new/g`: `\/` stands for a slash inside either part. */
function parseCorrection(body: string): NotesCommand | undefined {
	if (!body.startsWith('s/')) return undefined;
	const parts: string[] = [];
	let current = '';
	for (let i = 2; i < body.length; i++) {
		const c = body[i];
		if (c === '\\' && body[i + 1] === '/') {
			current += '/';
			i++;
		} else if (c === '/') {
			parts.push(current);
			current = '';
		} else current += c;
	}
	const [from, to] = parts;
	if (parts.length !== 2 || from === undefined || to === undefined || from === '' || (current !== '' && current !== 'g')) return undefined;
	return { kind: 'correction', from, to, all: current === 'g' };
}

/**
 * The name being typed at the end of a command line (the text before the caret), to complete:
 * the owner of an action not yet followed by "to" or "will", or the last of a present+/regrets+
 * list. `from` is where it starts in the line.
 */
export function nameBeingTyped(line: string): { from: number; typed: string; kind: 'action' | 'people' } | undefined {
	const lead = LEAD.exec(line)?.[0].length ?? 0;
	const body = line.slice(lead);
	const owner = /^(?:action\s*:|ACTION\s*:|#action)\s*/i.exec(body);
	if (owner !== null && /^A[a-z]/.test(body)) return undefined;
	if (owner !== null) {
		const typed = body.slice(owner[0].length);
		// Two words at most: "Anil Madha…"; past that it is the action's text.
		return /\s(?:to|will)\s/i.test(` ${typed}`) || typed.trim() === '' || typed.split(/\s+/).length > 3 ? undefined : { from: lead + owner[0].length, typed, kind: 'action' };
	}
	const people = /^(?:present|regrets)\+\s*/i.exec(body);
	if (people === null) return undefined;
	const last = Math.max(body.lastIndexOf(','), body.lastIndexOf(';'));
	const start = last < people[0].length ? people[0].length : last + 1 + (/^\s*/.exec(body.slice(last + 1))?.[0].length ?? 0);
	const typed = body.slice(start);
	return typed.trim() === '' ? undefined : { from: lead + start, typed, kind: 'people' };
}

/** Up to `limit` names of `people` that `typed` could begin: their name, any word of it, or another name they go by. */
export function suggestNames(typed: string, people: ReadonlyArray<{ name: string; aliases: readonly string[] }>, limit = 3): string[] {
	const wanted = typed.trim().replace(/^@/, '').toLowerCase();
	if (wanted === '') return [];
	const starts = (text: string) => {
		const lower = text.replace(/^@/, '').toLowerCase();
		return lower.startsWith(wanted) || lower.split(/\s+/).some((w) => w.startsWith(wanted));
	};
	const found = people.filter((p) => p.name.toLowerCase() !== wanted && [p.name, ...p.aliases].some(starts)).map((p) => p.name);
	return [...new Set(found)].slice(0, limit);
}
