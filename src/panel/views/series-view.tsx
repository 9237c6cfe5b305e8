// A meeting series: when it meets next and a button that prepares that meeting; every action
// still open, by owner, with the meeting that gave it; its meetings (planned against actual time
// when the series asks for it); the two mailing-list messages; and its settings.
import { useEffect, useState } from 'preact/hooks';
import { localDate, nextOccurrence } from '../../core/cadence.ts';
import { nextMeeting, openActions, repeatedTopics, rosterName, type OpenAction, type Series } from '../../core/series.ts';
import { timing } from '../../core/timing.ts';
import type { Meeting } from '../../core/types.ts';
import { agendaMessage, callForAgendaItems, type Message } from '../../markdown/messages.ts';
import { copyText } from '../../platform/save-file.ts';
import type { JournalStore } from '../../storage/journal-store.ts';
import { SeriesSettings } from '../components/series-settings.tsx';
import { longDate, cadenceText } from '../format.ts';
import { newId } from '../ids.ts';
import { count } from '../../core/plural.ts';

interface Props {
	series: Series;
	change(edit: (series: Series) => Series): void;
	problem: string | undefined;
	store: JournalStore;
	now: () => number;
	onOpen(meetingId: string): void;
	onNext(series: Series, history: Meeting[]): void;
}

export function SeriesView({ series, change, problem, store, now, onOpen, onNext }: Props) {
	const history = useSeriesMeetings(store, series.id);
	const next = nextOccurrence(series.cadence, now());
	return (
		<main class="view">
			{problem === undefined ? null : <p role="alert" class="problem">{problem}</p>}
			<section class="card" aria-labelledby="series-next">
				<h2 id="series-next">Next meeting</h2>
				<p class="cadence">{cadenceText(series.cadence)}{next === undefined ? '' : ' · next on '}{next === undefined ? null : <strong>{longDate(next.date)}</strong>}</p>
				<div class="toolbar">
					<button type="button" class="primary" aria-keyshortcuts="Alt+W" disabled={history === undefined} onClick={() => history !== undefined && onNext(series, history)}>Prepare the next meeting</button>
				</div>
				<p class="muted hint-line">It reviews the open actions, takes the items carried over and the recurring ones{series.recurring.length === 0 ? ' (none yet)' : ''}, and expects the roster: nobody is marked here until they are.</p>
				{history === undefined ? null : <RepeatedTopics titles={repeatedTopics(series, history)} onAdd={(title) => change((s) => ({ ...s, recurring: [...s.recurring, { title }] }))} />}
			</section>
			{history === undefined ? null : (
				<>
					<OpenActions series={series} open={openActions(history)} onOpen={onOpen} />
					<SeriesMeetings series={series} history={history} now={now} onOpen={onOpen} />
					<Messages series={series} history={history} now={now} />
				</>
			)}
			<SeriesSettings series={series} change={change} />
		</main>
	);
}

/** Topics the latest meetings came back to: one click puts each on every agenda. */
function RepeatedTopics({ titles, onAdd }: { titles: string[]; onAdd(title: string): void }) {
	if (titles.length === 0) return null;
	return (
		<div class="repeated">
			<p>In more than one of the latest meetings:</p>
			<ul>
				{titles.map((title) => (
					<li key={title}>
						<span>{title}</span> <button type="button" aria-label={`Put “${title}” on every agenda`} onClick={() => onAdd(title)}>Make recurring</button>
					</li>
				))}
			</ul>
		</div>
	);
}

/** The meetings of a series, oldest first; read again when the panel comes back into view. */
function useSeriesMeetings(store: JournalStore, seriesId: string): Meeting[] | undefined {
	const [meetings, setMeetings] = useState<Meeting[] | undefined>(undefined);
	useEffect(() => {
		const load = () => void store.list().then((records) => setMeetings(records.map((r) => r.state).filter((m) => m.series === seriesId).sort((a, b) => a.date.localeCompare(b.date))));
		load();
		addEventListener('focus', load);
		return () => removeEventListener('focus', load);
	}, [store, seriesId]);
	return meetings;
}

/** Every action still open in the series, grouped by owner (their roster name), oldest first. */
function OpenActions({ series, open, onOpen }: { series: Series; open: OpenAction[]; onOpen(meetingId: string): void }) {
	const owners = new Map<string, OpenAction[]>();
	for (const entry of open) {
		const owner = rosterName(series, entry.action.owner) ?? (entry.action.owner.trim() || 'Unassigned');
		owners.set(owner, [...(owners.get(owner) ?? []), entry]);
	}
	return (
		<section class="card" aria-labelledby="open-actions">
			<h2 id="open-actions">Open actions <span class="muted">{open.length === 0 ? 'none' : open.length}</span></h2>
			{open.length === 0 ? <p class="muted">No action is open. Actions recorded in this series' meetings show here until they are done or dropped.</p> : null}
			{[...owners.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([owner, list]) => (
				<div class="owner-actions" key={owner}>
					<h3>{owner}</h3>
					<ul>
						{list.map(({ action, origin }) => (
							<li key={`${origin.meetingId}/${origin.actionId}`}>
								<span>{action.text}{action.due === undefined ? null : <span class="muted"> · due {longDate(action.due)}</span>}</span>
								<button type="button" class="link" onClick={() => onOpen(origin.meetingId)}>from {longDate(origin.date, false, true)}</button>
							</li>
						))}
					</ul>
				</div>
			))}
		</section>
	);
}

/** The series' meetings, newest first; with the series' timing option, planned against taken. */
function SeriesMeetings({ series, history, now, onOpen }: { series: Series; history: Meeting[]; now: () => number; onOpen(meetingId: string): void }) {
	return (
		<section class="card" aria-labelledby="series-meetings">
			<h2 id="series-meetings">Meetings <span class="muted">{history.length}</span></h2>
			{history.length === 0 ? <p class="muted">None yet: prepare the next meeting above.</p> : null}
			<ul class="series-meetings">
				{[...history].reverse().map((m) => (
					<li key={m.id}>
						<div class="meeting-line">
							<button type="button" class="link" onClick={() => onOpen(m.id)}>{longDate(m.date)}</button>
							<span class="muted">{m.draft === true ? 'draft · ' : ''}{series.options?.timingTable === true ? plannedAndTaken(m, now()) : count(m.items.length, 'item')}</span>
						</div>
						{series.options?.timingTable === true && m.timeline.length > 0 ? <ItemTimes meeting={m} now={now()} /> : null}
					</li>
				))}
			</ul>
		</section>
	);
}

/** Each item's planned minutes against those it took, for a meeting that ran. */
function ItemTimes({ meeting, now }: { meeting: Meeting; now: number }) {
	const t = timing(meeting, now);
	return (
		<details class="item-times">
			<summary>Per item</summary>
			<table>
				<thead><tr><th>Item</th><th>Planned</th><th>Taken</th></tr></thead>
				<tbody>
					{meeting.items.map((item, n) => {
						const it = t.items[n];
						const taken = it === undefined || it.phase === 'pending' ? undefined : Math.round(it.elapsedMs / 60_000);
						return (
							<tr key={item.id} class={taken !== undefined && item.budget !== undefined && taken > item.budget ? 'over' : ''}>
								<td>{item.title}</td>
								<td>{item.budget === undefined ? '–' : `${item.budget} min`}</td>
								<td>{taken === undefined ? 'not reached' : `${taken} min`}</td>
							</tr>
						);
					})}
				</tbody>
			</table>
		</details>
	);
}

function plannedAndTaken(meeting: Meeting, now: number): string {
	const planned = meeting.items.reduce((sum, i) => sum + (i.budget ?? 0), 0);
	const t = timing(meeting, now);
	if (t.status === 'not-started') return `${planned} min planned`;
	return `${planned} min planned · ${Math.round(t.elapsedMs / 60_000)} taken`;
}

/** The call for agenda items and the agenda, for the series' next meeting, ready to paste into a mail. */
function Messages({ series, history, now }: { series: Series; history: Meeting[]; now: () => number }) {
	const [copied, setCopied] = useState<string | undefined>(undefined);
	const at = now();
	// The meeting being prepared (one dated from today on), or the one "Prepare" would make.
	const today = localDate(at, series.cadence.timeZone);
	const upcoming = history.find((m) => m.date >= today && m.timeline.length === 0) ?? nextMeeting(series, history, at, newId);
	if (upcoming === undefined) return null;
	const messages: Array<[string, string, Message]> = [
		['call', 'Call for agenda items', callForAgendaItems(series, upcoming.date, openActions(history), upcoming.callUrl ?? [...history].reverse().find((m) => m.callUrl !== undefined)?.callUrl)],
		['agenda', `Agenda for ${longDate(upcoming.date, false)}`, agendaMessage(series, upcoming)],
	];
	const copy = async (name: string, message: Message) => {
		await copyText(`Subject: ${message.subject}\n\n${message.body}\n`);
		setCopied(name);
		setTimeout(() => setCopied(undefined), 2_000);
	};
	return (
		<section class="card" aria-labelledby="series-messages">
			<h2 id="series-messages">Messages for the mailing list</h2>
			{messages.map(([name, label, message]) => (
				<details key={name} class="message">
					<summary>{label}</summary>
					<p class="muted subject">Subject: {message.subject}</p>
					<textarea readOnly rows={10} class="raw" aria-label={`${label}: the message`} value={message.body} />
					<button type="button" onClick={() => void copy(name, message)}>{copied === name ? 'Copied' : `Copy “${label}”`}</button>
				</details>
			))}
		</section>
	);
}
