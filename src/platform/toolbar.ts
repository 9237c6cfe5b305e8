// The toolbar badge, alarms and notifications. `chrome.*` exists in Chrome and Firefox alike
// and returns promises in MV3 on both.

export interface BadgeView {
	text: string;
	color: string;
	title: string;
}

export async function showBadge(badge: BadgeView | undefined): Promise<void> {
	await chrome.action.setBadgeText({ text: badge?.text ?? '' });
	await chrome.action.setTitle({ title: badge === undefined ? 'Open Gavel' : `Gavel · ${badge.title}` });
	if (badge !== undefined) await chrome.action.setBadgeBackgroundColor({ color: badge.color });
}

const TICK = 'badge-tick';

/** Holds exactly the given one-shot alarms (name -> when) and, while `tick`, a refresh every 30 s. */
export async function syncAlarms(wanted: Record<string, number>, tick: boolean): Promise<void> {
	const existing = await chrome.alarms.getAll();
	for (const alarm of existing) {
		const keep = alarm.name === TICK ? tick : wanted[alarm.name] === alarm.scheduledTime;
		if (!keep) await chrome.alarms.clear(alarm.name);
	}
	for (const [name, when] of Object.entries(wanted)) {
		if (!existing.some((a) => a.name === name && a.scheduledTime === when)) await chrome.alarms.create(name, { when });
	}
	// 30 s is the shortest period a packed extension may use (platform.md §1.6).
	if (tick && !existing.some((a) => a.name === TICK)) await chrome.alarms.create(TICK, { periodInMinutes: 0.5 });
}

export function onAlarm(listener: (name: string) => void): void {
	chrome.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}

export async function notify(id: string, title: string, message: string): Promise<void> {
	await chrome.notifications.create(id, { type: 'basic', iconUrl: chrome.runtime.getURL('icons/128.png'), title, message, priority: 2 });
}
