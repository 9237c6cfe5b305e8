// `npm run package`: the store-ready packages of one version (package.json's), in packages/:
//   gavel-chrome-<version>.zip   for the Chrome Web Store (dist/chrome, no source maps)
//   gavel-firefox-<version>.zip  for addons.mozilla.org (dist/firefox, no source maps), linted
//   gavel-source-<version>.zip   the committed source, which AMO asks for because the code is
//                                bundled and minified; its README says how to build it
// The source package is the commit checked out, so a tree with uncommitted changes is refused
// (the add-on would not be built from the source sent with it). `--verify` then builds the source
// package in a folder of its own, as a reviewer would (npm ci, npm run build), and checks that it
// gives the Firefox package file for file.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = join(root, 'packages');
const names = { chrome: `gavel-chrome-${version}.zip`, firefox: `gavel-firefox-${version}.zip`, source: `gavel-source-${version}.zip` };

const fail = (message) => {
	console.error(`package: ${message}`);
	process.exit(1);
};
const run = (command, args, options = {}) => {
	const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options });
	if (result.status !== 0) fail(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
	return result.stdout;
};

const dirty = run('git', ['status', '--porcelain']).trim();
if (dirty !== '' && !process.argv.includes('--allow-dirty')) {
	fail(`uncommitted changes; the source package is the commit, so commit them first (or pass --allow-dirty for a trial):\n${dirty}`);
}

run('node', ['scripts/build.mjs']);
for (const target of ['chrome', 'firefox']) {
	const manifest = JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8'));
	if (manifest.version !== version) fail(`dist/${target}/manifest.json says ${manifest.version}, package.json ${version}`);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const target of ['chrome', 'firefox']) {
	run('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', out, '--filename', names[target], '--overwrite-dest', '--ignore-files', '**/*.map', '--no-input']);
}
run('git', ['archive', '--format=zip', `--prefix=gavel-${version}/`, '-o', join(out, names.source), 'HEAD']);

// The store's own checks, on the file that is uploaded.
const lint = JSON.parse(spawnSync('npx', ['addons-linter', '--output', 'json', join(out, names.firefox)], { encoding: 'utf8' }).stdout);
if (lint.errors.length > 0) fail(`the Firefox package has lint errors:\n${lint.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`).join('\n')}`);

const sizes = Object.fromEntries(Object.values(names).map((name) => [name, statSync(join(out, name)).size]));
if (process.argv.includes('--json')) {
	// For the test of this script (test/unit/release/package.test.ts).
	console.log(JSON.stringify({ folder: out, names, sizes, warnings: lint.warnings.map((w) => w.code) }));
} else {
	for (const [name, size] of Object.entries(sizes)) console.log(`${name}  ${(size / 1000).toFixed(1)} KB`);
	console.log(`Firefox package: ${lint.errors.length} errors, ${lint.warnings.length} warnings (${lint.warnings.map((w) => w.code).join(', ')}; README, "Packages")`);
}

if (process.argv.includes('--verify')) {
	// As a reviewer would: the source package alone, its locked dependencies, its build.
	const folder = mkdtempSync(join(tmpdir(), 'gavel-source-'));
	run('unzip', ['-q', join(out, names.source), '-d', folder]);
	const source = join(folder, `gavel-${version}`);
	run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: source });
	run('npm', ['run', 'build'], { cwd: source });
	const files = run('unzip', ['-Z1', join(out, names.firefox)]).trim().split('\n').filter((f) => !f.endsWith('/'));
	const differ = files.filter((file) => !readFileSync(join(source, 'dist/firefox', file)).equals(execFileSync('unzip', ['-p', join(out, names.firefox), file])));
	rmSync(folder, { recursive: true, force: true });
	if (differ.length > 0) fail(`built from the source package, these differ from the Firefox package: ${differ.join(', ')}`);
	console.log(`verified: the source package builds the Firefox package's ${files.length} files byte for byte`);
}
