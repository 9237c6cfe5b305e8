// Applying a plan to the browser (an in-memory one): the badge says it, exactly the plan's alarms
// are held (stale ones cleared, the periodic refresh set once and kept while the clock runs), and
// an empty plan leaves nothing behind.
import { beforeEach, describe, expect, it } from 'vitest';
import { COLORS } from '../../../src/core/toolbar-plan.ts';
import { applyPlan } from '../../../src/platform/toolbar.ts';
import { fakeBrowser } from '../../helpers/fake-browser.ts';

const alarms = () => [...fakeBrowser.state.alarms.values()].map((a) => [a.name, a.periodInMinutes ?? a.scheduledTime]).sort();

beforeEach(() => fakeBrowser.reset());

describe('applyPlan', () => {
	it('sets the badge, its title and colour, and the plan\'s alarms with the periodic refresh', async () => {
		await applyPlan({ badge: { text: '7', color: COLORS.running, title: 'Release: 3 of 10 min' }, alarms: { 'item-end:a': 1_000, 'meeting-end': 2_000 }, ticking: true });
		expect(fakeBrowser.state.badge).toEqual({ text: '7', color: COLORS.running, title: 'Gavel · Release: 3 of 10 min' });
		expect(alarms()).toEqual([['badge-tick', 0.5], ['item-end:a', 1_000], ['meeting-end', 2_000]]);
	});

	it('clears the alarms a newer plan does not hold, keeps the refresh it does, and moves one that changed', async () => {
		await applyPlan({ badge: { text: '7', color: COLORS.running, title: 'A' }, alarms: { 'item-end:a': 1_000, 'meeting-end': 2_000 }, ticking: true });
		const tick = fakeBrowser.state.alarms.get('badge-tick');
		await applyPlan({ badge: { text: '5', color: COLORS.running, title: 'B' }, alarms: { 'item-end:b': 1_500, 'meeting-end': 2_500 }, ticking: true });
		expect(alarms()).toEqual([['badge-tick', 0.5], ['item-end:b', 1_500], ['meeting-end', 2_500]]);
		// The refresh is not set again: its period would start over at every change.
		expect(fakeBrowser.state.alarms.get('badge-tick')).toBe(tick);
	});

	it('leaves no badge and no alarm when nothing runs', async () => {
		await applyPlan({ badge: { text: '7', color: COLORS.over, title: 'A' }, alarms: { 'item-end:a': 1_000 }, ticking: true });
		await applyPlan({ badge: undefined, alarms: {}, ticking: false });
		expect(fakeBrowser.state.badge).toMatchObject({ text: '', title: 'Open Gavel' });
		expect(alarms()).toEqual([]);
	});
});
