// `node scripts/profile.mjs [typing|open] [--keys N]`: where the panel's time goes (issue 16).
// Builds the extension unminified (--readable), opens the 40-item meeting in headless Chromium
// with the CPU profiler on, and either types N keys (30 ms apart) into the running item's notes
// or opens the panel 10 times; then prints the self time by source file (from esbuild's
// `// src/...` module comments) and by function. Not a benchmark: the profiler slows what it
// watches, so read the shares, not the times.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBenchExtension, openReady, seeded } from '../bench/panel.bench.mjs';

const root = new URL('..', import.meta.url).pathname;
const mode = process.argv[2] === 'open' ? 'open' : 'typing';
const keys = Number(process.argv[process.argv.indexOf('--keys') + 1]) || 300;
execSync('node scripts/build.mjs --readable', { cwd: root, stdio: 'inherit' });
await buildBenchExtension();
const browser = await seeded('meeting40', ['--disable-frame-rate-limit']);
const profiles = [];
try {
	if (mode === 'typing') {
		const page = await openReady(browser, 'panel.html', 'gavel-interactive');
		const cdp = await browser.context.newCDPSession(page);
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
		const notes = page.getByRole('textbox', { name: /^Notes for/ });
		await notes.click();
		await page.keyboard.press('End');
		await cdp.send('Profiler.start');
		await page.keyboard.type('the chair types while the clock runs '.repeat(40).slice(0, keys), { delay: 30 });
		await page.waitForTimeout(500);
		profiles.push((await cdp.send('Profiler.stop')).profile);
	} else {
		for (let i = 0; i < 10; i++) {
			const page = await browser.context.newPage();
			const cdp = await browser.context.newCDPSession(page);
			await cdp.send('Profiler.enable');
			await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
			await cdp.send('Profiler.start');
			await page.goto(browser.url('panel.html'));
			await page.waitForFunction(() => performance.getEntriesByName('gavel-interactive').length > 0);
			profiles.push((await cdp.send('Profiler.stop')).profile);
			await page.close();
		}
	}
} finally {
	await browser.context.close();
}

// Which module each line of each built file belongs to.
const modules = new Map();
const moduleOf = (url, line) => {
	const path = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
	if (!path.endsWith('.js')) return url || '(browser)';
	if (!modules.has(path)) {
		const starts = [];
		readFileSync(join(root, 'dist/bench-chrome', path), 'utf8').split('\n').forEach((text, i) => {
			const m = /^\/\/ (src\/\S+|node_modules\/\S+)$/.exec(text);
			if (m) starts.push([i, m[1].replace(/^node_modules\/([^/]+)\/.*$/, '$1 (npm)')]);
		});
		modules.set(path, starts);
	}
	let found = path;
	for (const [start, name] of modules.get(path)) if (start <= line) found = name;
	return found;
};
const byFile = new Map();
const byFunction = new Map();
let total = 0;
for (const profile of profiles) {
	const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
	profile.samples.forEach((id, i) => {
		const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		const { callFrame } = nodes.get(id);
		if (callFrame.functionName === '(idle)' || callFrame.functionName === '(program)') return;
		total += dt;
		const file = callFrame.url === '' ? `(${callFrame.functionName || 'native'})` : moduleOf(callFrame.url, callFrame.lineNumber);
		byFile.set(file, (byFile.get(file) ?? 0) + dt);
		const fn = `${callFrame.functionName || '(anonymous)'}  ${file}`;
		byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
	});
}
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`).join('\n');
const per = mode === 'typing' ? `${(total / keys).toFixed(2)} ms a key over ${keys} keys` : `${(total / profiles.length).toFixed(1)} ms an open over ${profiles.length}`;
console.log(`${mode}: ${total.toFixed(0)} ms of script and browser work (${per})\n\nby file\n${top(byFile, 25)}\n\nby function\n${top(byFunction, 30)}`);
execSync('node scripts/build.mjs', { cwd: root, stdio: 'inherit' });
