// The capture every Firefox test relies on to fail on Gavel's errors (they reach no BiDi event from
// an extension page: firefox.ts reads Firefox's output): a console.error and an uncaught error in
// the panel are both seen.
import { expect, test } from './fixtures.ts';

test('an error in the panel reaches the test, named', async ({ firefox }) => {
	const page = await firefox.openPanel();
	await page.evaluate(() => {
		console.error('Gavel: the capture works');
		setTimeout(() => {
			throw new Error('thrown where nothing catches it');
		}, 0);
	});
	await expect.poll(() => firefox.errors.length, { timeout: 10_000 }).toBe(2);
	expect(firefox.errors.join('\n')).toContain('Gavel: the capture works');
	expect(firefox.errors.join('\n')).toContain('thrown where nothing catches it');
	// Seen: the test would fail on them. Cleared, so this one does not.
	firefox.errors.length = 0;
});
