// Derives each browser's manifest from the one `manifest.json` and the one version, package.json's.
// Pure, so the build and the tests share it. The base uses three neutral keys that no browser reads (`panel`, `background` as a file
// name, `gecko`) and one neutral command (`open-panel`); everything else passes through unchanged.
// Why two manifests: one "universal" manifest loads on both but warns on both
// (../shared/reference/toolchain.md §3; platform.md §2.3).

export type Target = 'chrome' | 'firefox';

export interface BaseManifest {
	manifest_version: 3;
	name: string;
	panel: { path: string; title: string };
	background: string;
	permissions: string[];
	commands?: Record<string, { suggested_key?: Record<string, string>; description?: string }>;
	gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } };
	minimum_chrome_version: string;
	[key: string]: unknown;
}

export type Manifest = Record<string, unknown>;

const commandNames: Record<Target, string> = {
	// Chrome has no `_execute_side_panel`; `_execute_action` opens the panel once
	// `openPanelOnActionClick` is set (platform.md §0.4).
	chrome: '_execute_action',
	firefox: '_execute_sidebar_action',
};

export function deriveManifest(base: BaseManifest, target: Target, version: string): Manifest {
	const { panel, background, gecko, commands, minimum_chrome_version, permissions, ...rest } = base;
	const shared = { ...rest, version };
	const renamed = commands === undefined ? {} : { commands: renameCommands(commands, target) };
	if (target === 'chrome') {
		return {
			...shared,
			...renamed,
			minimum_chrome_version,
			permissions: [...permissions, 'sidePanel'],
			side_panel: { default_path: panel.path },
			background: { service_worker: background, type: 'module' },
		};
	}
	// The sidebar's icon (its switcher and header) is the toolbar button's: without one Firefox
	// shows a puzzle piece.
	const icon = (base['action'] as { default_icon?: unknown } | undefined)?.default_icon;
	return {
		...shared,
		...renamed,
		permissions,
		sidebar_action: { default_panel: panel.path, default_title: panel.title, ...(icon === undefined ? {} : { default_icon: icon }), open_at_install: false },
		// Firefox MV3 has no background service worker: an event page instead (Mozilla bug 1573659).
		background: { scripts: [background], type: 'module' },
		browser_specific_settings: { gecko },
	};
}

function renameCommands(commands: NonNullable<BaseManifest['commands']>, target: Target): Manifest {
	return Object.fromEntries(
		Object.entries(commands).map(([name, command]) => [name === 'open-panel' ? commandNames[target] : name, command]),
	);
}
