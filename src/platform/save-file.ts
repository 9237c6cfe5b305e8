// Copy and download from the panel. Clipboard writes need the panel focused, so call these from
// a click handler in the panel (platform.md §5).

export async function copyText(text: string): Promise<void> {
	await navigator.clipboard.writeText(text);
}

export function downloadText(fileName: string, text: string, type = 'text/markdown'): void {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke after the browser has started the download.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
