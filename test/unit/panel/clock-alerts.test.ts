// The panel sets the badge and the alarms itself when the clock moves (the background may be
// stopped): at once for a clock event, this panel's or another's; after typing settles for a
// budget or title, and only for the meeting the toolbar follows; one plan at a time, in order.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createItem, createMeeting } from '../../../src/core/meeting.ts';
import type { Plan } from '../../../src/core/toolbar-plan.ts';
import { clockAlerts } from '../../../src/panel/state/clock-alerts.ts';
import { createSession, type Session } from '../../../src/panel/state/session.ts';
import { openDatabase } from '../../../src/storage/database.ts';
import { journalStore } from '../../../src/storage/journal-store.ts';
import { ACTIVE_MEETING, metaStore } from '../../../src/storage/meta-store.ts';

const T0 = Date.UTC(2026, 10, 25, 16, 0);
let clock = T0;
const sessions: Session[] = [];
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A panel whose applied plans are recorded; `slow` makes each application take that long. */
function panel(writer: string, slow = 0) {
	const database = openDatabase();
	const meta = metaStore(database);
	const applied: Plan[] = [];
	let running = 0;
	let overlapped = false;
	const follow = clockAlerts({
		meeting: () => session.meeting(),
		now: () => clock,
		meta,
		settleMs: 20,
		apply: async (plan) => {
			overlapped ||= running > 0;
			running += 1;
			await wait(slow);
			applied.push(plan);
			running -= 1;
		},
	});
	const session = createSession({ store: journalStore(database), writer, now: () => clock, channel: new BroadcastChannel('clock-test') });
	session.watch(follow);
	sessions.push(session);
	return { session, meta, applied, overlapped: () => overlapped };
}

const meeting = (id: string) => createMeeting({ id, title: 'Weekly call', date: '2026-11-25', items: [createItem({ id: 'a', title: 'Release', budget: 10 }), createItem({ id: 'b', title: 'Website', budget: 5 })] });
const until = async (check: () => boolean) => {
	for (let i = 0; i < 200 && !check(); i++) await wait(5);
	expect(check()).toBe(true);
};

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	clock = T0;
});
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

describe('clock alerts', () => {
	it('applies the plan as the meeting starts, and makes it the meeting the toolbar follows', async () => {
		const p = panel('p1');
		p.session.dispatch({ type: 'meeting.created', meeting: meeting('m1') });
		p.session.dispatch({ type: 'meeting.started' });
		await until(() => p.applied.length === 1);
		expect(p.applied[0]).toMatchObject({ badge: { text: '10' }, alarms: { 'item-end:a': T0 + 10 * 60_000 }, ticking: true });
		expect(await p.meta.get(ACTIVE_MEETING)).toBe('m1');
	});

	it('applies a budget change once typing settles, and ignores notes', async () => {
		const p = panel('p1');
		p.session.dispatch({ type: 'meeting.created', meeting: meeting('m1') });
		p.session.dispatch({ type: 'meeting.started' });
		await until(() => p.applied.length === 1);
		p.session.dispatch({ type: 'item.updated', itemId: 'a', patch: { notes: 'Tagged' } });
		p.session.dispatch({ type: 'item.updated', itemId: 'a', patch: { budget: 1 } });
		p.session.dispatch({ type: 'item.updated', itemId: 'a', patch: { budget: 15 } });
		await until(() => p.applied.length === 2);
		await wait(60);
		expect(p.applied).toHaveLength(2);
		expect(p.applied[1]?.alarms['item-end:a']).toBe(T0 + 15 * 60_000);
	});

	it('leaves the toolbar alone for edits to a meeting it does not follow', async () => {
		const p = panel('p1');
		p.session.dispatch({ type: 'meeting.created', meeting: meeting('m1') });
		p.session.dispatch({ type: 'meeting.started' });
		await until(() => p.applied.length === 1);
		p.session.dispatch({ type: 'meeting.created', meeting: meeting('m2') });
		p.session.dispatch({ type: 'item.updated', itemId: 'a', patch: { budget: 3 } });
		await wait(80);
		expect(p.applied).toHaveLength(1);
		expect(await p.meta.get(ACTIVE_MEETING)).toBe('m1');
	});

	it('applies quick clicks one at a time, in order, ending on the last', async () => {
		const p = panel('p1', 15);
		p.session.dispatch({ type: 'meeting.created', meeting: meeting('m1') });
		p.session.dispatch({ type: 'meeting.started' });
		clock += 60_000;
		p.session.dispatch({ type: 'item.next' });
		clock += 60_000;
		p.session.dispatch({ type: 'timer.paused' });
		await until(() => p.applied.length === 3);
		expect(p.overlapped()).toBe(false);
		// Each with the meeting its click left, at the time it is applied (all three at +2 min here).
		expect(p.applied.map((plan) => plan.badge?.title)).toEqual(['Release: 2 of 10 min', 'Website: 1 of 5 min', 'Website: 1 of 5 min (paused)']);
		expect(p.applied[2]).toMatchObject({ alarms: {}, ticking: false });
	});

	it('follows a clock another panel moved', async () => {
		const chair = panel('p1');
		const secretary = panel('p2');
		chair.session.dispatch({ type: 'meeting.created', meeting: meeting('m1') });
		await chair.session.flush();
		await secretary.session.open('m1');
		chair.session.dispatch({ type: 'meeting.started' });
		await until(() => secretary.applied.length === 1);
		expect(secretary.applied[0]?.badge?.text).toBe('10');
	});
});
