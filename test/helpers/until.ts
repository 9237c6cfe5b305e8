// Waits for what a real network delivers when it delivers it: polls `condition`, and fails
// saying what it waited for. Generous, as a busy machine is slow; a hang still fails, under the
// test's own 20 s.
export function until(condition: () => boolean, what: string, ms = 15_000): Promise<void> {
	const start = Date.now();
	return new Promise((resolve, reject) => {
		const poll = () => {
			if (condition()) resolve();
			else if (Date.now() - start > ms) reject(new Error(`timed out waiting for ${what}`));
			else setTimeout(poll, 10);
		};
		poll();
	});
}
