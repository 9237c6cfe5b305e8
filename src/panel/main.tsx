// Entry of the panel page: real dependencies wired into the app. Edits are written as they
// happen, each also copied to localStorage until IndexedDB has it (done before the page can go);
// leaving or hiding the panel flushes early. The panel can be destroyed without warning
// (platform.md §0.1); the next one to start saves what the last one left.
import { render } from 'preact';
import { CHANNEL } from '../core/broadcast.ts';
import { openDatabase } from '../storage/database.ts';
import { takeEarly } from '../storage/early-open.ts';
import { DB_VERSION } from '../storage/migrations.ts';
import { lazyBackups } from '../storage/backup-facade.ts';
import { journalStore } from '../storage/journal-store.ts';
import { metaStore } from '../storage/meta-store.ts';
import type { MeetingRecord } from '../storage/schema.ts';
import { seriesStore } from '../storage/series-store.ts';
import { recoverUnsaved, unsavedMirror } from '../storage/unsaved-mirror.ts';
import { App } from './app.tsx';
import { reportDatabase } from './database-state.ts';
import { onInteractive } from './interactive.ts';
import { lastPlace, type Place } from './last-place.ts';
import { onDemand } from './lazy.tsx';
import { clockAlerts } from './state/clock-alerts.ts';
import { meetingNow as now } from './state/meeting-clock.ts';
import { createSession } from './state/session.ts';
import { MEETINGS_PAGE } from './views/meetings-view.tsx';

// Settles if another window holds the database up: the panel is then drawn at once, to say so.
let heldUp = (): void => undefined;
const held = new Promise<void>((resolve) => (heldUp = resolve));
// Opened, and the meeting to reopen read, by boot.js while this code loaded.
const early = takeEarly(DB_VERSION);
const database = openDatabase({
	early: early.then((start) => start?.db),
	onBlocked: () => {
		reportDatabase('blocked');
		heldUp();
	},
	onVersionChange: () => reportDatabase('updated'),
	// Deleted underneath: write the open meeting again into a new database, and say what was lost.
	onDeleted: () => {
		reportDatabase('deleted');
		setTimeout(() => void session.rewrite().catch(() => undefined), 0);
	},
});
const store = journalStore(database, early.then((start) => start?.read));
const meta = metaStore(database);
const writer = crypto.randomUUID();
const session = createSession({ store, writer, now, channel: new BroadcastChannel(CHANNEL), mirror: unsavedMirror(localStorage) });
// The badge and the alarms, set from here when the clock moves (state/clock-alerts.ts); the
// browser API wrapper is not needed to open the panel, so it is fetched once the panel is ready.
const toolbar = onDemand(() => import('../platform/toolbar.ts'));
// Sharing with other machines: loaded once the panel is interactive (it reconnects a meeting that
// was shared), the sync engine only when a meeting is shared.
const sharing = onDemand(() => import('./state/sharing.ts').then((m) => m.createSharing({ session, store, database, meta, writer, load: () => import('../sync/sync-session.ts') })));
// Notes merged by their CRDT (Yjs): fetched once the panel is interactive; keys typed before it
// arrives are kept as span edits, which it replays in order (core/notes-crdt.ts).
onInteractive(() => void import('../core/notes-crdt.ts').then((m) => session.useNotes(m.notesCrdt())));
session.watch(clockAlerts({ meeting: () => session.meeting(), now, meta, apply: (plan) => toolbar().then((t) => t.applyPlan(plan)) }));

const leaving = () => void session.flush().catch(() => undefined);
addEventListener('pagehide', leaving);
document.addEventListener('visibilitychange', () => {
	if (document.visibilityState === 'hidden') leaving();
});
// Ask once that the browser not evict Gavel's data under storage pressure.
void navigator.storage?.persist?.().catch(() => undefined);

// What a closed panel could not write goes in first, so the list and the meeting show it; then
// the snapshots (what the list shows and searches) of meetings whose last events reached the
// journal but not the snapshot, the panel that wrote them having closed first.
const recovered = recoverUnsaved(localStorage, store, now())
	.catch(() => 0)
	.then(() => store.repairSnapshots().catch(() => 0));
// Once open (an upgrade another window held up has finished), nothing stands in the way. The
// browser says "blocked" only to the first document waiting on an upgrade (the background may be
// that one), so a database not open after 2 s is reported as held up too.
const slow = setTimeout(() => {
	reportDatabase('blocked');
	heldUp();
}, 2_000);
void database.get().then(
	() => {
		clearTimeout(slow);
		reportDatabase('ok');
	},
	() => clearTimeout(slow),
);
// Back where the chair was: the meeting open when the panel last closed, or else the meetings
// list, read before the first draw so that it shows what the chair came for.
const place = lastPlace();
type Opening = { view?: Place['view']; firstPage?: MeetingRecord[] };
const reopened = recovered.then(async (): Promise<Opening> => {
	if (place !== undefined && (await session.open(place.meetingId)) !== undefined) return { view: place.view };
	return { firstPage: await store.list(MEETINGS_PAGE) };
});
const root = document.getElementById('app');
if (root !== null) {
	void Promise.race([reopened.catch((): Opening => ({})), held.then((): Opening => ({}))]).then(({ view, firstPage }) => {
		let first = firstPage;
		const takeFirstPage = () => {
			const page = first;
			first = undefined;
			return page;
		};
		render(<App session={session} store={store} seriesStore={seriesStore(database)} backups={lazyBackups(database, store, meta, now)} now={now} takeFirstPage={takeFirstPage} sharing={sharing} {...(view === undefined ? {} : { view })} />, root);
	});
}
