// `gavel relay` as built (dist/cli), in a process of its own on a free port of 127.0.0.1: what the
// two-machine benchmark and the sharing screenshots share through. (The tests start it from
// src/ with test/helpers/relay-process.ts, which these plain scripts cannot import.)
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

const freePort = () =>
	new Promise((resolve, reject) => {
		const server = createServer().once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});

/** Resolves once the relay listens: its address, and how to stop it. */
export async function startBuiltRelay() {
	const port = await freePort();
	const child = spawn(process.execPath, [join(root, 'dist/cli/gavel.js'), 'relay', '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise((resolve, reject) => {
		child.stdout.on('data', (chunk) => /listening/.test(String(chunk)) && resolve());
		child.once('exit', (code) => reject(new Error(`the relay exited (${code})`)));
	});
	return { url: `ws://127.0.0.1:${port}`, stop: () => child.kill() };
}
