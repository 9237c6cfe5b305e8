// The background as the browser runs it: started cold by an alarm, with nothing in memory, it
// reads the running meeting from IndexedDB, notifies only if the alarm still holds, and sets the
// badge and the alarms again; started with the browser, it puts the badge back.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventBody, MeetingEvent } from '../../../src/core/events.ts';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import { openDatabase } from '../../../src/storage/database.ts';
import { journalStore } from '../../../src/storage/journal-store.ts';
import { ACTIVE_MEETING, metaStore } from '../../../src/storage/meta-store.ts';
import { fakeBrowser } from '../../helpers/fake-browser.ts';

const T0 = Date.UTC(2026, 10, 25, 16, 0);
const MIN = 60_000;

/** What a panel left in the database before the background ever ran. */
async function stored(bodies: Array<[number, EventBody]>): Promise<void> {
	const database = openDatabase();
	const events = bodies.map(([at, body], i) => ({ ...body, meetingId: 'm1', at, writer: 'panel', seq: i + 1 }) as MeetingEvent);
	await journalStore(database).append(events, T0, 'strict');
	await metaStore(database).set(ACTIVE_MEETING, 'm1');
	(await database.get()).close();
}

const meeting = createMeeting({ id: 'm1', title: 'Weekly call', date: '2026-11-25', items: [createItem({ id: 'a', title: 'Quick check', budget: 1 }), createItem({ id: 'b', title: 'Later', budget: 5 })] });
const settled = () => new Promise((r) => setTimeout(r, 50));

/** The background module, loaded afresh as a stopped worker is started again. */
async function wake(now: number): Promise<void> {
	vi.setSystemTime(now);
	vi.resetModules();
	await import('../../../src/background/main.ts');
}

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	fakeBrowser.reset();
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.stubGlobal('chrome', { sidePanel: { setPanelBehavior: () => Promise.resolve() } });
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('background', () => {
	it('woken by an item\'s alarm, notifies, turns the badge red and keeps the refresh going', async () => {
		await stored([[T0, { type: 'meeting.created', meeting }], [T0, { type: 'meeting.started' }]]);
		await wake(T0 + MIN + 400);
		fakeBrowser.fireAlarm('item-end:a');
		await settled();
		expect(fakeBrowser.state.notifications.get('item-end:a')).toEqual({ title: 'Time is up: Quick check', message: '1 minute planned. Move on, or give it more time.' });
		expect(fakeBrowser.state.badge).toEqual({ text: '+1', color: '#c62828', title: 'Gavel · Quick check: 1 of 1 min' });
		expect([...fakeBrowser.state.alarms.keys()]).toEqual(['badge-tick']);
	});

	it('woken by an alarm the meeting has moved past, says nothing and sets the right one', async () => {
		await stored([[T0, { type: 'meeting.created', meeting }], [T0, { type: 'meeting.started' }], [T0 + 30_000, { type: 'item.next' }]]);
		await wake(T0 + MIN);
		fakeBrowser.fireAlarm('item-end:a');
		await settled();
		expect(fakeBrowser.state.notifications.size).toBe(0);
		expect(fakeBrowser.state.alarms.get('item-end:b')?.scheduledTime).toBe(T0 + 30_000 + 5 * MIN);
		expect(fakeBrowser.state.badge.text).toBe('5');
	});

	it('started with the browser, puts back the badge of a meeting still running', async () => {
		await stored([[T0, { type: 'meeting.created', meeting }], [T0, { type: 'meeting.started' }], [T0 + 30_000, { type: 'item.next' }]]);
		await wake(T0 + 2 * MIN);
		expect(fakeBrowser.state.badge.text).toBe('');
		fakeBrowser.fireStartup();
		await settled();
		expect(fakeBrowser.state.badge.text).toBe('4');
		expect([...fakeBrowser.state.alarms.keys()].sort()).toEqual(['badge-tick', 'item-end:b']);
	});
});
