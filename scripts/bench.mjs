// `npm run bench [-- --check] [-- --quick] [-- --node]`: runs the benchmarks (Node: export and
// import; headless Chromium: the panel, unless --node), prints a table, writes
// bench/results/latest.json, and with --check exits 1 when a metric is over its budget in
// bench/budgets.json. --quick takes fewer runs (and hides the panel 20 s, not 5 min). Timings stay
// out of CI; machines here are shared and noisy. The size budget is held in CI by an e2e test.
import * as esbuild from 'esbuild';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const out = await esbuild.build({ entryPoints: ['bench/markdown.bench.ts'], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
const { run } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

const corpus = process.env.GAVEL_CORPUS ?? '../shared/corpus/mirage-weekly';
const quick = process.argv.includes('--quick');
const results = run(existsSync(corpus) ? corpus : undefined);
// Sharing over a relay: bundled to a file (its network libraries stay in node_modules, which a
// data: URL cannot reach).
mkdirSync('bench/results', { recursive: true });
await esbuild.build({ entryPoints: ['bench/sync.bench.ts'], bundle: true, format: 'esm', platform: 'node', outfile: 'bench/results/sync.bench.mjs', external: ['ws', 'yjs', 'y-websocket', 'y-protocols/*', 'lib0/*', '@y/websocket-server/*', 'esbuild'], logLevel: 'warning' });
const { runSyncBenchmarks } = await import(new URL('../bench/results/sync.bench.mjs', import.meta.url).href);
results.push(...(await runSyncBenchmarks()));
let browser = 'not run (--node)';
if (!process.argv.includes('--node')) {
	execSync('node scripts/build.mjs', { stdio: 'inherit' });
	const { runPanelBenchmarks } = await import('../bench/panel.bench.mjs');
	results.push(...(await runPanelBenchmarks({ quick, report: (line) => console.log(`  ${line}`) })));
	const { remoteKeyBenchmark } = await import('../bench/sharing.bench.mjs');
	results.push(...(await remoteKeyBenchmark(quick ? 60 : 200, 150, (line) => console.log(`  ${line}`))));
	browser = execSync(`${process.env.CHROME_PATH ?? '/usr/bin/chromium'} --version`, { encoding: 'utf8' }).trim();
}
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
let over = 0;
console.log(`${'metric'.padEnd(52)} ${'median'.padStart(10)} ${'p95'.padStart(10)}  budget`);
for (const r of results) {
	const budget = budgets[r.name];
	const bad = budget !== undefined && r.median > budget.max;
	if (bad) over++;
	const verdict = budget === undefined ? '' : `${bad ? 'OVER' : 'ok  '} (max ${budget.max} ${budget.unit})`;
	console.log(`${r.name.padEnd(52)} ${r.median.toFixed(2).padStart(10)} ${r.p95.toFixed(2).padStart(10)}  ${verdict || r.unit}`);
}
const commit = (() => { try { return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim(); } catch { return 'unknown'; } })();
writeFileSync('bench/results/latest.json', `${JSON.stringify({ date: new Date().toISOString(), commit, machine: { cpus: cpus().length, model: cpus()[0]?.model, memory_gb: Math.round(totalmem() / 1e9), node: process.version }, browser, quick, metrics: Object.fromEntries(results.map((r) => [r.name, { value: r.median, unit: r.unit, median: r.median, p95: r.p95, runs: r.runs }])) }, null, 2)}\n`);
console.log(`\nwrote bench/results/latest.json${over > 0 ? `; ${over} metric(s) over budget` : ''}`);
if (process.argv.includes('--check') && over > 0) process.exit(1);
