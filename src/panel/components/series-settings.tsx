// What every meeting of a series shares, each field saved as it is typed: its name and the
// title of its meetings, when it meets, who writes the minutes, the format they are published
// in, the roster (with the other names people go by), the recurring items and standing links.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { splitBudget } from '../../core/agenda-text.ts';
import type { Cadence } from '../../core/cadence.ts';
import type { Person, Series, SeriesOptions } from '../../core/series.ts';
import { authorWith } from '../../core/author.ts';
import type { Author, Link } from '../../core/types.ts';
import { weekdayName } from '../format.ts';
import { keepFocusInList } from '../list-focus.ts';
import { profileChoices } from '../profiles.ts';
import { HouseStyleField } from './house-style-field.tsx';
import { TimeField } from './typed-field.tsx';
import { removal, UndoNotice, type Removal } from './undo-notice.tsx';

interface Props {
	series: Series;
	change(edit: (series: Series) => Series): void;
}

export function SeriesSettings({ series, change }: Props) {
	const cadence = (patch: Partial<Cadence>) => change((s) => ({ ...s, cadence: { ...s.cadence, ...patch } }));
	const author = (patch: Partial<Author>) =>
		change(({ author: before, ...s }) => {
			const after = authorWith(before, patch);
			return after === undefined ? s : { ...s, author: after };
		});
	// A time zone being typed, until it is one.
	const [zone, setZone] = useState<string | undefined>(undefined);
	const zoneWrong = zone !== undefined && !isTimeZone(zone.trim());
	const option = (patch: SeriesOptions) => change((s) => ({ ...s, options: { ...s.options, ...patch } }));
	return (
		<section class="card series-settings" aria-labelledby="series-settings">
			<h2 id="series-settings">Settings</h2>
			<label for="series-name">Name</label>
			<input id="series-name" value={series.name} onInput={(e) => change((s) => ({ ...s, name: e.currentTarget.value }))} />
			<label for="series-title">Title of each meeting <span class="muted">{'{date}'} becomes its date</span></label>
			<input id="series-title" value={series.title} onInput={(e) => change((s) => ({ ...s, title: e.currentTarget.value }))} />

			<fieldset>
				<legend>Meets</legend>
				<div class="row">
					<span>
						<label for="series-every">Every … weeks</label>
						<input id="series-every" type="number" min="1" max="8" value={series.cadence.everyWeeks} onInput={(e) => Number(e.currentTarget.value) >= 1 && cadence({ everyWeeks: Math.floor(Number(e.currentTarget.value)) })} />
					</span>
					<span>
						<label for="series-weekday">On</label>
						<select id="series-weekday" value={series.cadence.weekday} onChange={(e) => cadence({ weekday: Number(e.currentTarget.value) })}>
							{[1, 2, 3, 4, 5, 6, 7].map((d) => <option key={d} value={d}>{weekdayName(d)}</option>)}
						</select>
					</span>
					<span>
						<label for="series-time">At</label>
						<TimeField id="series-time" value={series.cadence.time} onChange={(time) => time !== null && cadence({ time })} />
					</span>
				</div>
				<label for="series-zone">Time zone</label>
				<input
					id="series-zone"
					list="time-zones"
					aria-invalid={zoneWrong}
					aria-describedby="series-zone-problem"
					value={zone ?? series.cadence.timeZone}
					onInput={(e) => setZone(e.currentTarget.value)}
					onChange={(e) => {
						const typed = e.currentTarget.value.trim();
						if (!isTimeZone(typed)) return;
						setZone(undefined);
						cadence({ timeZone: typed });
					}}
				/>
				<p id="series-zone-problem" class="problem" role="status">{zoneWrong ? `“${zone}” is not a time zone: choose one from the list, e.g. Europe/London.` : ''}</p>
				<datalist id="time-zones">{timeZones().map((z) => <option key={z} value={z} />)}</datalist>
			</fieldset>

			<fieldset>
				<legend>Minutes</legend>
				<label for="series-author">Written by</label>
				<input id="series-author" autocomplete="name" value={series.author?.name ?? ''} onInput={(e) => author({ name: e.currentTarget.value })} />
				<div class="row">
					<span>
						<label for="series-author-uri">Web page</label>
						<input id="series-author-uri" type="url" value={series.author?.uri ?? ''} onInput={(e) => author({ uri: e.currentTarget.value })} />
					</span>
					<span>
						<label for="series-author-email">Email</label>
						<input id="series-author-email" type="email" value={series.author?.email ?? ''} onInput={(e) => author({ email: e.currentTarget.value })} />
					</span>
				</div>
				<label for="series-profile">Format</label>
				<select id="series-profile" value={series.profile} onChange={(e) => change((s) => ({ ...s, profile: e.currentTarget.value }))}>
					{profileChoices(series).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
				</select>
				<HouseStyleField series={series} change={change} />
				{series.profile === 'mirage-www' ? (
					<label class="check"><input type="checkbox" checked={series.options?.actionsList === true} onChange={(e) => option({ actionsList: e.currentTarget.checked })} /> Add a list of the actions after the notes</label>
				) : null}
				<label class="check"><input type="checkbox" checked={series.options?.timingTable === true} onChange={(e) => option({ timingTable: e.currentTarget.checked })} /> Planned and actual time per item{series.profile === 'plain' ? ', in the minutes too' : ''}</label>
			</fieldset>

			<ListEditor
				legend="Roster"
				hint="Other names: first name, nickname, @handle, comma-separated"
				rows={series.roster}
				set={(roster) => change((s) => ({ ...s, roster }))}
				describe={(p) => p.name}
				add={{ label: 'Add to the roster', placeholder: 'Name, then Enter', make: (text): Person => ({ name: text, aliases: [] }) }}
				row={(p, update) => (
					<>
						<input aria-label="Name on the roster" value={p.name} onInput={(e) => update({ ...p, name: e.currentTarget.value })} />
						<AliasesField name={p.name} aliases={p.aliases} onChange={(aliases) => update({ ...p, aliases })} />
					</>
				)}
			/>
			<ListEditor
				legend="Recurring items"
				hint="On every meeting's agenda, after the review of actions and the items carried over"
				rows={series.recurring}
				set={(recurring) => change((s) => ({ ...s, recurring }))}
				describe={(r) => `“${r.title}”`}
				add={{ label: 'Add a recurring item', placeholder: 'e.g. Release status (10m)', make: (text) => { const { title, budget } = splitBudget(text); return budget === undefined ? { title } : { title, budget }; } }}
				row={(r, update) => (
					<>
						<input aria-label="Recurring item" value={r.title} onInput={(e) => update({ ...r, title: e.currentTarget.value })} />
						<input aria-label={`Minutes for ${r.title}`} class="budget" type="number" min="0" value={r.budget ?? ''} onInput={(e) => update(e.currentTarget.value === '' ? { title: r.title } : { title: r.title, budget: Math.max(0, Number(e.currentTarget.value)) })} />
					</>
				)}
			/>
			<ListEditor
				legend="Standing links"
				hint="Defined in every meeting's minutes: the mailing list (mir-mail), the agenda page (call-agenda)"
				rows={series.links}
				set={(links) => change((s) => ({ ...s, links }))}
				describe={(l) => `[${l.id}]`}
				add={{ label: 'Add a standing link', placeholder: 'id https://…', make: linkFrom }}
				row={(l, update) => (
					<>
						<input aria-label="Link id" class="link-id" value={l.id} onInput={(e) => update({ ...l, id: e.currentTarget.value.trim() })} />
						<input aria-label={`Address of [${l.id}]`} type="url" value={l.url} onInput={(e) => update({ ...l, url: e.currentTarget.value.trim() })} />
					</>
				)}
			/>
		</section>
	);
}

/** The other names of a person, comma-separated. The field keeps what is typed ("ThomasL, ") while the
 * list saved is the names in it: drawn from the list, the comma just typed would vanish with its space. */
function AliasesField({ name, aliases, onChange }: { name: string; aliases: string[]; onChange(aliases: string[]): void }) {
	const [text, setText] = useState(aliases.join(', '));
	const parse = (value: string) => value.split(/[,;]/).map((a) => a.trim()).filter((a) => a !== '');
	// Changed elsewhere (another panel, an undo): shown as the list is.
	const shown = parse(text).join('\n') === aliases.join('\n') ? text : aliases.join(', ');
	return (
		<input
			aria-label={`Other names of ${name}`}
			placeholder="Other names"
			value={shown}
			onInput={(e) => {
				setText(e.currentTarget.value);
				onChange(parse(e.currentTarget.value));
			}}
		/>
	);
}

interface ListEditorProps<T> {
	legend: string;
	hint: string;
	rows: T[];
	set(rows: T[]): void;
	describe(row: T): string;
	add: { label: string; placeholder: string; make(text: string): T | undefined };
	row(row: T, update: (row: T) => void): ComponentChildren;
}

/** Rows edited in place, removed with undo (the focus stays in the list), added from one field. */
function ListEditor<T>({ legend, hint, rows, set, describe, add, row }: ListEditorProps<T>) {
	const [entry, setEntry] = useState('');
	const [removed, setRemoved] = useState<Removal | undefined>(undefined);
	const list = useRef<HTMLUListElement>(null);
	const remove = (index: number) => {
		const gone = rows[index] as T;
		set(rows.filter((_, i) => i !== index));
		setRemoved(removal(`Removed ${describe(gone)}.`, () => set([...rows.slice(0, index), gone, ...rows.slice(index)])));
		keepFocusInList(list.current, index);
	};
	const submit = () => {
		const made = entry.trim() === '' ? undefined : add.make(entry.trim());
		if (made === undefined) return;
		set([...rows, made]);
		setEntry('');
	};
	return (
		<fieldset>
			<legend>{legend}</legend>
			<p class="muted hint-line">{hint}</p>
			<ul class="editable" ref={list}>
				{rows.map((r, index) => (
					// Keyed by place: a key made from the text would remount the field being typed in.
					<li key={index} data-shortcut-scope>
						{row(r, (value) => set(rows.map((x, i) => (i === index ? value : x))))}
						<button type="button" class="icon" aria-label={`Remove ${describe(r)}`} aria-keyshortcuts="Alt+Delete" onClick={() => remove(index)}>✕</button>
					</li>
				))}
			</ul>
			<UndoNotice removal={removed} onDone={() => setRemoved(undefined)} />
			<form class="add" onSubmit={(e) => { e.preventDefault(); submit(); }}>
				<input aria-label={add.label} placeholder={add.placeholder} value={entry} onInput={(e) => setEntry(e.currentTarget.value)} />
			</form>
		</fieldset>
	);
}

/** "mir-mail https://…" or just the address (its id made from the host). */
function linkFrom(text: string): Link | undefined {
	const [first = '', second] = text.split(/\s+/, 2);
	const url = second ?? first;
	if (!/^(?:https?:|mailto:)/i.test(url)) return undefined;
	const id = second === undefined ? (/^[a-z]+:\/*([^/?#]+)/i.exec(url)?.[1] ?? 'link').replace(/^www\./, '').split('.')[0] ?? 'link' : first;
	return { id, url };
}

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat(undefined, { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

function timeZones(): string[] {
	return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}
