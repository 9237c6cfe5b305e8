// The background service worker (Chrome) or event page (Firefox). It hears the panels' events on
// the shared BroadcastChannel, keeps the running meeting's journal, and from it sets the toolbar
// badge and the alarms that notify at an item's budget and the meeting's scheduled end. When the
// browser wakes it for an alarm, it reloads the meeting from IndexedDB: nothing depends on it
// having stayed alive. Listeners are registered at the top level so they exist on every wake.
import { CHANNEL } from '../core/broadcast.ts';
import { isEventsMessage } from '../core/check-message.ts';
import { TIMER_EVENTS, type MeetingEvent } from '../core/events.ts';
import { appendEvents, journalOf, type JournalState } from '../core/journal-state.ts';
import { openPanelOnActionClick } from '../platform/panel-behavior.ts';
import { notify, onAlarm, showBadge, syncAlarms } from '../platform/toolbar.ts';
import { openDatabase } from '../storage/database.ts';
import { journalStore } from '../storage/journal-store.ts';
import { metaStore } from '../storage/meta-store.ts';
import { plan } from './plan.ts';

const ACTIVE = 'active-meeting';
const database = openDatabase();
const store = journalStore(database);
const meta = metaStore(database);
let journal: JournalState | undefined;
let activeId: string | undefined;
// Events heard from panels, by meeting: the store may not have them yet (panels write within
// 250 ms), so a meeting is loaded from both.
const heard = new Map<string, MeetingEvent[]>();

openPanelOnActionClick();

async function current(): Promise<JournalState> {
	activeId ??= await meta.get<string>(ACTIVE);
	journal ??= activeId === undefined ? journalOf([]) : journalOf(await store.events(activeId));
	return journal;
}

async function refresh(): Promise<void> {
	const p = plan((await current()).meeting, Date.now());
	await showBadge(p.badge);
	await syncAlarms(p.alarms, p.ticking);
}

/** Whether an event can change what the badge shows or when an alarm is due. */
function affectsClock(event: MeetingEvent): boolean {
	if (event.type === 'item.updated') return 'budget' in event.patch || 'title' in event.patch;
	if (event.type === 'meeting.updated') return 'startTime' in event.patch || 'timeZone' in event.patch || 'date' in event.patch || 'title' in event.patch;
	return TIMER_EVENTS.has(event.type) || event.type.startsWith('item.') || event.type === 'meeting.created';
}

new BroadcastChannel(CHANNEL).addEventListener('message', (event: MessageEvent<unknown>) => {
	if (!isEventsMessage(event.data)) return;
	const { events } = event.data;
	void (async () => {
		for (const e of events) {
			const list = heard.get(e.meetingId);
			if (list === undefined) heard.set(e.meetingId, [e]);
			else list.push(e);
		}
		const timer = events.find((e) => TIMER_EVENTS.has(e.type));
		if (timer !== undefined && timer.meetingId !== activeId) {
			// A clock started in another meeting: that one is now the meeting the badge follows.
			activeId = timer.meetingId;
			await meta.set(ACTIVE, activeId);
			journal = journalOf([...(await store.events(activeId)), ...(heard.get(activeId) ?? [])]);
			await refresh();
			return;
		}
		const mine = events.filter((e) => e.meetingId === activeId);
		if (mine.length === 0) return;
		journal = appendEvents(await current(), mine);
		// Typing notes changes neither the badge nor the alarms: spare the extension API calls.
		if (mine.some(affectsClock)) await refresh();
	})();
});

onAlarm((name) => {
	void (async () => {
		const meeting = (await current()).meeting;
		if (name.startsWith('item-end:')) {
			const item = meeting?.items.find((i) => `item-end:${i.id}` === name);
			if (item !== undefined) await notify(name, `Time is up: ${item.title}`, `${item.budget ?? 0} minutes planned. Move on, or give it more time.`);
		} else if (name === 'meeting-end' && meeting !== undefined) {
			await notify(name, `${meeting.title}: time to close`, 'The meeting is due to end now. Publish the minutes from Gavel.');
		}
		await refresh();
	})();
});

void refresh();
