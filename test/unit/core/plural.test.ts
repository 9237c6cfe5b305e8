// Counts read as a reader says them, one and many alike, with the thousands grouped.
import { describe, expect, it } from 'vitest';
import { count } from '../../../src/core/plural.ts';

describe('count', () => {
	it('says one thing in the singular, and none or many in the plural', () => {
		expect([0, 1, 2].map((n) => count(n, 'item'))).toEqual(['0 items', '1 item', '2 items']);
		expect(count(1, 'person', 'people')).toBe('1 person');
		expect(count(3, 'person', 'people')).toBe('3 people');
		expect(count(1200, 'meeting')).toBe('1,200 meetings');
	});
});
