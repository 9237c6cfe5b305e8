// Each browser gets a manifest of its own from the one manifest.json, and what Gavel may do
// (permissions, hosts, CSP) is asserted here, so widening it is a visible decision.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALL_SITES } from '../../../src/core/call-sites.ts';
import { deriveManifest, type BaseManifest } from '../../../src/platform/manifest.ts';

const base = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as BaseManifest;
const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
const chrome = deriveManifest(base, 'chrome', version);
const firefox = deriveManifest(base, 'firefox', version);
// connect-src: a shared meeting's relay, which the chair names at run time, so it cannot be listed:
// any wss:// (TLS, the address checked by sync/invitation.ts), and ws:// to this machine only (a
// relay run locally, `gavel relay`). No http(s): the panel fetches nothing from anywhere.
const CSP = "default-src 'self'; script-src 'self'; connect-src 'self' wss: ws://127.0.0.1:* ws://localhost:*; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

describe('manifests', () => {
	it('give Chrome a side panel, a module service worker and the sidePanel permission', () => {
		expect(chrome).toMatchObject({
			manifest_version: 3,
			side_panel: { default_path: 'panel.html' },
			background: { service_worker: 'background.js', type: 'module' },
			minimum_chrome_version: '116',
		});
		expect(chrome['commands']).toHaveProperty('_execute_action');
		expect(chrome).not.toHaveProperty('sidebar_action');
		expect(chrome).not.toHaveProperty('browser_specific_settings');
	});

	it('give Firefox a sidebar, an event page and its add-on id, and no Chrome-only keys', () => {
		expect(firefox).toMatchObject({
			sidebar_action: { default_panel: 'panel.html', default_title: 'Gavel', default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' }, open_at_install: false },
			background: { scripts: ['background.js'], type: 'module' },
			browser_specific_settings: { gecko: { id: 'gavel@gavel.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } },
		});
		expect(firefox['commands']).toHaveProperty('_execute_sidebar_action');
		for (const key of ['side_panel', 'minimum_chrome_version']) expect(firefox).not.toHaveProperty(key);
	});

	it('ask for no site at install; the call sites, or one site the chair names, only when a call is linked', () => {
		for (const manifest of [chrome, firefox]) {
			const optional = manifest['optional_host_permissions'] as string[];
			// Every pattern "Link this call" may ask for is declared, or the browser refuses the request.
			for (const site of CALL_SITES) for (const origin of site.origins) expect(optional).toContain(origin);
			// One site typed by the chair (https://call.example.org/*) is asked for alone, matched by https://*/*.
			expect(optional.filter((o) => !CALL_SITES.some((s) => s.origins.includes(o)))).toEqual(['https://*/*']);
			expect(manifest['optional_permissions']).toBeUndefined();
		}
	});

	it('ask for the least: no tabs, no hosts, strict CSP, not in incognito', () => {
		expect(chrome['permissions']).toEqual(['storage', 'unlimitedStorage', 'alarms', 'notifications', 'sidePanel']);
		expect(firefox['permissions']).toEqual(['storage', 'unlimitedStorage', 'alarms', 'notifications']);
		for (const manifest of [chrome, firefox]) {
			expect(manifest).not.toHaveProperty('host_permissions');
			expect(manifest).not.toHaveProperty('content_scripts');
			expect(manifest).not.toHaveProperty('externally_connectable');
			expect(manifest['content_security_policy']).toEqual({ extension_pages: CSP });
			expect(manifest['incognito']).toBe('not_allowed');
		}
	});

	it('carry the one version, package.json\'s, which manifest.json does not repeat', () => {
		expect(base).not.toHaveProperty('version');
		expect(version).toMatch(/^\d+\.\d+\.\d+$/);
		for (const manifest of [chrome, firefox]) expect(manifest['version']).toBe(version);
	});

	it('leaves none of the neutral source keys behind', () => {
		for (const manifest of [chrome, firefox]) for (const key of ['panel', 'gecko']) expect(manifest).not.toHaveProperty(key);
		expect(JSON.stringify([chrome, firefox])).not.toContain('open-panel');
	});
});
