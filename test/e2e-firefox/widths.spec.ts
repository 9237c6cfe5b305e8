// Firefox's sidebar opens 240 px wide. There, light and dark, every view of a meeting full of long
// names and titles fits: nothing scrolls sideways, nothing runs past the edge, no word is broken
// letter by letter (as "No / se / cre / tar / y" once was), every control keeps a usable size.
// Each view's screenshot is kept with the test's output (GAVEL_SCREENSHOTS=dir puts them there).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { layoutProblems } from '../e2e/layout-check.ts';
import { expect, test } from './fixtures.ts';
import { chord, click, fill, shown, waitForText } from './steps.ts';

const AGENDA = '- Welcome and agenda (5m)\n- Release 4.2 status and the continuous integration failures (15m)\n  - CI failures on FreeBSD\n- Website branding (10m)\n- Internationalisation (120m)';

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(colorScheme, () => {
		test.use({ firefoxOptions: { colorScheme } });
		test(`every view fits Firefox's 240 px sidebar (${colorScheme})`, async ({ firefox }, testInfo) => {
			const page = await firefox.openPanel();
			await page.setViewport({ width: 240, height: 700 });
			const folder = process.env['GAVEL_SCREENSHOTS'] ?? testInfo.outputPath();
			mkdirSync(folder, { recursive: true });
			const problems: string[] = [];
			const check = async (view: string, target: Page = page) => {
				await target.screenshot({ path: join(folder, `firefox-240-${view}-${colorScheme}.png`), fullPage: true });
				problems.push(...(await target.evaluate(layoutProblems)).map((p) => `${view}: ${p}`));
			};
			await check('meetings-empty');
			await click(page, 'From agenda…');
			await fill(page, 'Paste the agenda', AGENDA);
			await click(page, 'Create meeting');
			await fill(page, 'Title', 'Weekly Meeting of the Internationalisation Working Group: 2026-11-25');
			for (const name of ['Amir Chaudhry', 'Anil Madhavapeddy', 'Hannes Mehnert-Kaloper', 'Richard Mortier']) {
				await fill(page, 'Add attendee', name);
				await page.keyboard.press('Enter');
			}
			await fill(page, 'Chair', 'Amir Chaudhry');
			await check('prepare');

			await click(page, 'Run');
			await click(page, 'Start meeting');
			await fill(page, 'Notes for Welcome and agenda', 'Internationalisation: https://github.com/mirage/mirage-www/issues/1234567890 needs reviewing.');
			await fill(page, 'Action owner', 'Hannes Mehnert-Kaloper');
			await fill(page, 'Action', 'internationalise the documentation generator');
			await click(page, 'Add action');
			await fill(page, 'Decision', 'Internationalisation is postponed');
			await click(page, 'Add decision');
			await check('run');

			await click(page, 'Publish');
			await waitForText(page, '.checks', 'secretary');
			await page.waitForFunction(() => document.querySelector('.rendered')?.innerHTML !== '');
			await check('publish');

			await click(page, 'Prepare');
			await click(page, 'Make a weekly series from this meeting');
			await page.waitForSelector('.cadence');
			await check('series');

			await click(page, 'All meetings');
			await page.waitForSelector('button.meeting');
			await check('meetings');
			await page.keyboard.press('?');
			await page.waitForSelector('[role=dialog]');
			await check('help');
			await chord(page, 'Escape');
			await shown(page, 'New meeting');
			expect(problems).toEqual([]);
		});
	});
}
