// `npm run package` makes the three packages of one version: Chrome's with no Firefox keys and
// Firefox's with no Chrome ones, neither with source maps, Firefox's passing the add-ons store's
// linter with no error and only the warnings the README explains, and the source with what a
// reviewer needs to build it. (The zips are read with Info-ZIP's unzip, which .ci/run installs.)
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const hasUnzip = spawnSync('unzip', ['-v']).status === 0;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

describe('npm run package', () => {
	it.skipIf(!hasUnzip && !process.env['CI'])('makes Chrome, Firefox and source packages of the one version', () => {
		// --allow-dirty: this tests the packaging, on whatever tree the tests run in.
		const run = spawnSync('node', ['scripts/package.mjs', '--allow-dirty', '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
		expect(run.stderr).toBe('');
		const summary = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { folder: string; names: Record<'chrome' | 'firefox' | 'source', string>; sizes: Record<string, number>; warnings: string[] };
		expect(summary.names).toEqual({ chrome: `gavel-chrome-${version}.zip`, firefox: `gavel-firefox-${version}.zip`, source: `gavel-source-${version}.zip` });
		const list = (name: string) => execFileSync('unzip', ['-Z1', join(summary.folder, name)], { encoding: 'utf8' }).trim().split('\n');
		const manifestOf = (name: string) => JSON.parse(execFileSync('unzip', ['-p', join(summary.folder, name), 'manifest.json'], { encoding: 'utf8' })) as Record<string, unknown>;

		const chrome = manifestOf(summary.names.chrome);
		expect(chrome).toMatchObject({ version, side_panel: { default_path: 'panel.html' }, background: { service_worker: 'background.js' } });
		for (const key of ['browser_specific_settings', 'sidebar_action', 'gecko', 'panel', 'key']) expect(chrome).not.toHaveProperty(key);
		const firefox = manifestOf(summary.names.firefox);
		expect(firefox).toMatchObject({ version, sidebar_action: { default_panel: 'panel.html' }, browser_specific_settings: { gecko: { id: 'gavel@gavel.invalid' } } });
		for (const key of ['side_panel', 'minimum_chrome_version', 'key']) expect(firefox).not.toHaveProperty(key);
		for (const name of [summary.names.chrome, summary.names.firefox]) {
			const files = list(name);
			expect(files).toEqual(expect.arrayContaining(['manifest.json', 'panel.html', 'panel.js', 'boot.js', 'background.js', 'panel.css', 'icons/16.png', 'icons/128.png']));
			expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
		}
		// No error (the script fails on one), and only the warnings the README explains.
		expect(summary.warnings.sort()).toEqual(['KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION', 'UNSAFE_VAR_ASSIGNMENT']);

		const source = list(summary.names.source);
		const prefix = `gavel-${version}/`;
		expect(source).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'README.md', 'manifest.json', 'scripts/build.mjs', 'src/panel/main.tsx'].map((f) => prefix + f)));
		expect(source.filter((f) => /\/(node_modules|dist|packages)\//.test(f))).toEqual([]);
	}, 120_000);
});
