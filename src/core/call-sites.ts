// The video-call sites Gavel can link a meeting to, and the one host permission each needs: a
// meeting remembers its call's address once the chair links it, asked for at that moment and for
// that site only (platform.md §7). Pure.

export interface CallSite {
	name: string;
	/** Match patterns of the site's tabs, as optional host permissions. */
	origins: string[];
}

export const CALL_SITES: readonly CallSite[] = [
	{ name: 'Google Meet', origins: ['https://meet.google.com/*'] },
	{ name: 'Jitsi Meet', origins: ['https://meet.jit.si/*'] },
	{ name: 'Zoom', origins: ['https://*.zoom.us/*'] },
	{ name: 'Microsoft Teams', origins: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'] },
	{ name: 'Whereby', origins: ['https://whereby.com/*'] },
	{ name: 'GoTo Meeting', origins: ['https://meet.goto.com/*', 'https://app.gotomeeting.com/*'] },
];

/** The pattern for every page of the site a typed call address is on, if it is a web address. */
export function originPattern(address: string): string | undefined {
	const url = parseUrl(address.trim());
	return url === undefined ? undefined : `${url.protocol}//${url.hostname}/*`;
}

/** The address as a web URL, when it is one ("meet.jit.si/gavel" gains its https://). */
export function callAddress(typed: string): string | undefined {
	const text = typed.trim();
	return parseUrl(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`)?.href;
}

/** Whether a tab's address is the same call: same site and room, whatever the query or fragment. */
export function sameCall(a: string, b: string): boolean {
	const x = parseUrl(a);
	const y = parseUrl(b);
	return x !== undefined && y !== undefined && x.host === y.host && x.pathname.replace(/\/$/, '') === y.pathname.replace(/\/$/, '');
}

/** "meet.google.com/abc-defg-hij": how a call's address reads in the panel. */
export function shortAddress(address: string): string {
	const url = parseUrl(address);
	return url === undefined ? address : `${url.host}${url.pathname.replace(/\/$/, '')}`;
}

function parseUrl(text: string): URL | undefined {
	try {
		const url = new URL(text);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' ? url : undefined;
	} catch {
		return undefined;
	}
}
