// The moment the panel is ready for the chair: the meeting in front of them drawn with its notes
// box ready for typing, or the meetings listed. Marked once (the benchmark reads the mark, see
// bench/panel.bench.mjs); then the parts loaded on demand are fetched in the background.
import { useEffect, useState } from 'preact/hooks';
import { preloadLazy } from './lazy.tsx';

export const INTERACTIVE_MARK = 'gavel-interactive';
let marked = false;
const waiting: Array<() => void> = [];

/** Call from an effect of the first view to be ready: only the first call counts. */
export function markInteractive(): void {
	if (marked) return;
	marked = true;
	performance.mark(INTERACTIVE_MARK);
	preloadLazy();
	waiting.splice(0).forEach((run) => run());
}

/** Runs `run` once the panel is interactive (now, if it is). */
export function onInteractive(run: () => void): void {
	if (marked) run();
	else waiting.push(run);
}

/**
 * Marks the panel interactive once `ready` (after this view's children are drawn: their effects run
 * first), and says whether it has been: parts drawn only then load after the mark, never racing it
 * (a lazy part fetched in the same frame sometimes arrived first and counted towards the startup script).
 */
export function useInteractive(ready = true): boolean {
	const [settled, setSettled] = useState(false);
	useEffect(() => {
		if (!ready) return;
		markInteractive();
		setSettled(true);
	}, [ready]);
	return settled;
}
