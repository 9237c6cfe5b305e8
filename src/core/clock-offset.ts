// Two machines' clocks differ by seconds or minutes. A shared meeting keeps one clock, the
// machine that shared it: every other machine learns how far that clock is from its own and
// stamps its events, and shows the meeting's time, by it. The reference sends its clock now and
// then; a reading taken when one arrives falls short of the true offset by the time it was on
// the way (never more), so the largest of the recent readings is the estimate: over a relay on
// the same continent, within a few tens of milliseconds, well inside the second the panel shows.
// (The median was tried: on a machine under load, transit grew to half a second and the median of
// the first few readings put the two clocks 0.26-0.5 s apart for seconds, where the largest
// stays within the fastest transit. A clock that reads late, as Firefox's resistFingerprinting
// rounds it down to 100 ms, makes the largest overshoot by as much: still inside the second.)

export interface ClockReading {
	/** The reference's clock when it sent the reading. */
	sent: number;
	/** This machine's clock when it arrived. */
	received: number;
}

/** Readings kept: a few minutes of them, so that a reference whose clock is set anew is followed. */
export const READINGS_KEPT = 8;

/** How far the reference's clock is ahead of this machine's, in ms; undefined before any reading. */
export function clockOffset(readings: readonly ClockReading[]): number | undefined {
	let best: number | undefined;
	for (const { sent, received } of readings.slice(-READINGS_KEPT)) best = Math.max(best ?? -Infinity, sent - received);
	return best;
}
