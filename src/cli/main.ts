// Entry point of the `gavel` command: the real file system and streams, wired into runCli.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './run.ts';

process.exitCode = runCli(process.argv.slice(2), {
	readFile: (path) => readFileSync(path, 'utf8'),
	writeFile: (path, text) => writeFileSync(path, text),
	isDirectory: (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true || path.endsWith('/'),
	join,
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	// Loaded only for `gavel relay`: its server libraries are nothing the other commands need.
	relay: (options) => {
		import('./relay.ts')
			.then(({ startRelay }) => startRelay(options))
			.then(
				(relay) => process.stdout.write(`gavel relay: listening on ${relay.url} (Ctrl+C to stop). Share meetings with this address, or with wss:// through a TLS proxy in front of it.\n`),
				(error: NodeJS.ErrnoException) => {
					const reason = error.code === 'EADDRINUSE' ? `port ${options.port} is in use on ${options.host}: stop what holds it, or give another with --port` : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' ? `${options.host} is not an address of this machine: give one with --host (127.0.0.1, or 0.0.0.0 for every interface)` : error.message;
					process.stderr.write(`gavel relay: ${reason}\n`);
					process.exitCode = 1;
				},
			);
	},
});
