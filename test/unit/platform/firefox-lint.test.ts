// The Firefox build passes Mozilla's own linter (web-ext lint, the add-ons store's checks)
// with no error. Runs on dist/firefox, which `npm test` builds first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dist = new URL('../../../dist/firefox/manifest.json', import.meta.url).pathname;

describe('Firefox build', () => {
	it.skipIf(!existsSync(dist) && !process.env['CI'])('passes web-ext lint with no errors', () => {
		const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-input'], { encoding: 'utf8', timeout: 60_000 });
		const report = JSON.parse(run.stdout) as { errors: Array<{ code: string; message: string }>; warnings: Array<{ code: string }> };
		expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
		// Known and accepted: Preact's own innerHTML use, and the Android data-collection note.
		expect(report.warnings.map((w) => w.code).filter((c) => !['UNSAFE_VAR_ASSIGNMENT', 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION'].includes(c))).toEqual([]);
	}, 60_000);
});
