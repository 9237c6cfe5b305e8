// The size budget, held in CI (bytes on disk are deterministic, timings are not): the scripts the
// panel fetched before it was interactive, compressed as a browser fetches them, opening on the
// meetings list and reopening in a running meeting. bench/budgets.json holds the budget.
import { readFileSync } from 'node:fs';
import { scriptsBeforeInteractive } from '../../bench/panel.bench.mjs';
import { staticClosure, totalSize } from '../../bench/script-sizes.mjs';
import { expect, extensionPath, test } from './fixtures.ts';
import { newMeetingFromAgenda } from './steps.ts';

// A browser of its own (a shared browser serves the scripts from its cache): see fixtures.ts.
test.use({ ownBrowser: true });

const budget = (JSON.parse(readFileSync(new URL('../../bench/budgets.json', import.meta.url), 'utf8')) as Record<string, { max: number }>)['startup_js_gzip_kb']?.max ?? 0;

test(`the panel is interactive after at most ${budget} KB of gzipped script, on the list and in a running meeting`, async ({ context, extensionId }) => {
	expect(budget).toBeGreaterThan(0);
	const page = await context.newPage();
	const onList = await scriptsBeforeInteractive(page, () => page.goto(`chrome-extension://${extensionId}/panel.html`));
	await newMeetingFromAgenda(page, '- Release (10m)\n- Website (5m)', { title: 'Sized call' });
	await page.getByRole('button', { name: 'Run' }).click();
	await page.getByRole('button', { name: 'Start meeting' }).click();
	await expect(page.getByText('Saved')).toBeVisible();
	const inMeeting = await scriptsBeforeInteractive(page, () => page.reload());
	await expect(page.getByRole('textbox', { name: 'Notes for Release' })).toBeVisible();
	// Every script panel.js imports statically was seen fetched: the watch misses nothing.
	expect(inMeeting).toEqual(expect.arrayContaining(staticClosure(extensionPath, 'panel.js')));
	for (const files of [onList, inMeeting]) {
		const { gzip } = totalSize(extensionPath, files);
		console.log(`startup script: ${files.length} files, ${(gzip / 1000).toFixed(1)} KB gzip`);
		expect(gzip / 1000, files.join(', ')).toBeLessThanOrEqual(budget);
	}
	// What loads on demand stayed out: the exporter, the importer, Prepare, Publish, the series.
	expect(inMeeting.join(' ')).not.toMatch(/export-|import-minutes-|prepare-view-|publish-view-|series-view-/);
});
