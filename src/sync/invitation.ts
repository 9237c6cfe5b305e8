// What the chair hands the secretary to join a shared meeting: the relay's address with the
// room as its path and the key in the fragment, `wss://relay.example.org/ROOM#KEY`. That is the
// very address y-websocket connects to (it appends the room to the relay's URL), and a URL's
// fragment is never sent anywhere (RFC 3986 §3.5; a WebSocket URL may not even hold one), so
// the key stays with the people it is given to.

/** A room names the meeting on the relay: 128 random bits. */
const ROOM = /^[A-Za-z0-9_-]{22}$/;
/** The AES-256 key: 32 bytes, 43 characters of base64url. */
const KEY = /^[A-Za-z0-9_-]{43}$/;

export interface Invitation {
	/** The relay, as the chair named it: `wss://relay.example.org`, `ws://127.0.0.1:1234`. */
	relay: string;
	room: string;
	/** base64url, no padding. */
	key: string;
}

export type RelayCheck = { ok: true; relay: string } | { ok: false; message: string };

/** The relay address the chair typed, as Gavel will use it; or what is wrong with it. */
export function checkRelay(text: string): RelayCheck {
	const typed = text.trim().replace(/\/+$/, '');
	let url: URL;
	try {
		url = new URL(typed);
	} catch {
		return { ok: false, message: `"${typed}" is not an address: give the relay as wss://relay.example.org (or ws://127.0.0.1:1234 for one on this machine)` };
	}
	if (url.protocol !== 'wss:' && url.protocol !== 'ws:') return { ok: false, message: `a relay's address starts with wss:// (or ws://), not ${url.protocol}//` };
	if (url.hash !== '' || url.search !== '' || url.username !== '' || url.password !== '') return { ok: false, message: 'give the relay\'s address alone, with no "#", "?" or user name in it' };
	// Unencrypted WebSocket only to this machine: elsewhere the relay would see who talks to whom in clear (the content is sealed either way).
	if (url.protocol === 'ws:' && !isLoopback(url.hostname)) return { ok: false, message: `ws:// is for a relay on this machine only: reach ${url.hostname} with wss://` };
	return { ok: true, relay: `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}` };
}

// (Not [::1]: a Content-Security-Policy source cannot name an IPv6 address, so the panel could not reach it.)
function isLoopback(host: string): boolean {
	return host === 'localhost' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export function invitationText(invitation: Invitation): string {
	return `${invitation.relay}/${invitation.room}#${invitation.key}`;
}

/** A new room and key, from `random` (crypto.getRandomValues in the panel). */
export function newInvitation(relay: string, random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>): Invitation {
	return { relay, room: base64url(random(new Uint8Array(16))), key: base64url(random(new Uint8Array(32))) };
}

export type InvitationCheck = { ok: true; invitation: Invitation } | { ok: false; message: string };

const SHAPE = 'an invitation looks like wss://relay.example.org/ROOM#KEY: copy the whole of it again from the chair';

/** The invitation pasted into "Join a shared meeting"; or what is wrong with it, saying how to mend it. */
export function readInvitation(text: string): InvitationCheck {
	const typed = text.trim();
	const hash = typed.indexOf('#');
	if (hash < 0) return { ok: false, message: `this invitation has no key (nothing after "#"): ${SHAPE}` };
	const key = typed.slice(hash + 1);
	const address = typed.slice(0, hash);
	const slash = address.lastIndexOf('/');
	const room = address.slice(slash + 1);
	const relay = checkRelay(address.slice(0, slash));
	if (slash < 0 || !relay.ok) return { ok: false, message: relay.ok ? SHAPE : `${relay.message}; ${SHAPE}` };
	if (!ROOM.test(room)) return { ok: false, message: `the meeting's name in this invitation ("${room}") is damaged: ${SHAPE}` };
	if (!KEY.test(key)) return { ok: false, message: `the key in this invitation is damaged (${key.length} characters where there should be 43): ${SHAPE}` };
	return { ok: true, invitation: { relay: relay.relay, room, key } };
}

export function base64url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
