// The layers of DESIGN.md §2, enforced: this test reads every file under src/ and fails when
// one imports across a line it must not cross. Each rule says why.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../../src/', import.meta.url).pathname;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
	});
}

interface Source {
	path: string;
	layer: string;
	imports: string[];
	text: string;
}

const sources: Source[] = files(SRC).map((path) => {
	const text = readFileSync(path, 'utf8');
	const rel = relative(SRC, path);
	const clause = String.raw`(?:type\s+)?(?:\{[^}]*\}|\*(?:\s+as\s+\w+)?|\w+(?:\s*,\s*\{[^}]*\})?)`;
	const statement = new RegExp(String.raw`^[ \t]*(?:import|export)\s+${clause}\s+from\s+['"]([^'"]+)['"]|^[ \t]*import\s+['"]([^'"]+)['"]`, 'gm');
	const imports = [...text.matchAll(statement)].map((m) => m[1] ?? m[2] ?? '');
	const layerOf = (target: string) => (target.startsWith('.') ? relative(SRC, join(path, '..', target)).split('/')[0] ?? '' : target);
	return { path: rel, layer: rel.split('/')[0] ?? '', imports: imports.map(layerOf), text };
});

const allowed: Record<string, { may: string[]; why: string }> = {
	core: { may: ['core', 'yjs'], why: 'core is the pure domain: it must run in Node, a worker and tests alike (Yjs is pure data: the notes CRDT)' },
	markdown: { may: ['core', 'markdown', 'commonmark', 'turndown'], why: 'markdown is pure text in, text out, on top of core (commonmark renders the safe preview, turndown reads HTML minutes)' },
	storage: { may: ['core', 'markdown', 'storage', 'idb'], why: 'storage sits on the pure layers and is the only user of idb' },
	platform: { may: ['core', 'platform', 'webextension-polyfill'], why: 'platform wraps browser APIs and knows nothing of the UI' },
	panel: { may: ['core', 'markdown', 'storage', 'platform', 'sync', 'panel', 'preact', 'preact/hooks'], why: 'the panel wires everything below it' },
	background: { may: ['core', 'storage', 'platform', 'background'], why: 'the service worker stays small: no UI, no Markdown' },
	sync: { may: ['core', 'sync', 'yjs', 'y-websocket', 'y-protocols/awareness'], why: 'sync carries the journal to other machines, on the pure layers; no browser APIs but WebCrypto' },
	cli: { may: ['core', 'markdown', 'cli', 'node:fs', 'node:path', 'node:http', 'node:net', 'ws', 'yjs', '@y/websocket-server/utils'], why: 'the CLI runs in Node: no browser layers (its relay is the stock y-websocket server)' },
};

describe('layers', () => {
	it('has a rule for every folder under src/', () => {
		expect(sources.length).toBeGreaterThan(10);
		expect([...new Set(sources.map((s) => s.layer))].filter((l) => !(l in allowed))).toEqual([]);
	});

	it.each(Object.entries(allowed))('%s imports only what it may', (layer, rule) => {
		const crossings = sources.filter((s) => s.layer === layer).flatMap((s) => s.imports.filter((i) => !rule.may.includes(i)).map((i) => `${s.path} imports ${i}: ${rule.why}`));
		expect(crossings).toEqual([]);
	});

	it('keeps core and markdown pure: no clock, no randomness, no browser or DOM', () => {
		const impure = /\bDate\.now\(|new Date\(\)|Math\.random\(|\bchrome\.|\bbrowser\.|\bdocument\.|\bwindow\.|\blocalStorage\b|\bindexedDB\b|\bsetTimeout\(|\bsetInterval\(/;
		const offenders = sources.filter((s) => (s.layer === 'core' || s.layer === 'markdown') && impure.test(s.text)).map((s) => `${s.path}: ${impure.exec(s.text)?.[0]} (time comes in as \`now\`; browser calls live in platform/)`);
		expect(offenders).toEqual([]);
	});

	it('loads the relay server libraries in cli/relay.ts only', () => {
		// Loaded by `gavel relay` alone (a chunk of its own), never by the other commands or the extension.
		const offenders = sources.filter((s) => s.path !== 'cli/relay.ts' && s.imports.some((i) => i === 'ws' || i.startsWith('@y/websocket-server'))).map((s) => s.path);
		expect(offenders).toEqual([]);
	});

	it('leaves the sync engine’s network and presence to sync/', () => {
		const offenders = sources.filter((s) => s.layer !== 'sync' && s.imports.some((i) => i.startsWith('y-websocket') || i.startsWith('y-protocols'))).map((s) => s.path);
		expect(offenders).toEqual([]);
	});

	it('loads the sync engine in the panel only when a meeting is shared', () => {
		// Yjs and y-websocket (~32 KB gzip) are fetched by import() (state/sharing.ts's `load`), never with the panel's own code.
		const engine = /^[ \t]*import\s+(?!type\b)[^;]*from\s+['"][^'"]*sync\/sync-session\.ts['"]/m;
		const offenders = sources.filter((s) => s.layer === 'panel' && (engine.test(s.text) || s.imports.includes('yjs'))).map((s) => s.path);
		expect(offenders).toEqual([]);
		expect(sources.some((s) => s.layer === 'panel' && s.text.includes("import('../sync/sync-session.ts')"))).toBe(true);
	});

	it('keeps Yjs out of the panel’s startup: core uses it in notes-crdt.ts only, fetched by import()', () => {
		const offenders = sources.filter((s) => s.layer === 'core' && s.imports.includes('yjs') && s.path !== 'core/notes-crdt.ts').map((s) => s.path);
		expect(offenders).toEqual([]);
		const crdt = /^[ \t]*import\s+(?!type\b)[^;]*from\s+['"][^'"]*core\/(notes-crdt|compact)\.ts['"]/m;
		expect(sources.filter((s) => s.layer !== 'cli' && crdt.test(s.text)).map((s) => s.path)).toEqual([]);
		expect(sources.some((s) => s.path === 'panel/main.tsx' && s.text.includes("import('../core/notes-crdt.ts')"))).toBe(true);
	});

	it('touches browser extension APIs only in platform/', () => {
		const offenders = sources.filter((s) => s.layer !== 'platform' && /\bchrome\.[a-z]+\.|\bbrowser\.[a-z]+\./.test(s.text)).map((s) => s.path);
		expect(offenders).toEqual([]);
	});
});
