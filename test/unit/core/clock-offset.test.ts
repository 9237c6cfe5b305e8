// The meeting's one clock, learned from readings the reference sent: the largest recent reading
// wins, as time on the way only ever makes a reading fall short.
import { describe, expect, it } from 'vitest';
import { clockOffset, READINGS_KEPT } from '../../../src/core/clock-offset.ts';

describe('the offset to the meeting clock', () => {
	it('is unknown until a reading arrives', () => {
		expect(clockOffset([])).toBeUndefined();
	});

	it('takes the reading that spent least time on the way', () => {
		// This machine is 2 minutes behind; readings took 40, 5 and 300 ms to arrive.
		const behind = 120_000;
		const readings = [40, 5, 300].map((transit, i) => ({ sent: 1_000_000 + i * 10_000, received: 1_000_000 + i * 10_000 - behind + transit }));
		expect(clockOffset(readings)).toBe(behind - 5);
	});

	it('follows a reference whose clock was set anew, once the old readings are gone', () => {
		const old = Array.from({ length: READINGS_KEPT }, (_, i) => ({ sent: i * 10_000 + 60_000, received: i * 10_000 }));
		expect(clockOffset(old)).toBe(60_000);
		const reset = Array.from({ length: READINGS_KEPT }, (_, i) => ({ sent: (i + READINGS_KEPT) * 10_000, received: (i + READINGS_KEPT) * 10_000 }));
		expect(clockOffset([...old, ...reset.slice(0, 3)])).toBe(60_000);
		expect(clockOffset([...old, ...reset])).toBe(0);
	});
});
