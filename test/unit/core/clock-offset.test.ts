// The meeting's one clock, learned from readings the reference sent: the median of the recent
// ones, short by a typical transit, and not thrown by one taken with a clock that lagged.
import { describe, expect, it } from 'vitest';
import { clockOffset, READINGS_KEPT } from '../../../src/core/clock-offset.ts';

describe('the offset to the meeting clock', () => {
	it('is unknown until a reading arrives', () => {
		expect(clockOffset([])).toBeUndefined();
	});

	it('is short by a typical time on the way, not thrown by a slow reading or one read by a lagging clock', () => {
		// This machine is 2 minutes behind; readings took 40, 5, 300, 20 and 30 ms to arrive.
		const behind = 120_000;
		const reading = (transit: number, i: number) => ({ sent: 1_000_000 + i * 10_000, received: 1_000_000 + i * 10_000 - behind + transit });
		const readings = [40, 5, 300, 20, 30].map(reading);
		expect(clockOffset(readings)).toBe(behind - 30);
		// One taken when this machine's clock had not moved on for 900 ms (a busy page's stepped clock) reads as if it came before it was sent.
		expect(clockOffset([...readings, reading(-900, 5)])).toBe(behind - 25);
		expect(Math.abs((clockOffset([...readings, reading(-900, 5)]) ?? 0) - behind)).toBeLessThan(100);
	});

	it('follows a reference whose clock was set anew, once the old readings are gone', () => {
		const old = Array.from({ length: READINGS_KEPT }, (_, i) => ({ sent: i * 10_000 + 60_000, received: i * 10_000 }));
		expect(clockOffset(old)).toBe(60_000);
		const reset = Array.from({ length: READINGS_KEPT }, (_, i) => ({ sent: (i + READINGS_KEPT) * 10_000, received: (i + READINGS_KEPT) * 10_000 }));
		expect(clockOffset([...old, ...reset.slice(0, 3)])).toBe(60_000);
		expect(clockOffset([...old, ...reset])).toBe(0);
	});
});
