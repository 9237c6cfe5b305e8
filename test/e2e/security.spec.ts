// Notes are untrusted text: known XSS payloads typed into every field a chair fills in run no
// script anywhere in the panel; the preview leaves raw HTML out and shows names and actions as
// text, no link in it can run code, and the content security policy has nothing to report.
import { expect, test } from './fixtures.ts';
import { newMeetingFromAgenda, openPanel } from './steps.ts';

const PAYLOADS = [
	'<script>window.__pwned = "script"</script>',
	'<img src=x onerror="window.__pwned = \'img\'">',
	'<svg onload="window.__pwned = \'svg\'"></svg>',
	'<iframe srcdoc="<script>parent.__pwned = \'iframe\'</script>"></iframe>',
	'[click me](javascript:window.__pwned="link")',
	'[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'<a href="javascript:window.__pwned=\'a\'">html link</a>',
	'![x](javascript:window.__pwned="image")',
	'<details open ontoggle="window.__pwned=\'details\'">',
	'<style>body { display: none }</style>',
];

test('XSS payloads in notes, titles, names and actions run nothing and show as text', async ({ context, extensionId }) => {
	const page = await context.newPage();
	await page.addInitScript(() => {
		(window as unknown as { __violations: string[] }).__violations = [];
		document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
	});
	await page.goto(`chrome-extension://${extensionId}/panel.html`);
	await newMeetingFromAgenda(page, `- ${PAYLOADS[1]} (5m)\n- Release (10m)`, { title: PAYLOADS[0] ?? '', attendees: [PAYLOADS[2] ?? '', 'Anil'] });
	await page.getByRole('button', { name: 'Run' }).click();
	await page.getByRole('button', { name: 'Start meeting' }).click();
	await page.getByRole('textbox', { name: /^Notes for/ }).fill(PAYLOADS.join('\n\n'));
	await page.getByLabel('Action owner').fill(PAYLOADS[3] ?? '');
	await page.getByLabel('Action', { exact: true }).fill(PAYLOADS[6] ?? '');
	await page.getByLabel('Action', { exact: true }).press('Enter');
	await page.getByLabel('Decision').fill(PAYLOADS[4] ?? '');
	await page.getByLabel('Decision').press('Enter');

	for (const profile of ['mirage-www', 'plain']) {
		await page.getByRole('button', { name: 'Publish', exact: true }).click();
		await page.getByLabel('Format').selectOption(profile);
		const rendered = page.locator('.rendered');
		// Raw HTML in notes is left out of the preview; names and actions are text, shown as typed.
		await expect(rendered).toContainText('<iframe srcdoc=');
		await expect(rendered).toContainText('click me');
		// Nothing that can run or load: no script, frame, embedded SVG or image, no handler,
		// and no link anywhere but http(s), mailto or an inert empty one.
		expect(await rendered.locator('script, iframe, svg, img, style, object, embed, details').count()).toBe(0);
		expect(await rendered.evaluate((el) => [...el.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')))).toEqual([]);
		const hrefs = await rendered.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:|#|$)/); // safe mode empties the rest
		// Clicking an emptied link leaves the panel where it is.
		await rendered.getByText('click me').first().click();
		expect(page.url()).toBe(`chrome-extension://${extensionId}/panel.html`);
		// The rest of the panel still shows: no <style> from the notes hid it.
		await expect(page.getByRole('button', { name: 'Copy minutes' })).toBeVisible();
	}
	await page.getByRole('button', { name: 'All meetings' }).click();
	await expect(page.locator('ul.meetings')).toContainText('<script>window.__pwned = "script"</script>');
	expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
	expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);

	// And a second panel page that opens the same meeting fresh from the store.
	const other = await openPanel(context, extensionId);
	await other.getByRole('button', { name: /^<script>/ }).click();
	await other.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(other.locator('.rendered')).toContainText('<iframe srcdoc=');
	expect(await other.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
});
