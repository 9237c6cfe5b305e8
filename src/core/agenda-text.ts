// Turns a pasted agenda into items with budgets. Every non-empty line becomes something:
// a line it cannot read becomes an item titled with the raw line, never dropped.

export interface ParsedAgendaItem {
	title: string;
	budget?: number;
	subItems: string[];
}

const BULLET = /^(\s*)(?:[-*+•‣◦]|\d{1,3}[.)]|[a-zA-Z][.)](?=\s))\s+(.*)$/;
const UNIT = String.raw`(?:m|min|mins|minute|minutes|'|h|hr|hrs|hour|hours)`;
const AMOUNT = String.raw`(\d+(?:[.,]\d+)?|\d+h\d+)`;
// Whitespace is collapsed first and each pattern is matched on a short window at one end of
// the line, so a pasted line of any length costs linear time (no backtracking blow-up).
// "Title (10m)", "Title (10 min)", "Title [10]", "Title - 5 min", "Title: 5'", "Title, 1h"
const TRAILING = new RegExp(String.raw`(?:\( ?${AMOUNT} ?${UNIT}? ?\)|\[ ?${AMOUNT} ?${UNIT}? ?\]|(?:[-–—:,] ?| )${AMOUNT} ?${UNIT})$`, 'i');
// "[15] Title", "(15m) Title", "15 min - Title", "15': Title"
const LEADING = new RegExp(String.raw`^(?:\[ ?${AMOUNT} ?${UNIT}? ?\]|\( ?${AMOUNT} ?${UNIT}? ?\)|${AMOUNT} ?${UNIT} ?[-–—:]?) ?`, 'i');
const WINDOW = 40;

export function parseAgendaText(text: string): ParsedAgendaItem[] {
	const items: ParsedAgendaItem[] = [];
	let topIndent: number | undefined;
	for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
		if (line.trim() === '') continue;
		const bullet = BULLET.exec(line);
		const indent = bullet === null ? leadingWidth(line) : leadingWidth(bullet[1] ?? '');
		const content = (bullet === null ? line : (bullet[2] ?? '')).trim();
		const parent = items.at(-1);
		if (parent !== undefined && topIndent !== undefined && indent > topIndent && bullet !== null) {
			parent.subItems.push(content);
			continue;
		}
		topIndent ??= indent;
		if (indent < topIndent) topIndent = indent;
		items.push({ ...splitBudget(content === '' ? line.trim() : content), subItems: [] });
	}
	return items;
}

/** Separates a budget written before or after a title; the title is kept as written otherwise. */
export function splitBudget(text: string): { title: string; budget?: number } {
	const line = text.replace(/\s+/g, ' ').trim();
	const tailStart = Math.max(0, line.length - WINDOW);
	const trailing = TRAILING.exec(line.slice(tailStart));
	if (trailing !== null) {
		const title = stripDash(line.slice(0, tailStart + trailing.index));
		const budget = toMinutes(trailing[1] ?? trailing[2] ?? trailing[3] ?? '', unitOf(trailing[0]));
		if (title !== '' && budget !== undefined) return { title, budget };
	}
	const leading = LEADING.exec(line.slice(0, WINDOW));
	if (leading !== null) {
		const title = line.slice(leading[0].length).trim();
		const budget = toMinutes(leading[1] ?? leading[2] ?? leading[3] ?? '', unitOf(leading[0]));
		if (title !== '' && budget !== undefined) return { title, budget };
	}
	return { title: text };
}

function unitOf(fragment: string): 'h' | 'm' {
	return /\d\s*(?:h|hr|hrs|hour|hours)\b/i.test(fragment) || /\d+h\d+/i.test(fragment) ? 'h' : 'm';
}

function toMinutes(amount: string, unit: 'h' | 'm'): number | undefined {
	const hm = /^(\d+)h(\d+)$/i.exec(amount);
	if (hm !== null) return Number(hm[1]) * 60 + Number(hm[2]);
	const value = Number(amount.replace(',', '.'));
	if (!Number.isFinite(value) || value <= 0) return undefined;
	return Math.round(unit === 'h' ? value * 60 : value);
}

function stripDash(title: string): string {
	return title.replace(/\s*[-–—:,]\s*$/, '').trim();
}

function leadingWidth(text: string): number {
	let width = 0;
	for (const ch of text) {
		if (ch === ' ') width += 1;
		else if (ch === '\t') width += 4 - (width % 4);
		else break;
	}
	return width;
}

/** Every meeting has its own AoB section: an "AoB" line of a pasted agenda is that, not an item. */
export function isAobTitle(title: string): boolean {
	return /^(?:aob|any other business)$/i.test(title.trim());
}
