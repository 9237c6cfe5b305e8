// The panel: the meetings list, and for an open meeting its Prepare, Run and Publish views.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { parseAgendaText } from '../core/agenda-text.ts';
import { localDate } from '../core/cadence.ts';
import { createItem, createMeeting, duplicateMeeting } from '../core/meeting.ts';
import type { Meeting } from '../core/types.ts';
import type { Backups } from '../storage/backup.ts';
import type { JournalStore } from '../storage/journal-store.ts';
import { DatabaseNotice } from './components/database-notice.tsx';
import { HelpDialog } from './components/help-dialog.tsx';
import { SaveBanner } from './components/save-banner.tsx';
import { isTyping, runShortcut, shortcutName } from './shortcuts.ts';
import { newId } from './ids.ts';
import type { Session } from './state/session.ts';
import { SessionContext, useSession } from './state/use-session.ts';
import { MeetingsView, type NewMeeting } from './views/meetings-view.tsx';
import { PrepareView } from './views/prepare-view.tsx';
import { PublishView } from './views/publish-view.tsx';
import { RunView } from './views/run-view.tsx';

type View = 'meetings' | 'prepare' | 'run' | 'publish';

const TAB_KEYS = { prepare: 'Alt+Q', run: 'Alt+R', publish: 'Alt+U' } as const;

export interface AppProps {
	session: Session;
	store: JournalStore;
	backups: Backups;
	now(): number;
}

export function App(props: AppProps) {
	return (
		<SessionContext.Provider value={props.session}>
			<Shell {...props} />
		</SessionContext.Provider>
	);
}

function Shell({ store, backups, now }: AppProps) {
	const session = useSession();
	const [view, setView] = useState<View>('meetings');
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
	const meeting = view === 'meetings' ? undefined : session.meeting();
	const open = async (id: string) => {
		const opened = await session.open(id);
		setView(opened !== undefined && opened.timeline.length > 0 ? 'run' : 'prepare');
	};
	const create = async (request: NewMeeting): Promise<string | undefined> => {
		const made = await newMeeting(request, now());
		if (typeof made === 'string') return made;
		session.dispatch({ type: 'meeting.created', meeting: made });
		setView('prepare');
		return undefined;
	};
	const duplicate = (original: Meeting) => {
		session.dispatch({ type: 'meeting.created', meeting: duplicateMeeting(original, newId(), localDate(now(), hostZone()), newId) });
		setView('prepare');
	};
	return (
		<div class="app">
			<header>
				{meeting === undefined ? (
					<h1><img src="icons/32.png" alt="" /> Gavel</h1>
				) : (
					<>
						<button type="button" class="icon back" aria-label="All meetings" aria-keyshortcuts="Alt+L" onClick={() => void session.flush().finally(() => setView('meetings'))}>‹</button>
						<h1 class="meeting-title">{meeting.title || 'Untitled meeting'}</h1>
					</>
				)}
				<SaveBanner session={session} />
				<DatabaseNotice />
			</header>
			{meeting === undefined ? null : (
				<nav class="tabs" aria-label="Meeting">
					{(['prepare', 'run', 'publish'] as const).map((v) => (
						<button type="button" key={v} aria-keyshortcuts={TAB_KEYS[v]} aria-current={view === v ? 'page' : undefined} onClick={() => setView(v)}>{v[0]?.toUpperCase() + v.slice(1)}</button>
					))}
				</nav>
			)}
			{view === 'meetings' || meeting === undefined ? <MeetingsView store={store} backups={backups} now={now} onOpen={(id) => void open(id)} onNew={create} onDuplicate={(r) => duplicate(r.state)} /> : null}
			{view === 'prepare' && meeting !== undefined ? <PrepareView session={session} meeting={meeting} /> : null}
			{view === 'run' && meeting !== undefined ? <RunView session={session} meeting={meeting} onPublish={() => setView('publish')} /> : null}
			{view === 'publish' && meeting !== undefined ? <PublishView meeting={meeting} session={session} now={now} onField={(field) => { setView('prepare'); requestAnimationFrame(() => document.getElementById(field)?.focus()); }} /> : null}
			<p class="hint muted">Press <kbd>?</kbd> for keyboard shortcuts</p>
			{help ? <HelpDialog onClose={() => setHelp(false)} /> : null}
		</div>
	);
}

/** A new meeting, or a message saying why the pasted agenda or file could not make one. */
async function newMeeting(request: NewMeeting, now: number): Promise<Meeting | string> {
	const date = localDate(now, hostZone());
	if (request.kind === 'file') {
		const { importMinutes } = await import('../markdown/import/import-minutes.ts');
		const result = importMinutes(request.text ?? '', { fileName: request.fileName ?? '', id: newId() });
		if (!result.ok) return result.errors.map((e) => `${request.fileName}:${e.line ?? 1}:${e.column ?? 1}: ${e.message}`).join('\n');
		return result.meeting;
	}
	// Every meeting has its own AoB section: an "AoB" line of a pasted agenda is that, not an item.
	const parsed = request.kind === 'agenda' ? parseAgendaText(request.text ?? '') : [];
	const items = parsed.filter((item) => !/^(?:aob|any other business)$/i.test(item.title.trim())).map((item) => createItem({ id: newId(), ...item }));
	return createMeeting({ id: newId(), title: `Meeting ${date}`, date, timeZone: hostZone(), items });
}

/** The browser's time zone: a new meeting's dates are this computer's. */
const hostZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
