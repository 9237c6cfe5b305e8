// Builds the extension for Chrome and Firefox (dist/chrome, dist/firefox) and the CLI
// (dist/cli). The two manifests come from the one manifest.json through deriveManifest,
// the same pure function the unit tests check.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

async function loadTs(entry) {
	const out = await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
	return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const { deriveManifest } = await loadTs('src/platform/manifest.ts');

/**
 * esbuild splits code into a chunk per set of entry points (the page, each `import()`) that reach
 * it, so the panel's startup code came in as many files as there are such sets, and opening the
 * panel waited on each (14 files: ~15 ms more than one, measured). Every module loaded on demand
 * is made to import the panel's root too (it is already running: nothing runs twice), so all the
 * startup code is reached by the same set and lands in one chunk. Which modules are loaded on
 * demand is read from a first build: a module also imported statically may be loaded before its
 * `import()` is seen (call-link.tsx was, and took Preact into a chunk of its own).
 */
const ROOT = `${root}src/panel/main.tsx`;
async function oneStartupChunk(options) {
	const { metafile } = await esbuild.build({ ...options, write: false, metafile: true, sourcemap: false, minify: false });
	const onDemand = new Set(Object.values(metafile.inputs).flatMap((input) => input.imports.filter((i) => i.kind === 'dynamic-import').map((i) => `${root}${i.path}`)));
	return {
		name: 'one-startup-chunk',
		setup(build) {
			build.onLoad({ filter: /\.tsx?$/ }, (args) => {
				if (!onDemand.has(args.path) || args.path === ROOT) return undefined;
				// A relative path: the build's output must not depend on where the checkout is (chunk names
				// hash their contents), or the source package would not rebuild the same add-on.
				const rootImport = `./${relative(dirname(args.path), ROOT)}`;
				return { contents: `${readFileSync(args.path, 'utf8')}\nimport ${JSON.stringify(rootImport)};\n`, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
			});
		},
	};
}
const base = JSON.parse(readFileSync('manifest.json', 'utf8'));
// The one version: package.json's, in both manifests and the packages' names (scripts/package.mjs).
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const started = performance.now();
rmSync('dist', { recursive: true, force: true });

for (const target of ['chrome', 'firefox']) {
	const outdir = `dist/${target}`;
	mkdirSync(outdir, { recursive: true });
	const options = {
		bundle: true,
		format: 'esm',
		target: ['chrome116', 'firefox140'],
		outdir,
		// `--readable`: not minified, for a profile that names functions and files (scripts/profile.mjs).
		minify: !process.argv.includes('--readable'),
		sourcemap: 'linked',
		jsx: 'automatic',
		jsxImportSource: 'preact',
		define: { __TARGET__: JSON.stringify(target) },
		logLevel: 'warning',
	};
	// Built apart: the background and the panel run in different pages, so chunks shared between
	// them would only split the panel's startup code into more files.
	await esbuild.build({ ...options, entryPoints: { background: 'src/background/main.ts' } });
	// The panel's first script, a file of its own with no imports: it runs before the main code
	// has arrived (src/panel/boot.ts).
	await esbuild.build({ ...options, entryPoints: { boot: 'src/panel/boot.ts' } });
	// Code not needed at start (the exporter, the importer, the preview renderer, views other than
	// Run and the meetings) loads on demand.
	const panel = { ...options, entryPoints: { panel: 'src/panel/main.tsx' }, splitting: true, chunkNames: 'chunks/[name]-[hash]' };
	await esbuild.build({ ...panel, plugins: [await oneStartupChunk(panel)] });
	cpSync('src/panel/panel.html', `${outdir}/panel.html`);
	cpSync('src/panel/panel.css', `${outdir}/panel.css`);
	cpSync('icons', `${outdir}/icons`, { recursive: true, filter: (p) => !p.endsWith('.svg') });
	writeFileSync(`${outdir}/manifest.json`, `${JSON.stringify(deriveManifest(base, target, version), null, 2)}\n`);
}

await esbuild.build({
	entryPoints: { gavel: 'src/cli/main.ts' },
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	outdir: 'dist/cli',
	// The relay is its own chunk, loaded by `gavel relay` alone; its server libraries stay in
	// node_modules (ws has optional native parts, and @y/websocket-server must share the one yjs).
	splitting: true,
	chunkNames: '[name]-[hash]',
	external: ['ws', 'yjs', '@y/websocket-server/*'],
	logLevel: 'warning',
});
console.log(`built dist/chrome, dist/firefox and dist/cli in ${Math.round(performance.now() - started)} ms`);
