// The real side panel opens from the toolbar action's keyboard command (Alt+Shift+G), pressed
// as a real X key event: Playwright cannot click the toolbar, and its own key events do not
// reach browser commands (../shared/reference/toolchain.md §4). Headed Chromium on a private
// Xvfb display, keys sent with xdotool.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { browserPath, expect, extensionPath, test } from './fixtures.ts';
import { newMeetingFromAgenda } from './steps.ts';

const have = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const ready = have('Xvfb') && have('xdotool') && browserPath !== undefined;

test('Alt+Shift+G opens the real side panel, which prepares a meeting', async ({ profile }) => {
	test.skip(!ready && !process.env['CI'], 'needs Xvfb and xdotool (apt-get install xvfb xdotool)');
	expect(ready, 'CI installs xvfb and xdotool').toBe(true);
	// Xvfb picks a free display and writes its number to fd 3: no clash between workers or repeats.
	const xvfb: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
	const display = await new Promise<string>((resolve, reject) => {
		xvfb.stdio[3]?.once('data', (data: Buffer) => resolve(`:${data.toString().trim()}`));
		xvfb.once('exit', () => reject(new Error('Xvfb did not start')));
	});
	const env = { ...process.env, DISPLAY: display };
	try {
		const context = await chromium.launchPersistentContext(`${profile}-headed`, {
			executablePath: browserPath as string,
			headless: false,
			env,
			ignoreDefaultArgs: ['--enable-automation'],
			args: [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, '--disable-background-networking', '--disable-component-update', '--no-first-run'],
		});
		try {
			const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
			const tab = context.pages()[0] ?? (await context.newPage());
			await tab.goto('about:blank');
			const findWindow = () => {
				const found = spawnSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], { env, encoding: 'utf8' });
				return found.stdout.trim().split('\n').at(-1) ?? '';
			};
			await expect.poll(findWindow).not.toBe('');
			const window = findWindow();
			// A key sent while the new window is still settling can be lost: press again, as a
			// user would, until the panel is there.
			let panel: Page | undefined;
			for (let attempt = 0; attempt < 5 && panel === undefined; attempt++) {
				const opened = context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/panel.html'), timeout: 2_000 }).catch(() => undefined);
				execFileSync('xdotool', ['windowfocus', '--sync', window], { env });
				execFileSync('xdotool', ['key', '--clearmodifiers', 'alt+shift+g'], { env });
				panel = await opened;
			}
			if (panel === undefined) throw new Error('the side panel did not open after five presses of Alt+Shift+G');
			expect(await worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).length)).toBe(1);
			await newMeetingFromAgenda(panel, '- Welcome (5m)\n- Release (10m)');
			await expect(panel.getByRole('heading', { name: /Agenda/ })).toContainText('2 items · 15 min planned');
		} finally {
			await context.close();
		}
	} finally {
		const exited = new Promise((resolve) => xvfb.once('exit', resolve));
		xvfb.kill();
		await exited;
	}
});
