// Readable, stable reference ids for links ("mirage-pull-350" for a GitHub pull request), unique
// within a meeting.

export function linkIdFor(url: string, text: string | undefined, taken: ReadonlySet<string>): string {
	const base = slug(text ?? '') || slugFromUrl(url) || 'link';
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.split('-')
		.slice(0, 5)
		.join('-');
}

function slugFromUrl(url: string): string {
	const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)([^?#]*)/i.exec(url);
	if (match === null) return slug(url);
	const parts = (match[2] ?? '').split('/').filter((p) => p !== '' && !['pull', 'issues', 'blob', 'tree', 'wiki'].includes(p));
	const kind = /\/pull\//.test(url) ? 'pull' : /\/issues\//.test(url) ? 'issue' : '';
	const tail = parts.slice(-2);
	const last = tail.at(-1);
	const named = kind !== '' && last !== undefined ? [...tail.slice(0, -1), kind, last] : tail;
	return slug(named.join(' ')) || slug((match[1] ?? '').replace(/^www\./, '').split('.')[0] ?? '');
}
