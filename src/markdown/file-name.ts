// A file name that stays a file name on every system, whatever a meeting's date or title holds:
// no folder separators or "..", no control, format (a right-to-left override can disguise the
// extension) or reserved characters, no lone surrogates, no Windows device names
// (CON, NUL, COM1 …), no trailing dot or space, at most 120 code points, ending in ".md".

const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX = 120;

export function safeFileName(name: string, fallback = 'minutes'): string {
	const bare = name.replace(/\.md$/i, '');
	let stem = bare
		.replace(/[\p{Cf}\p{Cs}]/gu, '')
		.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
		.replace(/\.{2,}/g, '.')
		.replace(/^[.\s-]+|[.\s]+$/g, '');
	if (stem === '') stem = fallback;
	// Windows takes "NUL.txt" for the device as much as "NUL".
	if (RESERVED.test(stem.split('.')[0]?.trim() ?? '')) stem = `_${stem}`;
	// Cut by code point, so that no half of a surrogate pair is left at the end.
	return `${Array.from(stem).slice(0, MAX - 3).join('').replace(/[.\s]+$/, '')}.md`;
}
