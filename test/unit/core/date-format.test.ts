// Formatters are made once per locale and options and then kept: the panel formats times on every
// render, and making one costs far more than using it.
import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from '../../../src/core/date-format.ts';

describe('dateTimeFormat', () => {
	it('gives the same formatter for the same locale and options, and formats as a new one would', () => {
		const options = { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
		const first = dateTimeFormat('en-US', options);
		expect(dateTimeFormat('en-US', { ...options })).toBe(first);
		expect(first.format(Date.UTC(2026, 10, 25, 7, 30))).toBe(new Intl.DateTimeFormat('en-US', options).format(Date.UTC(2026, 10, 25, 7, 30)));
		expect(first.format(Date.UTC(2026, 10, 25, 7, 30))).toBe('16:30');
	});

	it('makes another for another zone, locale or option', () => {
		const base = dateTimeFormat('en-US', { timeZone: 'UTC', hour: 'numeric' });
		expect(dateTimeFormat('en-US', { timeZone: 'Europe/London', hour: 'numeric' })).not.toBe(base);
		expect(dateTimeFormat('en-GB', { timeZone: 'UTC', hour: 'numeric' })).not.toBe(base);
		expect(dateTimeFormat(undefined, { timeZone: 'UTC', hour: 'numeric' })).not.toBe(base);
		expect(dateTimeFormat('en-US', { timeZone: 'UTC', hour: '2-digit' })).not.toBe(base);
	});

	it('throws for an unknown time zone, every time', () => {
		expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
		expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
	});
});
