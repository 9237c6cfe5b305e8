// The toolbar badge, alarms and notifications, through webextension-polyfill (`browser.*` with
// promises in Chrome and Firefox alike). Any extension page may call these: the panel applies a
// plan itself when the clock changes, the background when an alarm wakes it.
import browser from 'webextension-polyfill';
import type { Alert, Badge, Plan } from '../core/toolbar-plan.ts';

const TICK = 'badge-tick';

/**
 * Makes the badge and the alarms say what `plan` says. The badge and the wanted alarms are set
 * first, in parallel, so that a panel closed right after the click has sent them (an alarm of the
 * same name is replaced, so setting one again is harmless); alarms no longer wanted are cleared after.
 */
export async function applyPlan(plan: Plan): Promise<void> {
	const set = [showBadge(plan.badge), ...Object.entries(plan.alarms).map(([name, when]) => browser.alarms.create(name, { when }))];
	const existing = await browser.alarms.getAll();
	// 30 s is the shortest period a packed extension may use (platform.md §1.6).
	if (plan.ticking && !existing.some((a) => a.name === TICK)) set.push(browser.alarms.create(TICK, { periodInMinutes: 0.5 }));
	const stale = existing.filter((a) => (a.name === TICK ? !plan.ticking : !(a.name in plan.alarms)));
	await Promise.all([...set, ...stale.map((a) => browser.alarms.clear(a.name))]);
}

async function showBadge(badge: Badge | undefined): Promise<void> {
	await Promise.all([
		browser.action.setBadgeText({ text: badge?.text ?? '' }),
		browser.action.setTitle({ title: badge === undefined ? 'Open Gavel' : `Gavel · ${badge.title}` }),
		...(badge === undefined ? [] : [browser.action.setBadgeBackgroundColor({ color: badge.color })]),
	]);
}

export function onAlarm(listener: (name: string) => void): void {
	browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}

export async function notify(id: string, alert: Alert): Promise<void> {
	await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('icons/128.png'), title: alert.title, message: alert.message, priority: 2 });
}

/** Runs `listener` when the browser starts with Gavel installed, and when Gavel is installed or updated. */
export function onStartup(listener: () => void): void {
	browser.runtime.onStartup.addListener(listener);
	browser.runtime.onInstalled.addListener(() => listener());
}
