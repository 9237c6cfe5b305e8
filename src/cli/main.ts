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
});
