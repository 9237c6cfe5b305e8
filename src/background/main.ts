// The background service worker (Chrome) or event page (Firefox). The browser stops it when idle
// (30 s in Chrome) and nothing a panel says wakes it, so it keeps no state: the panel sets the
// badge and the alarms itself when the clock changes, and the background is woken by those
// alarms, reads the running meeting from IndexedDB, notifies if the alarm still holds, and sets
// the badge and alarms again. Listeners are registered at the top level so they exist on every wake.
import { journalOf } from '../core/journal-state.ts';
import { alertFor, plan } from '../core/toolbar-plan.ts';
import type { Meeting } from '../core/types.ts';
import { openPanelOnActionClick } from '../platform/panel-behavior.ts';
import { applyPlan, notify, onAlarm, onStartup } from '../platform/toolbar.ts';
import { openDatabase } from '../storage/database.ts';
import { journalStore } from '../storage/journal-store.ts';
import { ACTIVE_MEETING, metaStore } from '../storage/meta-store.ts';

const database = openDatabase();
const store = journalStore(database);
const meta = metaStore(database);

openPanelOnActionClick();

/** The meeting whose clock last moved, as stored. */
async function activeMeeting(): Promise<Meeting | undefined> {
	const id = await meta.get<string>(ACTIVE_MEETING);
	return id === undefined ? undefined : journalOf(await store.events(id)).meeting;
}

onAlarm((name) => {
	void (async () => {
		const meeting = await activeMeeting();
		const now = Date.now();
		const alert = alertFor(name, meeting, now);
		if (alert !== undefined) await notify(name, alert);
		await applyPlan(plan(meeting, now));
	})();
});

// After a browser restart the badge is blank and alarms may be gone (Firefox keeps none).
onStartup(() => void activeMeeting().then((meeting) => applyPlan(plan(meeting, Date.now()))));
