// `npm test`: type check and build (a failure stops here: nothing else can run), then every
// suite, even after one fails, so a run reports all it can; exits 1 if anything failed.
import { spawnSync } from 'node:child_process';

const run = (name, command, args) => {
	console.log(`\n> ${name}: ${command} ${args.join(' ')}`);
	return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
};

if (!run('typecheck', 'npx', ['tsc', '-p', '.']) || !run('build', 'node', ['scripts/build.mjs'])) process.exit(1);
const results = [
	['unit', run('unit', 'npx', ['vitest', 'run'])],
	['e2e', run('e2e', 'npx', ['playwright', 'test'])],
];
const failed = results.filter(([, ok]) => !ok).map(([name]) => name);
console.log(failed.length === 0 ? '\nAll suites passed.' : `\nFailed: ${failed.join(', ')}.`);
process.exit(failed.length === 0 ? 0 : 1);
