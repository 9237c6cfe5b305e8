// What a narrow panel does wrong, found in the page itself (Playwright and puppeteer both pass it
// to page.evaluate, so it is self-contained): the page scrolling sideways, an element past either
// edge, a word broken across lines (Firefox's 240 px sidebar once showed "No / se / cre / tar / y"),
// a control smaller than WCAG 2.2's 24 px target (2.5.8; links inside text are exempt) or outside
// the panel, a budget field too narrow for its minutes. Each problem is one line naming the
// element and its text.

export function layoutProblems(): string[] {
	const problems: string[] = [];
	const width = document.documentElement.clientWidth;
	const name = (el: Element) => {
		const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
		return `${el.tagName.toLowerCase()}${el.classList.length > 0 ? `.${[...el.classList].join('.')}` : ''} “${text}”`;
	};
	const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && el.closest('.visually-hidden') === null;
	// Inside a box that scrolls or clips on its own, content may run past the panel's edge.
	const clipped = (el: Element) => {
		for (let p = el.parentElement; p !== null && p !== document.body; p = p.parentElement) {
			const overflow = getComputedStyle(p).overflowX;
			if (overflow !== 'visible') return true;
		}
		return false;
	};
	if (document.documentElement.scrollWidth > width + 1) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in ${width}`);
	for (const el of document.body.querySelectorAll('*')) {
		if (!shown(el)) continue;
		// Code may scroll sideways in its own box; nothing else should.
		const overflow = getComputedStyle(el).overflowX;
		if ((overflow === 'auto' || overflow === 'scroll') && el.closest('pre, code') === null && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} scrolls sideways (${el.scrollWidth} px in ${el.clientWidth})`);
		if (clipped(el)) continue;
		const r = el.getBoundingClientRect();
		if (r.width === 0 && r.height === 0) continue;
		if (r.right > width + 1 || r.left < -1) problems.push(`${name(el)} runs past the edge (${Math.round(r.left)}–${Math.round(r.right)} of ${width} px)`);
	}
	for (const el of document.body.querySelectorAll('button, input:not([type=hidden]), select, textarea, a[href], summary')) {
		if (!shown(el)) continue;
		const r0 = el.getBoundingClientRect();
		if (r0.right > width + 1 || r0.left < -1) problems.push(`${name(el)} cannot be reached: it is outside the panel`);
		if (el.matches('a, button.link')) continue;
		const r = el.getBoundingClientRect();
		// A checkbox's target is its label too, and the browser sizes the box itself.
		const least = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? 12 : 24;
		if (r.width < least - 0.5 || r.height < least - 0.5) problems.push(`${name(el)} is too small to use (${Math.round(r.width)}×${Math.round(r.height)} px)`);
		if (el instanceof HTMLInputElement && el.type === 'number' && el.value !== '' && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} is too narrow for its value ${el.value}`);
	}
	// A word broken across lines: its letters' boxes stand on more than one line. Hyphens and other
	// punctuation may break a line; addresses and long ids (over 24 characters) may break anywhere.
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	const range = document.createRange();
	for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
		const parent = node.parentElement;
		if (parent === null || !shown(parent) || parent.closest('textarea, select, script, style') !== null) continue;
		for (const token of (node.textContent ?? '').matchAll(/\S+/g)) {
			if (token[0].length > 24 || token[0].includes('/')) continue;
			for (const word of token[0].matchAll(/[\p{L}\p{N}'’]{2,}/gu)) {
				range.setStart(node, token.index + word.index);
				range.setEnd(node, token.index + word.index + word[0].length);
				const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
				if (lines.size > 1) problems.push(`“${word[0]}” is broken across ${lines.size} lines in ${name(parent)}`);
			}
		}
	}
	return [...new Set(problems)];
}
