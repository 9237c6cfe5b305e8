// Before the call: the meeting's details, who comes (and who sent regrets), and the agenda
// with a budget per item. Every field saves as it is typed.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isAobTitle, parseAgendaText, splitBudget } from '../../core/agenda-text.ts';
import { createItem } from '../../core/meeting.ts';
import type { Series } from '../../core/series.ts';
import type { AgendaItem, Attendee, Author, Meeting, Presence } from '../../core/types.ts';
import { authorWith } from '../../core/author.ts';
import { summaryOf } from '../../markdown/mirage-www.ts';
import { parseNameList } from '../../markdown/attendees-line.ts';
import { CallLink } from '../components/call-link.tsx';
import { DateField, TimeField } from '../components/typed-field.tsx';
import { removal, UndoNotice, type Removal } from '../components/undo-notice.tsx';
import { cadenceText } from '../format.ts';
import { markInteractive } from '../interactive.ts';
import { newId } from '../ids.ts';
import { keepFocusInList, moveWithArrows } from '../list-focus.ts';
import type { Session } from '../state/session.ts';
import { count } from '../../core/plural.ts';

interface Props {
	session: Session;
	meeting: Meeting;
	/** The meeting's series, when it is in one. */
	series: Series | undefined;
	allSeries: Series[];
	/** Just made: the title takes the focus. */
	focusTitle?: boolean;
	onTitleFocused?(): void;
	onJoinSeries(series: Series | 'new'): void;
	onOpenSeries(id: string): void;
}

export function PrepareView({ session, meeting, series, allSeries, focusTitle = false, onTitleFocused, onJoinSeries, onOpenSeries }: Props) {
	const update = (patch: Parameters<Session['dispatch']>[0] & { type: 'meeting.updated' }) => session.dispatch(patch);
	const planned = meeting.items.reduce((sum, i) => sum + (i.budget ?? 0), 0);
	useEffect(markInteractive, []);
	const title = useRef<HTMLInputElement>(null);
	useLayoutEffect(() => {
		if (!focusTitle) return;
		title.current?.focus();
		title.current?.select();
		onTitleFocused?.();
	}, [focusTitle]);
	return (
		<main class="view">
			<section class="card" aria-labelledby="details">
				<h2 id="details">Details</h2>
				<label for="title">Title</label>
				<input id="title" ref={title} aria-keyshortcuts="Alt+T" value={meeting.title} onInput={(e) => update({ type: 'meeting.updated', patch: { title: e.currentTarget.value } })} />
				<div class="row">
					<span>
						<label for="date">Date</label>
						<DateField id="date" value={meeting.date} from={meeting.date} onChange={(date) => date !== null && update({ type: 'meeting.updated', patch: { date } })} />
					</span>
					<span>
						<label for="time">Start</label>
						<TimeField id="time" optional value={meeting.startTime} onChange={(startTime) => update({ type: 'meeting.updated', patch: { startTime } })} />
					</span>
				</div>
				<div class="row">
					<PersonSelect id="chair" label="Chair" shortcut="Alt+H" value={meeting.chair} meeting={meeting} onChange={(chair) => { update({ type: 'meeting.updated', patch: { chair } }); here(session, meeting, chair); }} />
					<PersonSelect id="secretary" label="Secretary" value={meeting.secretary} meeting={meeting} onChange={(secretary) => { update({ type: 'meeting.updated', patch: { secretary } }); here(session, meeting, secretary); }} />
				</div>
				<label for="next-call">Next call <span class="muted">announced at the end of the minutes</span></label>
				<DateField id="next-call" optional shortcut="Alt+N" value={meeting.nextCall} from={meeting.date} onChange={(nextCall) => update({ type: 'meeting.updated', patch: { nextCall } })} />
				<CallLink session={session} meeting={meeting} />
			</section>
			<SeriesCard meeting={meeting} series={series} allSeries={allSeries} onJoin={onJoinSeries} onOpen={onOpenSeries} />
			<Attendees session={session} meeting={meeting} />
			<Agenda session={session} meeting={meeting} planned={planned} />
			<MinutesDetails session={session} meeting={meeting} series={series} />
		</main>
	);
}

/** Who wrote the minutes and how the site describes them: the series gives the author, the agenda the
 * description, until the chair writes their own. */
function MinutesDetails({ session, meeting, series }: { session: Session; meeting: Meeting; series: Series | undefined }) {
	const author = (patch: Partial<Author>) => {
		const next = authorWith(meeting.author, patch);
		session.dispatch({ type: 'meeting.updated', patch: { author: next ?? null } });
	};
	// One line (the site's front matter holds one); emptied, it is made from the agenda again.
	const description = (text: string) => {
		const line = text.replace(/\s*\n\s*/g, ' ');
		session.dispatch({ type: 'meeting.updated', patch: { summary: line === '' ? null : line } });
	};
	const fallback = series?.author;
	return (
		<section class="card" aria-labelledby="minutes-details">
			<h2 id="minutes-details">Minutes</h2>
			<label for="author-name">Written by {meeting.author === undefined && fallback !== undefined ? <span class="muted">the series says {fallback.name}</span> : null}</label>
			<input id="author-name" aria-keyshortcuts="Alt+A" autocomplete="name" placeholder={fallback?.name ?? 'Who took the minutes'} value={meeting.author?.name ?? ''} onInput={(e) => author({ name: e.currentTarget.value })} />
			<div class="row">
				<span>
					<label for="author-uri">Web page</label>
					<input id="author-uri" type="url" placeholder={fallback?.uri ?? ''} value={meeting.author?.uri ?? ''} onInput={(e) => author({ uri: e.currentTarget.value })} />
				</span>
				<span>
					<label for="author-email">Email</label>
					<input id="author-email" type="email" placeholder={fallback?.email ?? ''} value={meeting.author?.email ?? ''} onInput={(e) => author({ email: e.currentTarget.value })} />
				</span>
			</div>
			<label for="summary">Description <span class="muted">the summary line; made from the agenda when empty</span></label>
			<textarea id="summary" rows={2} class="summary" placeholder={generatedSummary(meeting)} value={meeting.summary ?? ''} onInput={(e) => description(e.currentTarget.value)} />
		</section>
	);
}

function generatedSummary({ summary: _own, ...meeting }: Meeting): string {
	return summaryOf(meeting);
}

/** Which series the meeting belongs to: open it, or put the meeting in one (a new one made from it). */
function SeriesCard({ meeting, series, allSeries, onJoin, onOpen }: { meeting: Meeting; series: Series | undefined; allSeries: Series[]; onJoin(series: Series | 'new'): void; onOpen(id: string): void }) {
	if (series !== undefined) {
		return (
			<section class="card series-card" aria-labelledby="series-of">
				<h2 id="series-of">Series</h2>
				<p>
					<button type="button" class="link" onClick={() => onOpen(series.id)}>{series.name}</button>
					<span class="muted"> · {cadenceText(series.cadence)}</span>
				</p>
			</section>
		);
	}
	const others = allSeries.filter((s) => s.id !== meeting.series);
	return (
		<section class="card series-card" aria-labelledby="series-of">
			<h2 id="series-of">Series <span class="muted">none</span></h2>
			<p class="muted">A series keeps the roster, the recurring items and the open actions from one call to the next.</p>
			<div class="toolbar">
				<button type="button" onClick={() => onJoin('new')}>Make a weekly series from this meeting</button>
				{others.length === 0 ? null : (
					<select aria-label="Add to a series" value="" onChange={(e) => { const chosen = others.find((s) => s.id === e.currentTarget.value); if (chosen !== undefined) onJoin(chosen); }}>
						<option value="">Add to a series…</option>
						{others.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
					</select>
				)}
			</div>
		</section>
	);
}

/** The chair and the secretary are at the meeting: chosen from the roster, they are marked here. */
function here(session: Session, meeting: Meeting, name: string | null): void {
	const person = meeting.attendees.find((a) => a.name === name && a.presence === 'expected');
	if (person !== undefined) session.dispatch({ type: 'attendee.updated', attendeeId: person.id, patch: { presence: 'present' } });
}

function PersonSelect(props: { id: string; label: string; shortcut?: string; value: string | undefined; meeting: Meeting; onChange(name: string | null): void }) {
	return (
		<span>
			<label for={props.id}>{props.label}</label>
			<select id={props.id} {...(props.shortcut === undefined ? {} : { 'aria-keyshortcuts': props.shortcut })} value={props.value ?? ''} onChange={(e) => props.onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}>
				<option value="">—</option>
				{props.meeting.attendees.map((a) => <option key={a.id} value={a.name}>{a.name}</option>)}
			</select>
		</span>
	);
}

function Attendees({ session, meeting }: { session: Session; meeting: Meeting }) {
	const [name, setName] = useState('');
	const [removed, setRemoved] = useState<Removal | undefined>(undefined);
	const list = useRef<HTMLUListElement>(null);
	const entry = useRef<HTMLInputElement>(null);
	const add = () => {
		// "Ada, Bob and Cy" adds three, as an attendees line lists them.
		const names = parseNameList(name).map((p) => p.name.trim()).filter((n) => n !== '');
		for (const added of names) session.dispatch({ type: 'attendee.added', attendee: { id: newId(), name: added, presence: 'present' } });
		setName('');
	};
	const mark = (a: Attendee, presence: Presence, on: boolean) => session.dispatch({ type: 'attendee.updated', attendeeId: a.id, patch: { presence: on ? presence : 'expected' } });
	// ↑/↓ move along a column of boxes (Space ticks them), and from the last one to the entry field.
	const arrows = (e: KeyboardEvent) => {
		const column = (e.target as HTMLElement | null)?.dataset['column'] ?? 'present';
		moveWithArrows(e, [...(list.current?.querySelectorAll<HTMLElement>(`input[data-column=${column}]`) ?? []), entry.current]);
	};
	const tally = (presence: Presence) => meeting.attendees.filter((a) => a.presence === presence).length;
	const expected = tally('expected');
	return (
		<section class="card" aria-labelledby="people" onKeyDown={arrows}>
			<h2 id="people">Attendees <span class="muted">{tally('present')} present{tally('regrets') > 0 ? ` · ${tally('regrets')} regrets` : ''}{expected > 0 ? ` · ${expected} not marked yet` : ''}</span></h2>
			{expected > 0 ? <p class="muted hint-line">Tick who is here: the minutes name only those present or with regrets.</p> : null}
			<ul class="people" ref={list}>
				{meeting.attendees.map((a, index) => (
					<li key={a.id} class={a.presence} data-shortcut-scope>
						<span>{a.name}{a.name === meeting.chair ? <span class="badge">chair</span> : null}{a.name === meeting.secretary ? <span class="badge">secretary</span> : null}</span>
						<label class="check">
							<input type="checkbox" data-column="present" aria-label={`${a.name} is here`} checked={a.presence === 'present'} onChange={(e) => mark(a, 'present', e.currentTarget.checked)} />
							<span aria-hidden="true">here</span>
						</label>
						<label class="check">
							<input type="checkbox" data-column="regrets" aria-label={`Regrets from ${a.name}`} checked={a.presence === 'regrets'} onChange={(e) => mark(a, 'regrets', e.currentTarget.checked)} />
							<span aria-hidden="true">regrets</span>
						</label>
						<button
							type="button"
							class="icon"
							aria-label={`Remove ${a.name}`}
							aria-keyshortcuts="Alt+Delete"
							onClick={() => {
								session.dispatch({ type: 'attendee.removed', attendeeId: a.id });
								setRemoved(removal(`Removed ${a.name}.`, () => session.dispatch({ type: 'attendee.added', attendee: a, index })));
								keepFocusInList(list.current, index);
							}}
						>
							✕
						</button>
					</li>
				))}
			</ul>
			<UndoNotice removal={removed} onDone={() => setRemoved(undefined)} />
			<form class="add" onSubmit={(e) => { e.preventDefault(); add(); }}>
				<input ref={entry} aria-label="Add attendee" aria-keyshortcuts="Alt+G" placeholder="Add someone (or “Ada, Bob and Cy”), then Enter" value={name} onInput={(e) => setName(e.currentTarget.value)} />
			</form>
		</section>
	);
}

function Agenda({ session, meeting, planned }: { session: Session; meeting: Meeting; planned: number }) {
	const [entry, setEntry] = useState('');
	const [removed, setRemoved] = useState<Removal | undefined>(undefined);
	const [dragged, setDragged] = useState<string | undefined>(undefined);
	const list = useRef<HTMLOListElement>(null);
	const remove = (item: AgendaItem, index: number) => {
		session.dispatch({ type: 'item.removed', itemId: item.id });
		setRemoved(removal(`Removed “${item.title}”.`, () => session.dispatch({ type: 'item.added', item, index })));
		keepFocusInList(list.current, index);
	};
	const add = (text = entry) => {
		// Several pasted lines become several items (with their sub-items); "Title (10m)" sets the budget.
		const parsed = /\r|\n/.test(text) ? parseAgendaText(text) : [{ ...splitBudget(text.trim()), subItems: [] }];
		for (const item of parsed.filter((p) => p.title !== '' && !isAobTitle(p.title))) session.dispatch({ type: 'item.added', item: createItem({ id: newId(), ...item }) });
		setEntry('');
	};
	const move = (id: string, index: number) => session.dispatch({ type: 'item.moved', itemId: id, index });
	return (
		<section class="card" aria-labelledby="agenda-heading">
			<h2 id="agenda-heading">Agenda <span class="muted">{count(meeting.items.length, 'item')} · {planned} min planned</span></h2>
			<UndoNotice removal={removed} onDone={() => setRemoved(undefined)} />
			<ol class="items" ref={list}>
				{meeting.items.map((item, index) => (
					<li
						key={item.id}
						data-shortcut-scope
						class={dragged === item.id ? 'dragging' : ''}
						onDragOver={(e) => dragged !== undefined && e.preventDefault()}
						onKeyDown={(e) => {
							// Alt+Up / Alt+Down move the item the focus is in; the focus moves with it.
							if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
							e.preventDefault();
							const to = index + (e.key === 'ArrowUp' ? -1 : 1);
							if (to >= 0 && to < meeting.items.length) move(item.id, to);
						}}
						onDrop={(e) => {
							e.preventDefault();
							if (dragged !== undefined && dragged !== item.id) move(dragged, index);
							setDragged(undefined);
						}}
					>
						<span class="grip" draggable aria-hidden="true" title="Drag to reorder" onDragStart={(e) => { e.dataTransfer?.setData('text/plain', item.title); setDragged(item.id); }} onDragEnd={() => setDragged(undefined)}>⋮⋮</span>
						<input aria-label={`Item ${index + 1} title`} value={item.title} onInput={(e) => session.dispatch({ type: 'item.updated', itemId: item.id, patch: { title: e.currentTarget.value } })} />
						<input aria-label={`Item ${index + 1} minutes`} class="budget" type="number" min="0" step="1" value={item.budget ?? ''} onInput={(e) => session.dispatch({ type: 'item.updated', itemId: item.id, patch: { budget: e.currentTarget.value === '' ? null : Math.max(0, Number(e.currentTarget.value)) } })} />
						<span class="unit">min</span>
						<button type="button" class="icon" aria-label={`Move ${item.title} up`} disabled={index === 0} onClick={() => move(item.id, index - 1)}>↑</button>
						<button type="button" class="icon" aria-label={`Move ${item.title} down`} disabled={index === meeting.items.length - 1} onClick={() => move(item.id, index + 1)}>↓</button>
						<button type="button" class="icon" aria-label={`Remove ${item.title}`} aria-keyshortcuts="Alt+Delete" onClick={() => remove(item, index)}>✕</button>
					</li>
				))}
			</ol>
			<form class="add" onSubmit={(e) => { e.preventDefault(); add(); }}>
				<input
					aria-label="Add agenda item"
					aria-keyshortcuts="Alt+I"
					placeholder="Add an item, e.g. Release status (10m), or paste an agenda"
					value={entry}
					onInput={(e) => setEntry(e.currentTarget.value)}
					onPaste={(e) => {
						// A one-line field drops the line breaks of a pasted agenda: its lines are taken here instead.
						const text = e.clipboardData?.getData('text/plain') ?? '';
						if (!/\r|\n/.test(text.trim())) return;
						e.preventDefault();
						add(text);
					}}
				/>
			</form>
		</section>
	);
}
