// Two machines' clocks differ by seconds or minutes. A shared meeting keeps one clock, the
// machine that shared it: every other machine learns how far that clock is from its own and
// stamps its events, and shows the meeting's time, by it. The reference sends its clock now and
// then; a reading taken when one arrives falls short of the true offset by the time it was on
// the way. The estimate is the median of the recent readings: short by a typical transit (tens
// of milliseconds over a relay on the same continent, well inside the second the panel shows).
// Not the largest reading, which would be short only by the fastest transit: a reading taken by a
// clock that lags (one that advances in steps, as Firefox's resistFingerprinting rounds it to
// 100 ms, or Playwright's fake clock when its page is busy) comes out too large, and the largest
// would then hold this machine ahead of the meeting for as long as that reading is kept (seen:
// a second ahead, in one run of the e2e test under load).

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
	const offsets = readings.slice(-READINGS_KEPT).map(({ sent, received }) => sent - received).sort((a, b) => a - b);
	if (offsets.length === 0) return undefined;
	const middle = offsets.length >> 1;
	return offsets.length % 2 === 1 ? offsets[middle] : ((offsets[middle - 1] as number) + (offsets[middle] as number)) / 2;
}
