// A relay in a process of its own, as users run one: ours (`gavel relay`, bundled here as
// `npm run build` bundles it) or Debian's y-websocket-server (node-y-websocket). Killed with
// SIGKILL, it comes back empty, as after a crash.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export const DEBIAN_RELAY = '/usr/bin/y-websocket-server';

const root = join(import.meta.dirname, '..', '..');

/** A port free on 127.0.0.1 now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
		});
	});
}

let built: string | undefined;
/** The CLI bundled from src/ (inside node_modules, so that its relay's libraries resolve). */
async function gavelCli(): Promise<string> {
	if (built !== undefined) return built;
	const outdir = join(root, 'node_modules', '.cache', 'gavel-test-cli');
	mkdirSync(outdir, { recursive: true });
	await esbuild.build({ entryPoints: { gavel: join(root, 'src/cli/main.ts') }, bundle: true, format: 'esm', platform: 'node', target: 'node20', outdir, splitting: true, external: ['ws', 'yjs', '@y/websocket-server/*'], logLevel: 'warning' });
	built = join(outdir, 'gavel.js');
	return built;
}

export interface RelayProcess {
	url: string;
	port: number;
	/** The process's id now (a restart makes another). */
	readonly pid: number | undefined;
	kill(): Promise<void>;
	/** Started again on the same port, empty. */
	restart(): Promise<void>;
}

export async function startRelayProcess(kind: 'gavel' | 'debian', port?: number): Promise<RelayProcess> {
	const at = port ?? (await freePort());
	const command = kind === 'gavel' ? [process.execPath, [await gavelCli(), 'relay', '--host', '127.0.0.1', '--port', String(at)]] as const : [DEBIAN_RELAY, []] as const;
	if (kind === 'debian' && !existsSync(DEBIAN_RELAY)) throw new Error(`${DEBIAN_RELAY} is missing: apt-get install node-y-websocket node-ws`);
	let child: ChildProcess | undefined;
	const launch = () =>
		new Promise<void>((resolve, reject) => {
			// Debian's server is Debian's Node modules: a Node from elsewhere finds them through NODE_PATH.
			const env = { ...process.env, HOST: '127.0.0.1', PORT: String(at), NODE_PATH: '/usr/share/nodejs:/usr/lib/nodejs' };
			const started = spawn(command[0], command[1], { env, stdio: ['ignore', 'pipe', 'pipe'] });
			child = started;
			let said = '';
			const listening = (chunk: Buffer) => {
				said += chunk.toString();
				if (/listening on|running at/.test(said)) resolve();
			};
			started.stdout?.on('data', listening);
			started.stderr?.on('data', (chunk: Buffer) => void (said += chunk.toString()));
			started.once('exit', (code) => reject(new Error(`the ${kind} relay exited (${code}) before it listened: ${said.trim()}`)));
		});
	const kill = () =>
		new Promise<void>((resolve) => {
			if (child === undefined || child.exitCode !== null || child.signalCode !== null) return resolve();
			child.once('exit', () => resolve());
			child.kill('SIGKILL');
		});
	await launch();
	return {
		url: `ws://127.0.0.1:${at}`,
		port: at,
		get pid() {
			return child?.pid;
		},
		kill,
		restart: launch,
	};
}
