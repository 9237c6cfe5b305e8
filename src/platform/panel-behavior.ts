// Makes the toolbar button open Gavel's panel. Chrome: `openPanelOnActionClick` (it also makes
// the `_execute_action` shortcut open the panel); the polyfill has no `sidePanel`, so that is
// `chrome.sidePanel`. Firefox has no such setting: toggle the sidebar from the click,
// synchronously, as the user gesture requires (platform.md §2.2).
import browser from 'webextension-polyfill';

export function openPanelOnActionClick(): void {
	if (__TARGET__ === 'chrome') {
		chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => console.error('Gavel: could not set the panel behaviour', error));
		return;
	}
	browser.action.onClicked.addListener(() => void browser.sidebarAction.toggle());
}
