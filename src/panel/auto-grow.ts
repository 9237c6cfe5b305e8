// A text box as tall as its text, up to the CSS max-height: CSS's `field-sizing: content` where the
// browser has it (Chromium 123+), otherwise by setting the height from the scroll height when the
// text changes (Firefox: https://bugzil.la/1832409). Only where needed, and only on a change: a read
// of scrollHeight forces a layout.
import { useLayoutEffect } from 'preact/hooks';

const NATIVE = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

export function useAutoGrow(box: { current: HTMLTextAreaElement | null }, text: string): void {
	useLayoutEffect(() => {
		const el = box.current;
		if (NATIVE || el === null) return;
		el.style.height = 'auto';
		el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
	}, [text]);
}
