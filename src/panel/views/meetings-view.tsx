// The series kept, each with its next meeting a click away; the list of meetings, newest first,
// searchable; new meetings (blank, from a pasted agenda, or from a minutes file); open;
// duplicate; delete with undo; and below, backup and restore.
import { useEffect, useRef, useState } from 'preact/hooks';
import { nextOccurrence } from '../../core/cadence.ts';
import { count } from '../../core/plural.ts';
import type { Series } from '../../core/series.ts';
import type { Backups } from '../../storage/backup.ts';
import type { JournalStore } from '../../storage/journal-store.ts';
import type { MeetingRecord } from '../../storage/schema.ts';
import { removal, UndoNotice, type Removal } from '../components/undo-notice.tsx';
import { longDate } from '../format.ts';
import { useInteractive } from '../interactive.ts';
import { lazy } from '../lazy.tsx';
import { keepFocusInList, moveWithArrows } from '../list-focus.ts';

const BackupCard = lazy(() => import('../components/backup-card.tsx').then((m) => m.BackupCard));
const PasteMinutes = lazy(() => import('../components/paste-minutes.tsx').then((m) => m.PasteMinutes));
const ImportDate = lazy(() => import('../components/import-date.tsx').then((m) => m.ImportDate));

/** Meetings listed at first, and how many more each "Show older meetings" adds: a side panel shows
 * about a dozen; the rest are a scroll, a click or a search away. */
export const MEETINGS_PAGE = 20;
const MORE = 100;

/** Where a meeting is, at a glance: not started, running, ended with draft minutes, or final (as an
 * imported file of published minutes is). */
function stage(meeting: MeetingRecord['state']): string {
	const marks = meeting.timeline.map((m) => m.type);
	if (marks.includes('meeting.ended')) return meeting.draft === true ? 'ended · draft' : 'final';
	if (marks.includes('meeting.started')) return 'running';
	return meeting.draft === true ? 'not started' : 'final';
}

export interface NewMeeting {
	kind: 'blank' | 'agenda' | 'file';
	text?: string;
	fileName?: string;
	/** For a file that says no meeting date: the one the chair gave. */
	date?: string;
}

/** Why a meeting could not be made: a message, or a file that needs its date asked for. */
export type NewMeetingProblem = string | { needsDate: NewMeeting };

interface Props {
	store: JournalStore;
	backups: Backups;
	now: () => number;
	series: Series[];
	onOpen(id: string): void;
	onOpenSeries(id: string): void;
	onNextInSeries(series: Series): void;
	onDuplicate(record: MeetingRecord): void;
	/** Opens the form that joins a meeting another machine shares. */
	onJoin?(): void;
	onNew(request: NewMeeting): Promise<NewMeetingProblem | undefined>;
	/** The first page of meetings, read before the panel was first drawn; given once (see main.tsx). */
	takeFirstPage?(): MeetingRecord[] | undefined;
}

export function MeetingsView({ store, backups, now, series, onOpen, onOpenSeries, onNextInSeries, onNew, onDuplicate, onJoin, takeFirstPage }: Props) {
	const [query, setQuery] = useState('');
	const [records, setRecords] = useState<MeetingRecord[] | undefined>(() => takeFirstPage?.());
	// Drawn with the list in the first frame: not read again until something changes.
	const fresh = useRef(records !== undefined);
	const [deleted, setDeleted] = useState<Removal | undefined>(undefined);
	const [agenda, setAgenda] = useState<string | undefined>(undefined);
	const [pasting, setPasting] = useState(false);
	// Alt+V opens the paste box with the focus in it, ready for Ctrl+V.
	const pasteBox = useRef<HTMLTextAreaElement>(null);
	useEffect(() => void (agenda === '' && pasteBox.current?.focus()), [agenda === undefined]);
	const [problem, setProblem] = useState<string | undefined>(undefined);
	// A file waiting for the date it does not give.
	const [undated, setUndated] = useState<NewMeeting | undefined>(undefined);
	// The newest first; older ones a hundred at a time when asked for (some keep 1,000 meetings).
	const [limit, setLimit] = useState(MEETINGS_PAGE);
	// The limit the meetings shown were read with: "Show older meetings" stays (focused) while more are read.
	const readWith = useRef(MEETINGS_PAGE);
	// After "Show older meetings": the first of the older ones takes the focus, once they are drawn.
	const focusRow = useRef<number | undefined>(undefined);
	const refresh = () => {
		const reading = limit;
		void (query.trim() === '' ? store.list(reading) : store.search(query)).then((found) => {
			readWith.current = reading;
			setRecords(found);
		});
	};
	useEffect(() => {
		if (fresh.current) fresh.current = false;
		else refresh();
	}, [query, deleted, limit]);
	// The backup card is drawn once the list is interactive.
	const settled = useInteractive(records !== undefined);
	// Another panel may have changed a meeting: look again when this one comes back into view.
	useEffect(() => {
		const again = () => document.visibilityState === 'visible' && refresh();
		addEventListener('focus', again);
		document.addEventListener('visibilitychange', again);
		return () => {
			removeEventListener('focus', again);
			document.removeEventListener('visibilitychange', again);
		};
	}, [query]);

	const list = useRef<HTMLUListElement>(null);
	useEffect(() => {
		const row = focusRow.current === undefined ? undefined : list.current?.querySelectorAll<HTMLElement>('button.meeting')[focusRow.current];
		if (row === undefined) return;
		focusRow.current = undefined;
		row.focus();
	}, [records]);
	const search = useRef<HTMLInputElement>(null);
	const remove = async (record: MeetingRecord, index: number) => {
		await store.remove(record.id, now());
		// Gone from the list at once, so the focus can move to its neighbour; the refresh that
		// follows finds the same list.
		setRecords((list) => list?.filter((r) => r.id !== record.id));
		setDeleted(removal(`Deleted “${record.title}”.`, () => store.restore(record.id)));
		keepFocusInList(list.current, index);
	};
	// ↑/↓ from the search field into the meetings and along them.
	const arrows = (e: KeyboardEvent) => moveWithArrows(e, [search.current, ...[...(list.current?.querySelectorAll<HTMLElement>('button.meeting') ?? [])]]);
	const create = async (request: NewMeeting) => {
		const found = await onNew(request);
		setUndated(typeof found === 'object' ? found.needsDate : undefined);
		setProblem(typeof found === 'object' ? undefined : found);
	};
	const importFile = async (file: File | undefined) => {
		if (file !== undefined) await create({ kind: 'file', text: await file.text(), fileName: file.name });
	};

	return (
		<main class="view">
			<div class="toolbar">
				<button type="button" class="primary" aria-keyshortcuts="Alt+W" onClick={() => void create({ kind: 'blank' })}>New meeting</button>
				<button type="button" aria-keyshortcuts="Alt+V" onClick={() => setAgenda(agenda === undefined ? '' : undefined)} aria-expanded={agenda !== undefined}>From agenda…</button>
				<label class="button">
					Import minutes…
					<input type="file" accept=".md,.markdown,.txt,.html,.htm" class="visually-hidden" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
				</label>
				<button type="button" onClick={() => setPasting(true)}>Paste minutes…</button>
				{onJoin === undefined ? null : <button type="button" onClick={onJoin}>Join a shared meeting…</button>}
			</div>
			{agenda === undefined ? null : (
				<form class="card" onSubmit={(e) => { e.preventDefault(); void create({ kind: 'agenda', text: agenda }); }}>
					<label for="paste-agenda">Paste the agenda</label>
					<textarea id="paste-agenda" ref={pasteBox} rows={6} value={agenda} placeholder={'- Welcome (5m)\n- Release status - 15 min\n  - CI\n- [10] Website'} onInput={(e) => setAgenda(e.currentTarget.value)} />
					<button type="submit" class="primary">Create meeting</button>
				</form>
			)}
			{pasting ? <PasteMinutes onImport={create} onCancel={() => setPasting(false)} /> : null}
			{problem === undefined ? null : <p role="alert" class="problem">{problem}</p>}
			{undated === undefined ? null : <ImportDate fileName={undated.fileName ?? ''} now={now()} onDate={(date) => void create({ ...undated, date })} onCancel={() => setUndated(undefined)} />}
			{series.length === 0 ? null : (
				<section class="card" aria-labelledby="series-heading">
					<h2 id="series-heading">Series</h2>
					<ul class="series-list">
						{series.map((s) => {
							const next = nextOccurrence(s.cadence, now());
							return (
								<li key={s.id}>
									<button type="button" class="link" onClick={() => onOpenSeries(s.id)}>{s.name}</button>
									<span class="muted">{next === undefined ? '' : `next ${longDate(next.date)}`}</span>
									<button type="button" onClick={() => onNextInSeries(s)} aria-label={`Prepare the next meeting of ${s.name}`}>Next meeting</button>
								</li>
							);
						})}
					</ul>
				</section>
			)}
			<input ref={search} type="search" aria-keyshortcuts="Alt+K" aria-label="Search meetings" placeholder="Search titles, people and notes" value={query} onInput={(e) => setQuery(e.currentTarget.value)} onKeyDown={arrows} />
			<UndoNotice removal={deleted} onDone={() => setDeleted(undefined)} />
			{records === undefined ? null : records.length === 0 ? (
				<p class="muted">{query === '' ? 'No meetings yet. Start one above.' : 'No meeting matches.'}</p>
			) : (
				<ul class="meetings" ref={list} onKeyDown={arrows}>
					{records.map((r, index) => (
						<li key={r.id} data-shortcut-scope>
							<button type="button" class="meeting" onClick={() => onOpen(r.id)}>
								<span class="title">{r.title}</span>
								<span class="muted">{[...(r.title.includes(r.date) ? [] : [r.date]), stage(r.state), count(r.state.items.length, 'item')].join(' · ')}</span>
							</button>
							<button type="button" class="icon" aria-label={`Duplicate ${r.title}`} aria-keyshortcuts="Alt+J" title="Duplicate for the next call (Alt+J)" onClick={() => onDuplicate(r)}>
								{/* Drawn, not a character: "⧉" is missing from common system fonts. */}
								<svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5" /><path d="M3 11V3.5A1.5 1.5 0 0 1 4.5 2H11" fill="none" stroke="currentColor" stroke-width="1.5" /></svg>
							</button>
							<button type="button" class="icon" aria-label={`Delete ${r.title}`} aria-keyshortcuts="Alt+Delete" title="Delete (Alt+Delete)" onClick={() => void remove(r, index)}>✕</button>
						</li>
					))}
				</ul>
			)}
			{query.trim() === '' && records !== undefined && records.length >= readWith.current ? (
				<button
					type="button"
					class="link older"
					onClick={() => {
						focusRow.current = records.length;
						setLimit((shown) => shown + MORE);
					}}
				>
					Show older meetings
				</button>
			) : null}
			{settled ? <BackupCard backups={backups} empty={query.trim() === '' && records?.length === 0} onRestored={refresh} /> : null}
		</main>
	);
}
