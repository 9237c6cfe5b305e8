// What leaves the machine is sealed with the invitation's key (AES-256-GCM, WebCrypto), each
// value bound to where it stands (the room and its key in the shared map) as additional data, so
// the relay can neither read a value nor move one to another place and have it accepted.
// https://www.w3.org/TR/WebCryptoAPI/#aes-gcm

import { fromBase64url } from './invitation.ts';

const IV_BYTES = 12;

export function importRoomKey(key: string): Promise<CryptoKey> {
	return crypto.subtle.importKey('raw', fromBase64url(key), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** `place`: where the value stands ("room/writer:seq"); the same must be given to open it. */
export async function seal(key: CryptoKey, place: string, value: unknown): Promise<Uint8Array> {
	const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
	const plain = new TextEncoder().encode(JSON.stringify(value));
	const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(place) }, key, plain));
	const out = new Uint8Array(IV_BYTES + sealed.length);
	out.set(iv);
	out.set(sealed, IV_BYTES);
	return out;
}

/** The value sealed at `place`, or undefined when this key did not seal it there (a wrong key, a damaged or moved value). */
export async function open(key: CryptoKey, place: string, sealed: Uint8Array): Promise<unknown> {
	if (sealed.length <= IV_BYTES) return undefined;
	try {
		// Copied out: WebCrypto takes no views of a SharedArrayBuffer, which a Uint8Array from Yjs may type as.
		const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(sealed.subarray(0, IV_BYTES)), additionalData: new TextEncoder().encode(place) }, key, new Uint8Array(sealed.subarray(IV_BYTES)));
		return JSON.parse(new TextDecoder().decode(plain)) as unknown;
	} catch {
		return undefined;
	}
}
