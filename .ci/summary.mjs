// Sums the suites' JSON reports into the one line CI reads; exits 1 on any failure or on a
// missing report (a suite that did not run has not passed).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const suites = [
	['reports/vitest.json', (r) => [r.numPassedTests, r.numFailedTests, r.numPendingTests + (r.numTodoTests ?? 0)]],
	['reports/playwright.json', (r) => [r.stats.expected + r.stats.flaky, r.stats.unexpected, r.stats.skipped]],
];
for (const [file, count] of suites) {
	if (!existsSync(file)) {
		console.error(`[ci] ${file} is missing: that suite did not run`);
		failed += 1;
		continue;
	}
	const [p, f, s] = count(JSON.parse(readFileSync(file, 'utf8')));
	passed += p;
	failed += f;
	skipped += s;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
