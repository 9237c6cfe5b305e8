// Before the call: the meeting's details, who comes (and who sent regrets), and the agenda
// with a budget per item. Every field saves as it is typed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseAgendaText, splitBudget } from '../../core/agenda-text.ts';
import { createItem } from '../../core/meeting.ts';
import type { Series } from '../../core/series.ts';
import type { AgendaItem, Meeting } from '../../core/types.ts';
import { CallLink } from '../components/call-link.tsx';
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
	onJoinSeries(series: Series | 'new'): void;
	onOpenSeries(id: string): void;
}

export function PrepareView({ session, meeting, series, allSeries, onJoinSeries, onOpenSeries }: Props) {
	const update = (patch: Parameters<Session['dispatch']>[0] & { type: 'meeting.updated' }) => session.dispatch(patch);
	const planned = meeting.items.reduce((sum, i) => sum + (i.budget ?? 0), 0);
	useEffect(markInteractive, []);
	return (
		<main class="view">
			<section class="card" aria-labelledby="details">
				<h2 id="details">Details</h2>
				<label for="title">Title</label>
				<input id="title" aria-keyshortcuts="Alt+T" value={meeting.title} onInput={(e) => update({ type: 'meeting.updated', patch: { title: e.currentTarget.value } })} />
				<div class="row">
					<span>
						<label for="date">Date</label>
						<input id="date" type="date" value={meeting.date} onChange={(e) => e.currentTarget.value !== '' && update({ type: 'meeting.updated', patch: { date: e.currentTarget.value } })} />
					</span>
					<span>
						<label for="time">Start</label>
						<input id="time" type="time" value={meeting.startTime ?? ''} onChange={(e) => update({ type: 'meeting.updated', patch: { startTime: e.currentTarget.value === '' ? null : e.currentTarget.value } })} />
					</span>
				</div>
				<div class="row">
					<PersonSelect id="chair" label="Chair" value={meeting.chair} meeting={meeting} onChange={(chair) => update({ type: 'meeting.updated', patch: { chair } })} />
					<PersonSelect id="secretary" label="Secretary" value={meeting.secretary} meeting={meeting} onChange={(secretary) => update({ type: 'meeting.updated', patch: { secretary } })} />
				</div>
				<label for="next-call">Next call <span class="muted">announced at the end of the minutes</span></label>
				<input id="next-call" type="date" value={meeting.nextCall ?? ''} onChange={(e) => update({ type: 'meeting.updated', patch: { nextCall: e.currentTarget.value === '' ? null : e.currentTarget.value } })} />
				<CallLink session={session} meeting={meeting} />
			</section>
			<SeriesCard meeting={meeting} series={series} allSeries={allSeries} onJoin={onJoinSeries} onOpen={onOpenSeries} />
			<Attendees session={session} meeting={meeting} />
			<Agenda session={session} meeting={meeting} planned={planned} />
		</main>
	);
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

function PersonSelect(props: { id: string; label: string; value: string | undefined; meeting: Meeting; onChange(name: string | null): void }) {
	return (
		<span>
			<label for={props.id}>{props.label}</label>
			<select id={props.id} value={props.value ?? ''} onChange={(e) => props.onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}>
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
		const trimmed = name.trim();
		if (trimmed === '') return;
		session.dispatch({ type: 'attendee.added', attendee: { id: newId(), name: trimmed, presence: 'present' } });
		setName('');
	};
	// ↑/↓ move between the attendees' regrets boxes (Space ticks them) and the entry field.
	const arrows = (e: KeyboardEvent) => moveWithArrows(e, [...(list.current?.querySelectorAll<HTMLElement>('input[type=checkbox]') ?? []), entry.current]);
	return (
		<section class="card" aria-labelledby="people" onKeyDown={arrows}>
			<h2 id="people">Attendees <span class="muted">{meeting.attendees.filter((a) => a.presence === 'present').length} present</span></h2>
			<ul class="people" ref={list}>
				{meeting.attendees.map((a, index) => (
					<li key={a.id} class={a.presence} data-shortcut-scope>
						<span>{a.name}{a.name === meeting.chair ? <span class="badge">chair</span> : null}{a.name === meeting.secretary ? <span class="badge">secretary</span> : null}</span>
						<label class="check">
							<input type="checkbox" aria-label={`Regrets from ${a.name}`} checked={a.presence === 'regrets'} onChange={(e) => session.dispatch({ type: 'attendee.updated', attendeeId: a.id, patch: { presence: e.currentTarget.checked ? 'regrets' : 'present' } })} />
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
				<input ref={entry} aria-label="Add attendee" aria-keyshortcuts="Alt+G" placeholder="Add someone, then Enter" value={name} onInput={(e) => setName(e.currentTarget.value)} />
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
	const add = () => {
		// Several pasted lines become several items; "Title (10m)" sets the budget.
		const parsed = entry.includes('\n') ? parseAgendaText(entry) : [{ ...splitBudget(entry.trim()), subItems: [] }];
		for (const item of parsed.filter((p) => p.title !== '')) session.dispatch({ type: 'item.added', item: createItem({ id: newId(), ...item }) });
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
				<input aria-label="Add agenda item" aria-keyshortcuts="Alt+I" placeholder="Add an item, e.g. Release status (10m)" value={entry} onInput={(e) => setEntry(e.currentTarget.value)} />
			</form>
		</section>
	);
}
