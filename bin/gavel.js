#!/usr/bin/env node
// The `gavel` command: runs the bundled CLI, built by `npm run build` (npm install runs it).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/gavel.js', import.meta.url);
if (!existsSync(cli)) {
	process.stderr.write('gavel: the CLI is not built yet. Run "npm run build" in the Gavel folder, then try again.\n');
	process.exit(1);
}
await import(cli.href);
