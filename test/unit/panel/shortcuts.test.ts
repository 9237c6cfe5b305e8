// The help lists exactly the shortcuts the controls declare, none of them is one the browser
// takes, and a key press names its shortcut from the physical key.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from '../../../src/panel/shortcut-list.ts';
import { shortcutName } from '../../../src/panel/shortcuts.ts';

const panelDir = new URL('../../../src/panel/', import.meta.url).pathname;
const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.tsx') ? [readFileSync(join(dir, e.name), 'utf8')] : []));
const declared = new Set(sources(panelDir).flatMap((text) => [...text.matchAll(/aria-keyshortcuts="(Alt\+(?:[A-Z0-9]|Delete))"/g)].map((m) => m[1] ?? '')));
const DYNAMIC = ['Alt+Q', 'Alt+R', 'Alt+U', 'Alt+Z']; // declared through a table in app.tsx, and by the newest undo notice
const listed = new Set(SHORTCUTS.flatMap((g) => g.list.map((s) => s.keys)).filter((k) => /^Alt\+(?:[A-Z]|Delete)$/.test(k)));

describe('shortcuts', () => {
	it('lists in the help every shortcut a control declares, and no other', () => {
		expect([...listed].sort()).toEqual([...declared, ...DYNAMIC].sort());
	});

	it('takes none of the browser\'s own keys', () => {
		for (const taken of ['Alt+D', 'Alt+E', 'Alt+F']) expect(listed.has(taken)).toBe(false);
	});

	it('reads the physical key, with Alt alone', () => {
		const key = (code: string, extra: Partial<KeyboardEvent> = {}) => shortcutName({ altKey: true, ctrlKey: false, metaKey: false, shiftKey: false, code, ...extra });
		expect(key('KeyN')).toBe('Alt+N');
		expect(key('Digit3')).toBe('Alt+3');
		expect(key('Digit0')).toBeUndefined();
		expect(key('Delete')).toBe('Alt+Delete');
		expect(key('Backspace')).toBeUndefined();
		expect(key('KeyN', { shiftKey: true })).toBeUndefined();
		expect(key('KeyN', { ctrlKey: true })).toBeUndefined();
		expect(key('KeyN', { altKey: false })).toBeUndefined();
	});
});
