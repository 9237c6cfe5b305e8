// Text for places that show no Markdown (a page's description): the words a reader sees.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/markdown/plain-text.ts';

describe('plainText', () => {
	it('keeps the words of code, links, emphasis and escapes, not their marks', () => {
		expect(plainText('`mirage-dev` and the [post on mailing list][tls-xen]')).toBe('mirage-dev and the post on mailing list');
		expect(plainText('**Release** of [Mirage 2.0](https://mirage.io) _now_ \\*really\\*')).toBe('Release of Mirage 2.0 now *really*');
		expect(plainText('see <https://mirage.io>, ~~old~~ new')).toBe('see https://mirage.io, old new');
		expect(plainText('a_b_c and 2 * 3')).toBe('a_b_c and 2 * 3');
	});
});
