// What a chair does, in puppeteer's terms: find a control by its accessible name (computed in the
// page, as Playwright's getByRole and getByLabel do; puppeteer's ARIA queries take 200–600 ms
// each in Firefox), click it, fill it, press a key chord, read what the panel shows.
import type { ElementHandle, Page } from 'puppeteer-core';

type Kind = 'button' | 'field';

/** Waits for the visible control of this kind whose accessible name is `name` (or matches it), and returns it. */
export async function control(page: Page, kind: Kind, name: string | RegExp, timeout = 5_000): Promise<ElementHandle<Element>> {
	const handle = await page.waitForFunction(
		(wanted: string, flags: string | null, which: Kind) => {
			const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
			const byIds = (ids: string) => ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
			const nameOf = (el: Element): string => {
				const label = el.getAttribute('aria-label');
				if (label !== null) return squash(label);
				const by = el.getAttribute('aria-labelledby');
				if (by !== null) return squash(byIds(by));
				if (which === 'button') return squash(el.textContent);
				const labels = (el as HTMLInputElement).labels;
				return squash(labels === null || labels.length === 0 ? '' : [...labels].map((l) => l.textContent).join(' '));
			};
			const selector = which === 'button' ? 'button, [role=button], summary' : 'input, textarea, select';
			const matches = (text: string) => (flags === null ? text === wanted : new RegExp(wanted, flags).test(text));
			return [...document.querySelectorAll(selector)].find((el) => el.getClientRects().length > 0 && matches(nameOf(el))) ?? false;
		},
		{ timeout, polling: 50 },
		typeof name === 'string' ? name : name.source,
		typeof name === 'string' ? null : name.flags,
		kind,
	);
	return handle as ElementHandle<Element>;
}

export async function click(page: Page, name: string | RegExp): Promise<void> {
	await (await control(page, 'button', name)).click();
}

/** Waits until a button of this name is shown. */
export async function shown(page: Page, name: string | RegExp): Promise<void> {
	await control(page, 'button', name);
}

/**
 * Puts `text` in the field with this label, as typing or pasting it would: the field is focused,
 * its text selected and replaced by one insertion (beforeinput and input events, as Playwright's
 * fill makes in Chromium). Dates, times and choices are set as a picker sets them. (puppeteer's
 * Locator.fill cannot tell a field's kind in an extension page over BiDi, and typing key by key
 * takes ~70 ms a character here.)
 */
export async function fill(page: Page, name: string, text: string): Promise<void> {
	const field = await control(page, 'field', name);
	await field.focus();
	await field.evaluate((el, value) => {
		const typeable = el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && ['text', 'search', 'url', 'email'].includes(el.type));
		if (typeable) {
			el.select();
			if (value === '') document.execCommand('delete');
			else document.execCommand('insertText', false, value);
			return;
		}
		if (el instanceof HTMLSelectElement) {
			const option = [...el.options].find((o) => o.label === value || o.value === value);
			if (option === undefined) throw new Error(`no option “${value}”`);
			el.value = option.value;
		} else (el as HTMLInputElement).value = value;
		el.dispatchEvent(new Event('input', { bubbles: true }));
		el.dispatchEvent(new Event('change', { bubbles: true }));
	}, text);
}

/** The value of the field with this label. */
export async function valueOf(page: Page, name: string): Promise<string> {
	return (await control(page, 'field', name)).evaluate((el) => (el as HTMLInputElement | HTMLTextAreaElement).value);
}

/** Waits until the field with this label holds `expected`; returns what it holds then (or at the timeout). */
export async function waitForValue(page: Page, name: string, expected: string, timeout = 5_000): Promise<string> {
	const field = await control(page, 'field', name);
	await field.evaluate((el, want, ms) => new Promise<void>((resolve) => {
		const until = performance.now() + ms;
		const poll = () => ((el as HTMLTextAreaElement).value === want || performance.now() > until ? resolve() : setTimeout(poll, 50));
		poll();
	}), expected, timeout);
	return field.evaluate((el) => (el as HTMLTextAreaElement).value);
}

/** Presses a chord such as "Alt+W" or "Control+A": modifiers held, the key pressed, released. */
export async function chord(page: Page, keys: string): Promise<void> {
	const parts = keys.split('+');
	const key = parts.pop() ?? '';
	for (const modifier of parts) await page.keyboard.down(modifier as never);
	await page.keyboard.press((key.length === 1 && /[a-z]/i.test(key) ? `Key${key.toUpperCase()}` : /^\d$/.test(key) ? `Digit${key}` : key) as never);
	for (const modifier of parts.reverse()) await page.keyboard.up(modifier as never);
}

/** Waits until the element's text matches. */
export async function waitForText(page: Page, selector: string, expected: RegExp | string, timeout = 5_000): Promise<void> {
	await page.waitForFunction(
		(sel, source, flags) => {
			const text = document.querySelector(sel)?.textContent ?? '';
			return flags === null ? text.includes(source) : new RegExp(source, flags).test(text);
		},
		{ timeout, polling: 50 },
		selector,
		typeof expected === 'string' ? expected : expected.source,
		typeof expected === 'string' ? null : expected.flags,
	);
}

/**
 * Sets the panel's clock (Date.now, which is all the panel reads the time from) to `time` and
 * lets it run from there; `advance(page, ms)` moves it on, as Playwright's page.clock does in
 * Chromium (puppeteer over BiDi has no clock of its own).
 */
export async function setClock(page: Page, time: Date): Promise<void> {
	await page.evaluate((at) => {
		const real = Date.now.bind(Date);
		const state = { offset: at - real() };
		Object.assign(globalThis, { gavelTestClock: state });
		Date.now = () => real() + state.offset;
	}, time.getTime());
}

export async function advance(page: Page, ms: number): Promise<void> {
	await page.evaluate((by) => void ((globalThis as unknown as { gavelTestClock: { offset: number } }).gavelTestClock.offset += by), ms);
}
