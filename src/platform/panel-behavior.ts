// Makes the toolbar button open Gavel's panel. Chrome: `openPanelOnActionClick` (it also makes
// the `_execute_action` shortcut open the panel). Firefox has no such setting: toggle the
// sidebar from the click, synchronously, as the user gesture requires (platform.md §2.2).

interface FirefoxBrowser {
	action?: { onClicked: { addListener(listener: () => void): void } };
	sidebarAction?: { toggle(): Promise<void> };
}

export function openPanelOnActionClick(): void {
	if (__TARGET__ === 'chrome') {
		chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => console.error('Gavel: could not set the panel behaviour', error));
		return;
	}
	const firefox = (globalThis as { browser?: FirefoxBrowser }).browser;
	firefox?.action?.onClicked.addListener(() => void firefox.sidebarAction?.toggle());
}
