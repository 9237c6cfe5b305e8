// The call's address: what site permission it needs, how it reads, and which tab is the same call.
import { describe, expect, it } from 'vitest';
import { callAddress, originPattern, sameCall, shortAddress } from '../../../src/core/call-sites.ts';

describe('call addresses', () => {
	it('asks for one site: the host of the address, every page of it', () => {
		expect(originPattern('https://meet.jit.si/GavelWeekly#config.startWithAudioMuted=true')).toBe('https://meet.jit.si/*');
		expect(originPattern('https://us02web.zoom.us/j/123?pwd=x')).toBe('https://us02web.zoom.us/*');
		expect(originPattern('javascript:alert(1)')).toBeUndefined();
		expect(originPattern('file:///etc/passwd')).toBeUndefined();
		expect(originPattern('not a url')).toBeUndefined();
	});

	it('reads a pasted link, giving a bare host its https://', () => {
		expect(callAddress(' meet.jit.si/gavel ')).toBe('https://meet.jit.si/gavel');
		expect(callAddress('https://meet.google.com/abc-defg-hij')).toBe('https://meet.google.com/abc-defg-hij');
		expect(callAddress('mailto:chair@example.org')).toBeUndefined();
	});

	it('knows the same call whatever the query, fragment or final slash; not another room', () => {
		expect(sameCall('https://meet.google.com/abc-defg-hij?authuser=1', 'https://meet.google.com/abc-defg-hij/')).toBe(true);
		expect(sameCall('https://meet.google.com/abc-defg-hij', 'https://meet.google.com/xyz-abcd-efg')).toBe(false);
		expect(sameCall('https://meet.google.com/abc', 'https://evil.example/abc')).toBe(false);
	});

	it('reads short in the panel', () => {
		expect(shortAddress('https://meet.google.com/abc-defg-hij?authuser=1')).toBe('meet.google.com/abc-defg-hij');
	});
});
