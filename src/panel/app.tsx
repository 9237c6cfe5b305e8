// The panel: the meetings list and the series, a series' own view, and for an open meeting its
// Prepare, Run and Publish views.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { localDate, nextOccurrence } from '../core/cadence.ts';
import { createItem, createMeeting, duplicateMeeting } from '../core/meeting.ts';
import { zonedInstant } from '../core/schedule.ts';
import type { Series } from '../core/series.ts';
import type { Meeting } from '../core/types.ts';
import type { Backups } from '../storage/backup.ts';
import type { JournalStore } from '../storage/journal-store.ts';
import type { SeriesStore } from '../storage/series-store.ts';
import type { MeetingRecord } from '../storage/schema.ts';
import { SaveBanner } from './components/save-banner.tsx';
import { useDatabaseState } from './database-state.ts';
import { onInteractive } from './interactive.ts';
import { lazy } from './lazy.tsx';
import { rememberPlace } from './last-place.ts';
import { isTyping, runShortcut, shortcutName } from './shortcuts.ts';
import { newId } from './ids.ts';
import type { Session } from './state/session.ts';
import type { Sharing } from './state/sharing.ts';
import { useSeries, useSeriesList } from './state/use-series.ts';
import { SessionContext, useSession } from './state/use-session.ts';
import { MeetingsView, type NewMeeting, type NewMeetingProblem } from './views/meetings-view.tsx';
import { RunView } from './views/run-view.tsx';

// Loaded when first shown: the panel opens on the meetings or on Run.
const PrepareView = lazy(() => import('./views/prepare-view.tsx').then((m) => m.PrepareView));
const PublishView = lazy(() => import('./views/publish-view.tsx').then((m) => m.PublishView));
const SeriesView = lazy(() => import('./views/series-view.tsx').then((m) => m.SeriesView));
// Drawn only once something happens to the database (database-state.ts); preloaded with the rest once the panel is interactive.
const DatabaseNotice = lazy(() => import('./components/database-notice.tsx').then((m) => m.DatabaseNotice));
const HelpDialog = lazy(() => import('./components/help-dialog.tsx').then((m) => m.HelpDialog));
const ShareBar = lazy(() => import('./components/share-bar.tsx').then((m) => m.ShareBar));

type View = 'meetings' | 'series' | 'prepare' | 'run' | 'publish';

const TAB_KEYS = { prepare: 'Alt+Q', run: 'Alt+R', publish: 'Alt+U' } as const;

export interface AppProps {
	session: Session;
	store: JournalStore;
	seriesStore: SeriesStore;
	backups: Backups;
	now(): number;
	/** The view to open on, for the meeting the session has open (where the chair last was). */
	view?: 'prepare' | 'run' | 'publish';
	/** Otherwise the meetings list opens: its first page, read before the first draw, once. */
	takeFirstPage?(): MeetingRecord[] | undefined;
	/** Sharing meetings with other machines (state/sharing.ts), loaded on demand. */
	sharing?(): Promise<Sharing>;
}

export function App(props: AppProps) {
	return (
		<SessionContext.Provider value={props.session}>
			<Shell {...props} />
		</SessionContext.Provider>
	);
}

function Shell({ store, seriesStore, backups, now, view: reopened, takeFirstPage, sharing }: AppProps) {
	const session = useSession();
	const database = useDatabaseState();
	const [view, setView] = useState<View>(reopened ?? 'meetings');
	// The Share (in a meeting) or Join (on the list) form is open.
	const [sharingAsked, askSharing] = useState(false);
	useEffect(() => askSharing(false), [view]);
	// The sharing line is drawn (and its code fetched) once the panel is interactive, not racing it.
	const [interactive, setInteractive] = useState(false);
	useEffect(() => onInteractive(() => setInteractive(true)), []);
	const [seriesId, setSeriesId] = useState<string | undefined>(undefined);
	const [shownSeries, changeSeries, seriesProblem] = useSeries(seriesStore, view === 'series' ? seriesId : undefined);
	const allSeries = useSeriesList(seriesStore, view);
	const [help, setHelpState] = useState(false);
	// Read by the key handler, which is registered once: a handler re-registered after each
	// render would, until the effect ran, still see the help as open and swallow the next key.
	const helpOpen = useRef(false);
	const setHelp = (open: boolean) => {
		helpOpen.current = open;
		setHelpState(open);
	};
	// Before paint, so shortcuts work as soon as anything is on screen.
	useLayoutEffect(() => {
		const onKey = (e: KeyboardEvent) => {
			if (helpOpen.current) {
				if (e.key === 'Escape' || (e.key === '?' && !isTyping(e.target))) setHelp(false);
				return;
			}
			if (e.key === '?' && !isTyping(e.target)) {
				e.preventDefault();
				setHelp(true);
				return;
			}
			const name = shortcutName(e);
			if (name !== undefined && runShortcut(name)) e.preventDefault();
		};
		addEventListener('keydown', onKey);
		return () => removeEventListener('keydown', onKey);
	}, []);
	const meeting = view === 'meetings' || view === 'series' ? undefined : session.meeting();
	// An ended meeting the chair leaves has its keystrokes folded (the journal stays small).
	const shown = useRef<Meeting | undefined>(undefined);
	useEffect(() => {
		const left = shown.current;
		if (left === undefined || left.id === meeting?.id || !left.timeline.some((m) => m.type === 'meeting.ended')) return;
		void session.flush().then(() => store.compact(left.id)).catch(() => undefined);
	}, [meeting?.id]);
	// After the effect above: it reads the meeting as last drawn.
	useEffect(() => void (shown.current = meeting));
	// The next panel opens where this one is.
	useEffect(() => rememberPlace(meeting === undefined || view === 'meetings' || view === 'series' ? undefined : { meetingId: meeting.id, view }), [meeting?.id, view]);
	const [meetingSeries, changeMeetingSeries] = useSeries(seriesStore, meeting?.series);
	// A meeting just made opens on its title, ready to type (not on the page, a dozen Tabs away).
	const [madeNow, setMadeNow] = useState(false);
	const open = async (id: string) => {
		const opened = await session.open(id);
		setView(opened !== undefined && opened.timeline.length > 0 ? 'run' : 'prepare');
	};
	const create = async (request: NewMeeting): Promise<NewMeetingProblem | undefined> => {
		const made = await newMeeting(request, now());
		if (typeof made === 'string' || !('id' in made)) return made;
		session.dispatch({ type: 'meeting.created', meeting: made });
		setMadeNow(true);
		setView('prepare');
		return undefined;
	};
	const duplicate = (original: Meeting) => {
		session.dispatch({ type: 'meeting.created', meeting: { ...duplicateMeeting(original, newId(), localDate(now(), hostZone()), newId), draft: true } });
		setMadeNow(true);
		setView('prepare');
	};
	// The series view reads its meetings from the store: what this panel has not written yet goes first.
	const openSeries = (id: string) =>
		void session.flush().catch(() => undefined).then(() => {
			setSeriesId(id);
			setView('series');
		});
	// The series' next meeting: opened if it is already prepared, made otherwise.
	const prepareNext = async (series: Series, history?: Meeting[]) => {
		const [meetings, { nextMeeting }] = await Promise.all([history ?? store.list().then((records) => records.map((r) => r.state).filter((m) => m.series === series.id)), import('../core/series.ts')]);
		const made = nextMeeting(series, meetings, now(), newId);
		if (made === undefined) return;
		const prepared = meetings.find((m) => m.date === made.date);
		if (prepared !== undefined) return open(prepared.id);
		session.dispatch({ type: 'meeting.created', meeting: made });
		setMadeNow(true);
		setView('prepare');
	};
	/** Puts the open meeting in a series (a new one made from it, or one kept): its next call comes from the cadence. */
	const joinSeries = async (series: Series | 'new') => {
		const current = session.meeting();
		if (current === undefined) return;
		const joined = series === 'new' ? (await import('../core/series.ts')).seriesFromMeeting(current, newId(), hostZone()) : series;
		if (series === 'new') await seriesStore.put(joined);
		const start = zonedInstant(current.date, current.startTime ?? joined.cadence.time, joined.cadence.timeZone);
		const following = start === undefined ? undefined : nextOccurrence(joined.cadence, start);
		session.dispatch({ type: 'meeting.updated', patch: { series: joined.id, ...(current.nextCall === undefined && following !== undefined ? { nextCall: following.date } : {}) } });
		if (series === 'new') openSeries(joined.id);
	};
	return (
		<div class="app">
			<div class="top">
				<header>
					{view === 'series' ? (
						<>
							<button type="button" class="icon back" aria-label="All meetings" aria-keyshortcuts="Alt+L" onClick={() => setView('meetings')}>‹</button>
							<h1 class="meeting-title">{shownSeries?.name || 'Series'}</h1>
						</>
					) : meeting === undefined ? (
						<h1><img src="icons/32.png" alt="" /> Gavel</h1>
					) : (
						<>
							<button type="button" class="icon back" aria-label="All meetings" aria-keyshortcuts="Alt+L" onClick={() => void session.flush().finally(() => setView('meetings'))}>‹</button>
							<h1 class="meeting-title">{meeting.title || 'Untitled meeting'}</h1>
						</>
					)}
					<SaveBanner session={session} />
					{database === 'ok' ? null : <DatabaseNotice state={database} />}
				</header>
				{meeting === undefined ? null : (
					<nav class="tabs" aria-label="Meeting">
						{(['prepare', 'run', 'publish'] as const).map((v) => (
							<button type="button" key={v} aria-keyshortcuts={TAB_KEYS[v]} aria-current={view === v ? 'page' : undefined} onClick={() => setView(v)}>{v[0]?.toUpperCase() + v.slice(1)}</button>
						))}
						{sharing === undefined ? null : <button type="button" class="share-tab" aria-expanded={sharingAsked} onClick={() => askSharing(!sharingAsked)}>Share</button>}
					</nav>
				)}
			</div>
			{sharing === undefined || view === 'series' || !interactive ? null : <ShareBar sharing={sharing} {...(meeting === undefined ? {} : { meeting })} open={sharingAsked} onClose={() => askSharing(false)} onJoined={(id) => void open(id)} />}
			{view === 'series' && shownSeries !== undefined ? <SeriesView series={shownSeries} change={changeSeries} problem={seriesProblem} store={store} now={now} onOpen={(id) => void open(id)} onNext={(s, history) => void prepareNext(s, history)} /> : null}
			{view === 'meetings' || (view !== 'series' && meeting === undefined) ? <MeetingsView store={store} backups={backups} now={now} series={allSeries ?? []} onOpen={(id) => void open(id)} onOpenSeries={openSeries} onNextInSeries={(s) => void prepareNext(s)} onNew={create} onDuplicate={(r) => duplicate(r.state)} {...(sharing === undefined ? {} : { onJoin: () => askSharing(!sharingAsked) })} {...(takeFirstPage === undefined ? {} : { takeFirstPage })} /> : null}
			{view === 'prepare' && meeting !== undefined ? <PrepareView session={session} meeting={meeting} series={meetingSeries} allSeries={allSeries ?? []} focusTitle={madeNow} onTitleFocused={() => setMadeNow(false)} onJoinSeries={(s) => void joinSeries(s)} onOpenSeries={openSeries} /> : null}
			{view === 'run' && meeting !== undefined ? <RunView session={session} meeting={meeting} series={meetingSeries} onPublish={() => setView('publish')} /> : null}
			{view === 'publish' && meeting !== undefined ? <PublishView meeting={meeting} series={meetingSeries} session={session} now={now} onField={(field) => { setView('prepare'); requestAnimationFrame(() => document.getElementById(field)?.focus()); }} onRoster={(name) => changeMeetingSeries((s) => ({ ...s, roster: [...s.roster, { name, aliases: [] }] }))} /> : null}
			<p class="hint muted">Press <kbd>?</kbd> for keyboard shortcuts</p>
			{help ? <HelpDialog onClose={() => setHelp(false)} /> : null}
		</div>
	);
}

/** A new meeting, or why the pasted agenda or file could not make one (a file that says no date: ask it). */
async function newMeeting(request: NewMeeting, now: number): Promise<Meeting | NewMeetingProblem> {
	const date = localDate(now, hostZone());
	if (request.kind === 'file') {
		const { importMinutes } = await import('../markdown/import/import-minutes.ts');
		const result = importMinutes(await asMarkdown(request.text ?? '', request.fileName ?? ''), { fileName: request.fileName ?? '', id: newId(), ...(request.date === undefined ? {} : { date: request.date }) });
		if (!result.ok && request.date === undefined && result.errors.every((e) => e.code === 'no-date')) return { needsDate: request };
		if (!result.ok) return result.errors.map((e) => `${request.fileName}:${e.line ?? 1}:${e.column ?? 1}: ${e.message}`).join('\n');
		return result.meeting;
	}
	const agendaText = request.kind === 'agenda' ? await import('../core/agenda-text.ts') : undefined;
	const parsed = agendaText?.parseAgendaText(request.text ?? '') ?? [];
	const items = parsed.filter((item) => agendaText?.isAobTitle(item.title) !== true).map((item) => createItem({ id: newId(), ...item }));
	return createMeeting({ id: newId(), title: `Meeting ${date}`, date, timeZone: hostZone(), items, draft: true });
}

/** A saved HTML page of minutes as Markdown; the converter (turndown) is loaded only for HTML. */
async function asMarkdown(text: string, fileName: string): Promise<string> {
	if (!/\.html?$/i.test(fileName) && !/^\s*</.test(text)) return text;
	const { htmlToMarkdown, looksLikeHtml } = await import('../markdown/html-minutes.ts');
	return /\.html?$/i.test(fileName) || looksLikeHtml(text) ? htmlToMarkdown(text) : text;
}

/** The browser's time zone: a new meeting's dates are this computer's. */
const hostZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
