// One meeting on two machines of two browsers: the chair in Chromium shares it, the secretary in
// Firefox's sidebar page joins from the invitation, through `gavel relay` on 127.0.0.1 (the one
// connection Firefox's recording proxy lets through). Each sees the other's notes and where the
// other is; neither makes any other request.
import { expect as playwrightExpect, launch, watch } from '../e2e/fixtures.ts';
import { newMeetingFromAgenda } from '../e2e/steps.ts';
import { startRelayProcess } from '../helpers/relay-process.ts';
import { launchFirefox } from './firefox.ts';
import { expect, test } from './fixtures.ts';
import { click, fill, waitForText, waitForValue } from './steps.ts';


test('a chair in Chromium and a secretary in Firefox write one meeting', async ({ profile }, testInfo) => {
	const relay = await startRelayProcess('gavel');
	const chrome = await launch(testInfo.outputPath('chromium'));
	const watching = watch(chrome, /^ws:\/\/127\.0\.0\.1:\d+\/[\w-]{22}$/);
	const firefox = await launchFirefox(profile, { relay: `127.0.0.1:${relay.port}` });
	try {
		const worker = chrome.serviceWorkers()[0] ?? (await chrome.waitForEvent('serviceworker'));
		const chair = chrome.pages()[0] ?? (await chrome.newPage());
		await chair.goto(new URL('panel.html', worker.url()).href);
		await newMeetingFromAgenda(chair, '- Releases (10m)\n- Website (5m)', { title: 'Weekly call' });
		await chair.getByRole('button', { name: 'Run' }).click();
		await chair.getByRole('button', { name: 'Start meeting' }).click();
		await chair.getByRole('textbox', { name: /^Notes for/ }).fill('Written in Chromium.');
		await chair.getByRole('button', { name: 'Share', exact: true }).click();
		await chair.getByLabel('Relay').fill(relay.url);
		await chair.getByLabel('Your name, as the others see it').fill('Amir');
		await chair.getByRole('button', { name: 'Share', exact: true }).last().click();
		const invitation = await chair.getByLabel(/^Invitation/).inputValue();

		const secretary = await firefox.openPanel();
		await click(secretary, 'Join a shared meeting…');
		await fill(secretary, 'Invitation from the chair', invitation);
		await fill(secretary, 'Your name, as the others see it', 'Mort');
		await click(secretary, 'Join');
		await waitForText(secretary, 'h1.meeting-title', 'Weekly call', 10_000);
		expect(await waitForValue(secretary, 'Notes for Releases', 'Written in Chromium.')).toBe('Written in Chromium.');
		await waitForText(secretary, '.share-line', 'Amir on 1. Releases');

		await fill(secretary, 'Notes for Releases', 'Written in Chromium. And in Firefox.');
		await playwrightExpect(chair.getByRole('textbox', { name: /^Notes for/ })).toHaveValue('Written in Chromium. And in Firefox.');
		await playwrightExpect(chair.getByRole('region', { name: 'Sharing' })).toContainText('Mort on 1. Releases');
		await chair.getByRole('button', { name: 'Next' }).click();
		await waitForText(secretary, '.clock .now', 'Now · 2. Website');
	} finally {
		await firefox.close();
		await chrome.close();
		await relay.kill();
	}
	watching.check();
	expect(firefox.requests, 'network requests').toEqual([]);
	expect(firefox.errors, 'errors Firefox reported').toEqual([]);
});
