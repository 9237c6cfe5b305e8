// Keeping the keyboard user in a list: arrows move between its rows, and removing a row puts
// the focus on its neighbour instead of dropping it to the top of the page.

/** ↑/↓ move the focus along `targets` (one per row) when it is on one of them. */
export function moveWithArrows(event: KeyboardEvent, targets: readonly (HTMLElement | null | undefined)[]): void {
	if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
	const present = targets.filter((t): t is HTMLElement => t != null);
	const at = present.findIndex((t) => t === document.activeElement);
	const next = at < 0 ? undefined : present[at + (event.key === 'ArrowDown' ? 1 : -1)];
	if (next === undefined) return;
	event.preventDefault();
	next.focus();
}

/**
 * Call as the row at `index` of `list` is being removed. When the panel has drawn the change,
 * if the focus went with the row, it moves to the row now at that place (or the new last row),
 * or to the Undo button when the list is empty.
 */
export function keepFocusInList(list: Element | null | undefined, index: number): void {
	const row = list?.children[index];
	const around = list?.parentNode;
	if (list == null || row === undefined || around == null) return;
	// Watched rather than timed: the row leaves the page in Preact's next render, whenever that is.
	const observer = new MutationObserver(() => {
		if (row.isConnected) return;
		observer.disconnect();
		if (document.activeElement !== null && document.activeElement !== document.body) return;
		const rows = list.isConnected ? [...list.children] : [];
		const next = rows[Math.min(index, rows.length - 1)];
		const target = next?.querySelector<HTMLElement>('input, button, select, textarea') ?? document.querySelector<HTMLElement>('[aria-keyshortcuts~="Alt+Z"]');
		target?.focus();
	});
	observer.observe(around, { childList: true, subtree: true });
	// A removal that never shows (another panel put the row back first) stops the watch.
	setTimeout(() => observer.disconnect(), 2_000);
}
