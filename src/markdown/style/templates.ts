// Templates of a house style: a meeting's own values taken out of a file's text (generalize) and
// put back for another meeting (fill). Only the named placeholders are read, so kramdown's
// `{: .no_toc}` and `{:toc}` stay text.

import type { ListedNames } from '../../core/house-style.ts';
import type { Meeting } from '../../core/types.ts';

/** Names one a bullet, each with what the meeting knows of them, where a file showed no form of its own. */
export const ONE_A_BULLET: ListedNames = { kind: 'bullets', bullet: '*', entry: '{name} {handle} ({note})', gapBetweenNotes: false };

/** A section title numbered in the file's order: "1. Pull request review", "2) Issues". */
export const NUMBERED = /^(\d{1,3})([.)]) /;

const PLACEHOLDER = /\{(date|date\/|date:compact|title|summary|chair|secretary|n|names|name|handle|note|text|owner)\}/g;

export type TemplateValues = Partial<Record<'date' | 'title' | 'summary' | 'chair' | 'secretary' | 'n' | 'names' | 'name' | 'handle' | 'note' | 'text' | 'owner', string>> & { lists?: PeopleLists };

/** The lists of people a template can repeat a unit for, by what they are. */
export type PeopleLists = Record<ListName, string[]>;
export type ListName = 'present' | 'members' | 'chairs' | 'scribes' | 'regrets';
const LIST_NAMES: readonly ListName[] = ['scribes', 'chairs', 'members', 'present', 'regrets'];

// "{each members}\n<unit>\n{end ,}": the unit once per person, the last without its trailing ",".
const REPEAT = /^\{each (present|members|chairs|scribes|regrets)\}\n([\s\S]*?)\n\{end( \S)?\}$/gm;

export function fill(template: string, values: TemplateValues): string {
	const date = values.date ?? '';
	const repeated = template.replace(REPEAT, (_, list: ListName, unit: string, separator: string | undefined) => {
		const units = (values.lists?.[list] ?? []).map((name) => fill(unit, { ...values, name }));
		const sep = separator?.trim();
		const last = units.at(-1);
		if (sep !== undefined && last?.endsWith(sep) === true) units[units.length - 1] = last.slice(0, -sep.length);
		return units.join('\n');
	});
	return repeated.replace(PLACEHOLDER, (_, name: string) => {
		if (name === 'date/') return date.replaceAll('-', '/');
		if (name === 'date:compact') return date.replaceAll('-', '');
		return values[name as Exclude<keyof TemplateValues, 'lists'>] ?? '';
	});
}

export function peopleLists(meeting: Pick<Meeting, 'attendees'>): PeopleLists {
	const present = meeting.attendees.filter((a) => a.presence === 'present');
	return {
		present: present.map((a) => a.name),
		members: present.filter((a) => a.role === undefined).map((a) => a.name),
		chairs: meeting.attendees.filter((a) => a.role === 'chair').map((a) => a.name),
		scribes: meeting.attendees.filter((a) => a.role === 'secretary').map((a) => a.name),
		regrets: meeting.attendees.filter((a) => a.presence === 'regrets').map((a) => a.name),
	};
}

/** The meeting's date, in the forms sites put it in URLs and lines, as placeholders. */
export function generalizeDate(text: string, date: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return text;
	return text.replaceAll(date, '{date}').replaceAll(date.replaceAll('-', '/'), '{date/}').replaceAll(date.replaceAll('-', ''), '{date:compact}');
}

/** A file's text with the meeting's own values as placeholders: a run of like lines per person (JSON-LD's attendees) as one unit to repeat, its title (unless it holds the date, which is then the part that varies), date, chair and scribe. */
export function generalize(text: string, values: Pick<TemplateValues, 'date' | 'title' | 'summary' | 'chair' | 'secretary' | 'lists'>): string {
	let out = values.lists === undefined ? text : repeats(text, values.lists);
	const { date = '', title, summary, chair, secretary } = values;
	if (summary !== undefined && summary !== '') out = out.replaceAll(summary, '{summary}');
	if (title !== undefined && title !== '' && !title.includes(date)) out = out.replaceAll(title, '{title}');
	out = generalizeDate(out, date);
	if (chair !== undefined && chair !== '') out = out.replaceAll(chair, '{chair}');
	if (secretary !== undefined && secretary !== '') out = out.replaceAll(secretary, '{secretary}');
	return out;
}

/**
 * Runs of lines that say the same of each person of a list, in its order ("{", "\"name\": \"Ada\"",
 * "},"): each is the unit of a `{each …}` block. A list of one is left to the named placeholders.
 */
function repeats(text: string, lists: PeopleLists): string {
	let lines = text.split('\n');
	for (const list of LIST_NAMES) {
		const names = lists[list];
		if (names.length < 2) continue;
		const at: number[] = [];
		for (const name of names) {
			let found = (at.at(-1) ?? -1) + 1;
			while (found < lines.length && !(lines[found] ?? '').includes(name)) found++;
			if (found >= lines.length) break;
			at.push(found);
		}
		if (at.length !== names.length) continue;
		const stride = (at[1] ?? 0) - (at[0] ?? 0);
		if (stride < 1 || stride > 12 || at.some((line, k) => k > 0 && line - (at[k - 1] ?? 0) !== stride)) continue;
		const unitAt = (k: number, offset: number) => lines.slice((at[k] ?? 0) - offset, (at[k] ?? 0) - offset + stride).join('\n').replaceAll(names[k] ?? '', '{name}');
		for (let offset = 0; offset < stride; offset++) {
			if ((at[0] ?? 0) - offset < 0) break;
			const unit = unitAt(0, offset);
			const last = unitAt(names.length - 1, offset);
			if (!names.every((_, k) => k === names.length - 1 || unitAt(k, offset) === unit)) continue;
			const separator = last === unit ? '' : `${last},` === unit ? ' ,' : undefined;
			if (separator === undefined) continue;
			const start = (at[0] ?? 0) - offset;
			lines = [...lines.slice(0, start), `{each ${list}}`, unit, `{end${separator}}`, ...lines.slice(start + stride * names.length)];
			break;
		}
	}
	return lines.join('\n');
}
