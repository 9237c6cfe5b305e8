// During the call: the current item's clock against its budget, the controls, the agenda with
// each item's time, and the notes, actions and decisions of the item in front of the chair.
import { useRef, useState } from 'preact/hooks';
import { itemsToDefer, nextItemId } from '../../core/defer.ts';
import { scheduledEnd } from '../../core/schedule.ts';
import type { Series } from '../../core/series.ts';
import { timing, type ItemTiming } from '../../core/timing.ts';
import type { Action, ActionStatus, AgendaItem, Decision, Meeting } from '../../core/types.ts';
import { DueDate } from '../components/due-date.tsx';
import { NotesBox } from '../components/notes-box.tsx';
import { ownerName } from '../../markdown/typed-commands.ts';
import { removal, UndoNotice, type Removal } from '../components/undo-notice.tsx';
import { clock, longDate, minutes, timeOfDay } from '../format.ts';
import { newId } from '../ids.ts';
import { useInteractive } from '../interactive.ts';
import { lazy } from '../lazy.tsx';
import { keepFocusInList } from '../list-focus.ts';
import type { Session } from '../state/session.ts';
import { useNow } from '../state/use-now.ts';

// Shown only once a call is linked.
const CallLink = lazy(() => import('../components/call-link.tsx').then((m) => m.CallLink));
// Below the agenda, out of the first screen: not part of the panel's first script (its startup budget),
// and drawn once the panel is interactive (below).
const AobBox = lazy(() => import('../components/aob-box.tsx').then((m) => m.AobBox));
// Only when overlapping edits set text aside.
const NotesConflicts = lazy(() => import('../components/notes-conflicts.tsx').then((m) => m.NotesConflicts));

interface Props {
	session: Session;
	meeting: Meeting;
	/** The meeting's series: its roster completes names, and items not reached can go to its next meeting. */
	series: Series | undefined;
	onPublish(): void;
}

export function RunView({ session, meeting, series, onPublish }: Props) {
	const now = useNow(true);
	const t = timing(meeting, now);
	// After the notes box below is drawn; AoB is drawn only then.
	const settled = useInteractive();
	// The item the chair is looking at: the current one, unless they chose another to read or correct
	// (choosing one moves no clock; starting it is its own act). A choice holds while the clock stays on
	// the item it was made on: when the clock moves, the view follows it.
	const [chosen, choose] = useState<{ id: string; on: string | undefined } | undefined>(undefined);
	const setViewing = (id: string | undefined) => choose(id === undefined ? undefined : { id, on: t.currentItemId });
	const viewing = chosen !== undefined && chosen.on === t.currentItemId && meeting.items.some((i) => i.id === chosen.id) ? chosen.id : undefined;
	const focusId = viewing ?? t.currentItemId ?? meeting.items[0]?.id;
	const item = meeting.items.find((i) => i.id === focusId);
	// The clock is the current item's; before the start, that of the item it will start on.
	const clockId = t.currentItemId ?? focusId;
	const clockItem = meeting.items.find((i) => i.id === clockId);
	const itemTiming = t.items.find((i) => i.itemId === clockId);
	const index = meeting.items.findIndex((i) => i.id === clockId);
	const live = t.status === 'running' || t.status === 'paused';
	const start = (itemId: string | undefined) => {
		if (itemId === undefined) return;
		session.dispatch({ type: 'item.started', itemId });
	};
	// "Next" passes over the items put off to the next meeting.
	const next = () => {
		const to = nextItemId(meeting, t.currentItemId);
		// Next names the item it leaves, so that two people pressing it at once move the meeting once.
		const leaving = t.currentItemId === undefined ? {} : { itemId: t.currentItemId };
		session.dispatch(to === undefined || to === meeting.items[index + 1]?.id ? { type: 'item.next', ...leaving } : { type: 'item.started', itemId: to });
	};
	const scheduled = scheduledEnd(meeting);
	const carry = (ids: readonly string[], carryOver: boolean) => ids.forEach((itemId) => session.dispatch({ type: 'item.updated', itemId, patch: { carryOver: carryOver ? true : null } }));
	const notReached = t.status === 'ended' ? meeting.items.filter((i, n) => t.items[n]?.phase === 'pending' && i.carryOver !== true) : [];
	return (
		<main class="view">
			<section class={`clock card ${itemTiming !== undefined && itemTiming.overrunMs > 0 ? 'over' : ''}`} aria-live="polite">
				<p class="now">{t.status === 'not-started' ? 'Not started' : t.status === 'ended' ? 'Ended' : t.status === 'paused' ? 'Paused' : 'Now'}{clockItem === undefined || t.status === 'ended' ? '' : ` · ${index + 1}. ${clockItem.title}`}</p>
				<ItemClock timing={itemTiming} />
				<div class="controls">
					{t.status === 'not-started' ? <button type="button" class="primary" aria-keyshortcuts="Alt+S" onClick={() => session.dispatch({ type: 'meeting.started', ...(focusId === undefined ? {} : { itemId: focusId }) })}>Start meeting</button> : null}
					{t.status === 'running' ? <button type="button" aria-keyshortcuts="Alt+P" onClick={() => session.dispatch({ type: 'timer.paused' })}>Pause</button> : null}
					{t.status === 'paused' ? <button type="button" class="primary" aria-keyshortcuts="Alt+P" onClick={() => session.dispatch({ type: 'timer.resumed' })}>Resume</button> : null}
					{t.status === 'running' || t.status === 'paused' ? (
						<>
							<button type="button" aria-keyshortcuts="Alt+B" disabled={index <= 0} onClick={() => start(meeting.items[index - 1]?.id)}>Previous</button>
							<button type="button" class="primary" aria-keyshortcuts="Alt+N" onClick={next}>Next</button>
							<button type="button" aria-keyshortcuts="Alt+X" onClick={() => session.dispatch({ type: 'meeting.ended' })}>End meeting</button>
						</>
					) : null}
				</div>
				<p class="muted">{meetingLine(t)}</p>
				{/* Linked in Prepare; here only to go to it. */}
				{meeting.callUrl === undefined ? null : <CallLink session={session} meeting={meeting} />}
				<EndAgainstSchedule projected={t.projectedEnd} scheduled={scheduled} />
				{(t.status === 'running' || t.status === 'paused') && t.projectedEnd !== undefined && scheduled !== undefined && t.projectedEnd - scheduled >= 60_000 ? (
					<DeferOffer meeting={meeting} ids={itemsToDefer(meeting, t, t.projectedEnd - scheduled)} inSeries={series !== undefined} onDefer={(ids) => carry(ids, true)} />
				) : null}
				{(t.status === 'running' || t.status === 'paused') && scheduled !== undefined && now >= scheduled ? (
					<p class="publish-now">
						It is past the scheduled end ({timeOfDay(scheduled)}).{' '}
						<button type="button" class="primary" onClick={() => { session.dispatch({ type: 'meeting.ended' }); onPublish(); }}>End and publish now</button>
					</p>
				) : null}
				{t.status === 'ended' ? (
					<p class="publish-now">
						The meeting has ended. <button type="button" class="primary" onClick={onPublish}>Publish the minutes</button>
					</p>
				) : null}
				{notReached.length > 0 && series !== undefined ? (
					<p class="carry-all">
						{notReached.length === 1 ? `“${notReached[0]?.title}” was not reached.` : `${notReached.length} items were not reached.`}{' '}
						<button type="button" onClick={() => carry(notReached.map((i) => i.id), true)}>Carry {notReached.length === 1 ? 'it' : 'them'} to the next meeting</button>
					</p>
				) : null}
			</section>
			{live && item !== undefined && item.id !== t.currentItemId ? (
				<p class="viewing card" role="status">
					<span>Looking at {meeting.items.indexOf(item) + 1}. {item.title || 'Untitled'}: the clock stays on {index + 1}. {clockItem?.title || 'Untitled'}.</span>{' '}
					<button type="button" aria-keyshortcuts="Alt+S" onClick={() => start(item.id)}>Start this item</button>
					<button type="button" class="link" onClick={() => setViewing(undefined)}>Back to the current item</button>
				</p>
			) : null}
			{item === undefined ? null : <ItemNotes session={session} item={item} meeting={meeting} series={series} />}
			<section class="card" aria-labelledby="run-agenda">
				<h2 id="run-agenda">Agenda</h2>
				<ol class="run-items">
					{meeting.items.map((i, n) => {
						const it = t.items[n];
						const carried = it?.phase === 'pending' && i.carryOver === true;
						return (
							<li key={i.id} class={`${it?.phase ?? ''} ${i.id === focusId ? 'focus' : ''} ${it !== undefined && it.overrunMs > 0 ? 'over' : ''} ${carried ? 'carried' : ''}`}>
								<button type="button" class="link" {...(n < 9 ? { 'aria-keyshortcuts': `Alt+${n + 1}` } : {})} onClick={() => setViewing(i.id === t.currentItemId ? undefined : i.id)} aria-current={i.id === t.currentItemId ? 'step' : undefined} aria-pressed={i.id === focusId}>{i.title || 'Untitled'}</button>
								{carried ? (
									<span class="muted">
										{series === undefined ? 'put off' : 'to next meeting'}{' '}
										<button type="button" class="link" aria-label={`Keep “${i.title}” in this meeting`} onClick={() => carry([i.id], false)}>undo</button>
									</span>
								) : (
									<span class="muted">{it === undefined || it.phase === 'pending' ? (i.budget === undefined ? '' : `${i.budget} min`) : `${clock(it.elapsedMs)}${i.budget === undefined ? '' : ` / ${i.budget}:00`}`}</span>
								)}
							</li>
						);
					})}
				</ol>
			</section>
			<section class="card">
				<label for="aob">Any other business</label>
				{settled ? <AobBox session={session} meeting={meeting} roster={series?.roster} /> : null}
			</section>
		</main>
	);
}

/** "Meeting 12:04 · 18 min of agenda left · ends ~4:52 PM"; what is left only where items have budgets,
 * and once ended, when it did. */
function meetingLine(t: ReturnType<typeof timing>): string {
	const parts = [`Meeting ${clock(t.elapsedMs)}`];
	if (t.status === 'ended') {
		if (t.endedAt !== undefined) parts.push(`ended ${timeOfDay(t.endedAt)}`);
	} else if (t.plannedMs > 0) {
		parts.push(`${minutes(t.remainingBudgetMs)} of agenda left`);
		if (t.projectedEnd !== undefined) parts.push(`ends ~${timeOfDay(t.projectedEnd)}`);
	}
	return parts.join(' · ');
}

/** When the meeting will run late: put off the lowest items, enough of them to end on time. */
function DeferOffer({ meeting, ids, inSeries, onDefer }: { meeting: Meeting; ids: string[]; inSeries: boolean; onDefer(ids: string[]): void }) {
	const items = ids.map((id) => meeting.items.find((i) => i.id === id)).filter((i): i is AgendaItem => i !== undefined);
	if (items.length === 0) return null;
	const saved = items.reduce((sum, i) => sum + (i.budget ?? 0), 0);
	const names = items.map((i) => `“${i.title}”`).join(', ');
	return (
		<p class="defer">
			<button type="button" onClick={() => onDefer(ids)}>{inSeries ? 'Move' : 'Put off'} {names} ({saved} min){inSeries ? ' to the next meeting' : ''}</button>
		</p>
	);
}

function EndAgainstSchedule({ projected, scheduled }: { projected: number | undefined; scheduled: number | undefined }) {
	if (projected === undefined || scheduled === undefined) return null;
	const late = Math.round((projected - scheduled) / 60_000);
	const verdict = late > 0 ? `${late} min late` : late < 0 ? `${-late} min early` : 'on time';
	return <p class={`schedule ${late > 0 ? 'late' : ''}`}>Scheduled end {timeOfDay(scheduled)}: {verdict}</p>;
}

function ItemClock({ timing: it }: { timing: ItemTiming | undefined }) {
	if (it === undefined) return <p class="big">–</p>;
	if (it.budgetMs === undefined) return <p class="big">{clock(it.elapsedMs)}</p>;
	return (
		<>
			<p class="big">{clock(it.elapsedMs)} <span class="of">/ {clock(it.budgetMs)}</span></p>
			<p class="left">{it.overrunMs > 0 ? `${clock(it.overrunMs)} over` : `${clock(it.remainingMs ?? 0)} left`}</p>
		</>
	);
}

/** Names to complete an owner with: the attendees, then the rest of the series' roster. */
function peopleNames(meeting: Meeting, series: Series | undefined): string[] {
	return [...new Set([...meeting.attendees.map((a) => a.name), ...(series?.roster.map((p) => p.name) ?? [])])];
}

function ItemNotes({ session, item, meeting, series }: { session: Session; item: AgendaItem; meeting: Meeting; series: Series | undefined }) {
	const [owner, setOwner] = useState('');
	const [action, setAction] = useState('');
	const [decision, setDecision] = useState('');
	const [removed, setRemoved] = useState<Removal | undefined>(undefined);
	const records = useRef<HTMLUListElement>(null);
	const removeDecision = (d: Decision, index: number) => {
		session.dispatch({ type: 'decision.removed', itemId: item.id, decisionId: d.id });
		setRemoved(removal('Removed the decision.', () => session.dispatch({ type: 'decision.added', itemId: item.id, decision: d, index })));
		keepFocusInList(records.current, index);
	};
	const removeAction = (a: Action, index: number) => {
		session.dispatch({ type: 'action.removed', itemId: item.id, actionId: a.id });
		setRemoved(removal('Removed the action.', () => session.dispatch({ type: 'action.added', itemId: item.id, action: a, index })));
		keepFocusInList(records.current, item.decisions.length + index);
	};
	const addAction = () => {
		if (action.trim() === '') return;
		// Resolved as a typed "action:" line is: "Anil" is Anil Madhavapeddy, "Mort" the roster's Richard Mortier.
		session.dispatch({ type: 'action.added', itemId: item.id, action: { id: newId(), owner: ownerName(meeting, series?.roster, owner), text: action.trim(), status: 'open' } });
		setAction('');
	};
	const addDecision = () => {
		if (decision.trim() === '') return;
		session.dispatch({ type: 'decision.added', itemId: item.id, decision: { id: newId(), text: decision.trim() } });
		setDecision('');
	};
	return (
		<section class="card" aria-labelledby="notes-heading">
			<h2 id="notes-heading">Notes · {item.title || 'Untitled'}</h2>
			<details class="section-heading">
				<summary>Heading in the minutes{item.heading === undefined ? ': as on the agenda' : `: ${item.heading}`}</summary>
				<input aria-label={`Heading of “${item.title}” in the minutes`} placeholder={item.title} value={item.heading ?? ''} onInput={(e) => session.dispatch({ type: 'item.updated', itemId: item.id, patch: { heading: e.currentTarget.value.trim() === '' ? null : e.currentTarget.value } })} />
			</details>
			{(item.notesConflicts ?? []).length === 0 ? null : <NotesConflicts session={session} item={item} />}
			<NotesBox key={item.id} session={session} item={item} roster={series?.roster} />
			<ul class="records" ref={records}>
				{item.decisions.map((d, index) => (
					<li key={d.id} data-shortcut-scope>
						<span><strong>Decision:</strong> {d.text}</span>
						<button type="button" class="icon" aria-label={`Remove the decision “${d.text}”`} aria-keyshortcuts="Alt+Delete" onClick={() => removeDecision(d, index)}>✕</button>
					</li>
				))}
				{item.actions.map((a, index) => (
					<li key={a.id} data-shortcut-scope class={`action ${a.status}`}>
						<span>
							<strong>Action:</strong> {a.owner || 'unassigned'} — {a.text}
							{a.carriedFrom === undefined ? null : <span class="muted"> · from {longDate(a.carriedFrom.date, false, true)}</span>}
						</span>
						<span class="action-controls">
							<select aria-label={`Status of “${a.text}”`} value={a.status} onChange={(e) => session.dispatch({ type: 'action.updated', itemId: item.id, actionId: a.id, patch: { status: e.currentTarget.value as ActionStatus } })}>
								<option value="open">open</option>
								<option value="done">done</option>
								<option value="dropped">dropped</option>
							</select>
							<DueDate id={`due-${a.id}`} due={a.due} from={meeting.date} label={`Due date of “${a.text}”`} onChange={(due) => session.dispatch({ type: 'action.updated', itemId: item.id, actionId: a.id, patch: { due } })} />
							<button type="button" class="icon" aria-label={`Remove the action “${a.text}”`} aria-keyshortcuts="Alt+Delete" onClick={() => removeAction(a, index)}>✕</button>
						</span>
					</li>
				))}
			</ul>
			<UndoNotice removal={removed} onDone={() => setRemoved(undefined)} />
			<form class="add row" onSubmit={(e) => { e.preventDefault(); addAction(); }}>
				<input aria-label="Action owner" aria-keyshortcuts="Alt+A" list="people-list" placeholder="Who" class="owner" value={owner} onInput={(e) => setOwner(e.currentTarget.value)} />
				<input aria-label="Action" placeholder="will do what" value={action} onInput={(e) => setAction(e.currentTarget.value)} />
				<button type="submit">Add action</button>
			</form>
			<datalist id="people-list">{peopleNames(meeting, series).map((name) => <option key={name} value={name} />)}</datalist>
			<form class="add row" onSubmit={(e) => { e.preventDefault(); addDecision(); }}>
				<input aria-label="Decision" aria-keyshortcuts="Alt+C" placeholder="What was decided" value={decision} onInput={(e) => setDecision(e.currentTarget.value)} />
				<button type="submit">Add decision</button>
			</form>
		</section>
	);
}
