// The tab of a meeting's call: the host permission for its site, asked for when the chair links
// the call (optional_host_permissions; no `tabs` permission: a granted host lets tabs.query match
// and read that site's tabs only, platform.md §7), finding the call's tab, and going to it.
import { originPattern, sameCall } from '../core/call-sites.ts';

/** Asks for the sites' host permission. Call it first thing in a click handler: one `await` before it and the browser refuses. */
export function askForSite(origins: string[]): Promise<boolean> {
	return chrome.permissions.request({ origins });
}

/** The open tab on those sites: the active one in this window, else the one used last. */
export async function findCallTab(origins: string[]): Promise<string | undefined> {
	const [tabs, current] = await Promise.all([chrome.tabs.query({ url: origins }), chrome.windows.getCurrent()]);
	const withUrl = tabs.filter((t) => t.url !== undefined && t.url !== '');
	const tab = withUrl.find((t) => t.active && t.windowId === current.id) ?? [...withUrl].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
	return tab?.url;
}

/** Brings the call's tab (and its window) to the front, or opens the call in a new tab. */
export async function goToCall(address: string): Promise<void> {
	const pattern = originPattern(address);
	// Without the site's permission no tab can be matched: a new tab is all that can be done.
	const allowed = pattern !== undefined && (await chrome.permissions.contains({ origins: [pattern] }));
	const tabs = allowed ? await chrome.tabs.query({ url: pattern }) : [];
	const tab = tabs.find((t) => t.url !== undefined && sameCall(t.url, address));
	if (tab?.id === undefined) {
		await chrome.tabs.create({ url: address });
		return;
	}
	await chrome.tabs.update(tab.id, { active: true });
	await chrome.windows.update(tab.windowId, { focused: true });
}
