// `npm run bench [-- --check]`: runs the benchmarks, prints a table, writes
// bench/results/latest.json, and with --check exits 1 when a metric is over its budget in
// bench/budgets.json. Timings stay out of CI; machines here are shared and noisy.
import * as esbuild from 'esbuild';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const out = await esbuild.build({ entryPoints: ['bench/markdown.bench.ts'], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
const { run } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

const corpus = process.env.GAVEL_CORPUS ?? '../shared/corpus/mirage-weekly';
const results = run(existsSync(corpus) ? corpus : undefined);
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
let over = 0;
console.log(`${'metric'.padEnd(52)} ${'median'.padStart(10)} ${'p95'.padStart(10)}  budget`);
for (const r of results) {
	const budget = budgets[r.name];
	const bad = budget !== undefined && r.median > budget.max;
	if (bad) over++;
	const verdict = budget === undefined ? '' : `${bad ? 'OVER' : 'ok  '} (max ${budget.max} ${budget.unit})`;
	console.log(`${r.name.padEnd(52)} ${r.median.toFixed(2).padStart(10)} ${r.p95.toFixed(2).padStart(10)}  ${verdict}`);
}
const commit = (() => { try { return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim(); } catch { return 'unknown'; } })();
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${JSON.stringify({ date: new Date().toISOString(), commit, machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, metrics: Object.fromEntries(results.map((r) => [r.name, { value: r.median, unit: r.unit, median: r.median, p95: r.p95, runs: r.runs }])) }, null, 2)}\n`);
console.log(`\nwrote bench/results/latest.json${over > 0 ? `; ${over} metric(s) over budget` : ''}`);
if (process.argv.includes('--check') && over > 0) process.exit(1);
