// The tab of a meeting's call: the host permission for its site, asked for when the chair links
// the call (optional_host_permissions; no `tabs` permission: a granted host lets tabs.query match
// and read that site's tabs only, platform.md §7), finding the call's tab, and going to it.
import browser from 'webextension-polyfill';
import { originPattern, sameCall } from '../core/call-sites.ts';

/** Asks for the sites' host permission. Call it first thing in a click handler: one `await` before it and the browser refuses. */
export function askForSite(origins: string[]): Promise<boolean> {
	return browser.permissions.request({ origins });
}

/** The open tab on those sites: the active one in this window, else the one used last. */
export async function findCallTab(origins: string[]): Promise<string | undefined> {
	const [tabs, current] = await Promise.all([browser.tabs.query({ url: origins }), browser.windows.getCurrent()]);
	const withUrl = tabs.filter((t) => t.url !== undefined && t.url !== '');
	const tab = withUrl.find((t) => t.active && t.windowId === current.id) ?? [...withUrl].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
	return tab?.url;
}

/** Brings the call's tab (and its window) to the front, or opens the call in a new tab. */
export async function goToCall(address: string): Promise<void> {
	const pattern = originPattern(address);
	// Without the site's permission no tab can be matched: a new tab is all that can be done.
	const allowed = pattern !== undefined && (await browser.permissions.contains({ origins: [pattern] }));
	const tabs = allowed ? await browser.tabs.query({ url: pattern }) : [];
	const tab = tabs.find((t) => t.url !== undefined && sameCall(t.url, address));
	if (tab?.id === undefined) {
		await browser.tabs.create({ url: address });
		return;
	}
	await browser.tabs.update(tab.id, { active: true });
	if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}
