// The invitation the chair gives: it names the relay and the room and carries the key in its
// fragment; anything damaged in it is refused with what to do.
import { describe, expect, it } from 'vitest';
import { checkRelay, invitationText, newInvitation, readInvitation } from '../../../src/sync/invitation.ts';

const random = (bytes: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(bytes);

describe('invitations', () => {
	it('round-trips: the room is the path y-websocket connects to, the key only in the fragment', () => {
		const invitation = newInvitation('wss://relay.example.org', random);
		const text = invitationText(invitation);
		expect(text).toMatch(/^wss:\/\/relay\.example\.org\/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$/);
		expect(readInvitation(`  ${text}\n`)).toEqual({ ok: true, invitation });
		// Two invitations never share a room or a key.
		const other = newInvitation('wss://relay.example.org', random);
		expect([other.room, other.key]).not.toContain(invitation.room);
		expect(other.key).not.toBe(invitation.key);
	});

	it('keeps a relay under a path (behind a proxy) and on a port', () => {
		for (const relay of ['wss://example.org/gavel-relay', 'ws://127.0.0.1:1234', 'ws://localhost:4444', 'wss://[2001:db8::1]:8443']) {
			const invitation = newInvitation(relay, random);
			expect(readInvitation(invitationText(invitation))).toEqual({ ok: true, invitation });
		}
	});

	it('refuses a damaged invitation, saying what is wrong', () => {
		const text = invitationText(newInvitation('wss://relay.example.org', random));
		const cases: Array<[string, RegExp]> = [
			[text.slice(0, text.indexOf('#')), /has no key \(nothing after "#"\)/],
			[text.slice(0, -3), /the key in this invitation is damaged \(40 characters where there should be 43\)/],
			[text.replace(/\/([^/#]{5})[^/#]*#/, '/$1#'), /the meeting's name in this invitation \("[^"]{5}"\) is damaged/],
			[text.replace('wss://', 'https://'), /starts with wss:\/\/ \(or ws:\/\/\), not https:\/\//],
			['hello there', /has no key/],
			[`#${'a'.repeat(43)}`, /an invitation looks like wss:\/\/relay\.example\.org\/ROOM#KEY/],
		];
		for (const [damaged, message] of cases) {
			const read = readInvitation(damaged);
			expect(read.ok).toBe(false);
			if (!read.ok) expect(read.message).toMatch(message);
		}
	});
});

describe('the relay address the chair names', () => {
	it('takes wss:// anywhere and ws:// on this machine only', () => {
		expect(checkRelay('wss://relay.example.org/')).toEqual({ ok: true, relay: 'wss://relay.example.org' });
		expect(checkRelay(' ws://127.0.0.1:1234 ')).toEqual({ ok: true, relay: 'ws://127.0.0.1:1234' });
		expect(checkRelay('ws://relay.example.org')).toEqual({ ok: false, message: 'ws:// is for a relay on this machine only: reach relay.example.org with wss://' });
		expect(checkRelay('relay.example.org')).toMatchObject({ ok: false, message: expect.stringContaining('is not an address') });
		expect(checkRelay('wss://relay.example.org/?room=x')).toMatchObject({ ok: false, message: expect.stringContaining('with no "#", "?"') });
	});
});
