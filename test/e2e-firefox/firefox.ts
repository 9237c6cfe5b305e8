// Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the Firefox build of
// Gavel installed as a temporary add-on (Playwright cannot install a Firefox add-on, and no
// geckodriver is to be had here: ../shared/DESIGN.md §6). What a test must see and BiDi does not
// report for extension pages is read elsewhere: errors from Firefox's own output (uncaught ones
// as "JavaScript error: moz-extension://…", console.error calls as "console.error: …", the
// background's included), and requests from a proxy every connection of the browser goes through.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const firefoxPath = [process.env['FIREFOX_PATH'], '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p !== undefined && existsSync(p));
export const addonPath = fileURLToPath(new URL('../../dist/firefox', import.meta.url));
const ADDON_ID = 'gavel@gavel.invalid';
/** The add-on's origin, fixed so that a profile started again finds its data at the same place. */
export const UUID = '6a1b3c5d-0e2f-4a6b-8c9d-1e2f3a4b5c6d';
export const PANEL_URL = `moz-extension://${UUID}/panel.html`;
// Firefox's own services (remote settings and the like) are not Gavel's requests.
const FIREFOX_OWN = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?$/;
// Nor are the errors its own services log when the proxy refuses them (their loggers' prefixes;
// "console.error: RSLoader:", Nimbus's experiment loader, failed one fresh CI run in five).
const FIREFOX_OWN_ERROR = /^console\.error: (RSLoader|RemoteSettings\w*|Nimbus\w*|ExperimentAPI):/;

export interface FirefoxOptions {
	/** Stop the event page after this long idle (Firefox's default is 30 s). */
	idleTimeoutMs?: number;
	colorScheme?: 'light' | 'dark';
	/** A relay the test started (`127.0.0.1:PORT`): the proxy lets the panel's connection to it through, and counts it as no request of Gavel's own. */
	relay?: string;
}

export interface Firefox {
	browser: Browser;
	/** A tab of the panel, once it says it is ready for the chair. */
	openPanel(): Promise<Page>;
	/** What Firefox printed as an error of Gavel's, panel or background. */
	errors: string[];
	/** Hosts the browser asked for that are not Firefox's own. */
	readonly requests: string[];
	/** Quits Firefox (once; later calls do nothing). */
	close(): Promise<void>;
}

/** A recording proxy that refuses everything but the test's relay: no request leaves the machine, and each is noted. */
async function recordingProxy(seen: string[], relay: string | undefined): Promise<Server> {
	const server = createServer((request, response) => {
		seen.push(new URL(request.url ?? '', 'http://unknown').host);
		response.writeHead(502).end();
	});
	server.on('connect', (request, socket, head) => {
		// (Firefox reaches a ws:// relay through an HTTP proxy by CONNECT.)
		if (relay !== undefined && request.url === relay) {
			const [host, port] = relay.split(':');
			const upstream = connect(Number(port), host, () => {
				socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
				upstream.write(head);
				upstream.pipe(socket).pipe(upstream);
			});
			upstream.on('error', () => socket.destroy());
			socket.on('error', () => upstream.destroy());
			return;
		}
		seen.push(request.url ?? '');
		socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return server;
}

export async function launchFirefox(profile: string, options: FirefoxOptions = {}): Promise<Firefox> {
	if (firefoxPath === undefined) throw new Error('no Firefox');
	const hosts: string[] = [];
	const proxy = await recordingProxy(hosts, options.relay);
	const port = (proxy.address() as AddressInfo).port;
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: firefoxPath,
		headless: true,
		userDataDir: profile,
		args: ['--remote-allow-system-access'],
		extraPrefsFirefox: {
			'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
			// Without the system's notification service (none here), Firefox shows its own.
			'alerts.useSystemBackend': false,
			// No experiments or studies fetched (they log errors when the proxy refuses them).
			'messaging-system.rsexperimentloader.enabled': false,
			'app.shield.optoutstudies.enabled': false,
			'app.normandy.enabled': false,
			// Pages' console.error calls on stdout, without Firefox's own.
			'devtools.console.stdout.content': true,
			'devtools.console.stdout.chrome': false,
			'network.proxy.type': 1,
			'network.proxy.http': '127.0.0.1',
			'network.proxy.http_port': port,
			'network.proxy.ssl': '127.0.0.1',
			'network.proxy.ssl_port': port,
			'network.proxy.no_proxies_on': '',
			'network.proxy.allow_hijacking_localhost': true,
			...(options.idleTimeoutMs === undefined ? {} : { 'extensions.background.idle.timeout': options.idleTimeoutMs }),
			...(options.colorScheme === undefined ? {} : { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 }),
		},
	});
	const errors: string[] = [];
	const output = (chunk: Buffer) => {
		for (const line of String(chunk).split('\n')) {
			if ((line.startsWith('console.error:') && !FIREFOX_OWN_ERROR.test(line)) || (line.startsWith('JavaScript error:') && line.includes(`moz-extension://${UUID}/`))) errors.push(line.trim());
		}
	};
	browser.process()?.stdout?.on('data', output);
	browser.process()?.stderr?.on('data', output);
	// A temporary add-on goes when Firefox closes; installed again at the same UUID, it finds its data.
	await browser.installExtension(addonPath);
	return {
		browser,
		errors,
		get requests() {
			return hosts.filter((host) => !FIREFOX_OWN.test(host));
		},
		async openPanel() {
			const page = await browser.newPage();
			// A step that cannot happen fails in a few seconds, naming itself, not at the test's timeout.
			page.setDefaultTimeout(5_000);
			// Waiting for 'load' or 'domcontentloaded' never returns for an extension page over BiDi
			// here; BiDi's readiness 'none' (passed through, though puppeteer's types omit it) does.
			await page.goto(PANEL_URL, { waitUntil: 'none' as never });
			await page.waitForFunction(() => performance.getEntriesByName('gavel-interactive').length > 0);
			return page;
		},
		close: async () => {
			if (!browser.connected) return;
			await browser.close();
			await new Promise((resolve) => proxy.close(resolve));
		},
	};
}
