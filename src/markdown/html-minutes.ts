// Minutes that arrive as HTML — a published page saved from the browser, or copied from it and
// pasted as text/html — turned into Markdown for the importer. turndown does the conversion (a
// well-kept library: CommonMark-shaped output, tables and nested lists handled); the panel loads
// this module only when HTML arrives, so the startup script does not carry it.

import TurndownService from 'turndown';

/** Whether a text is an HTML document or fragment rather than Markdown or plain text. */
export function looksLikeHtml(text: string): boolean {
	const start = text.trimStart().slice(0, 1000);
	if (/^<(?:!doctype\s+html|html|head|body|meta)\b/i.test(start)) return true;
	// A fragment: it opens with a block tag and holds a few of them.
	return /^<(?:h[1-6]|p|div|ul|ol|table|section|article|main|span)\b/i.test(start) && (text.match(/<\/(?:h[1-6]|p|li|div|td)>/gi)?.length ?? 0) >= 2;
}

let service: TurndownService | undefined;

export function htmlToMarkdown(html: string): string {
	service ??= new TurndownService({ headingStyle: 'atx', bulletListMarker: '*', codeBlockStyle: 'fenced', emDelimiter: '*', strongDelimiter: '**' });
	service.remove(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'nav', 'footer', 'button', 'form']);
	// The text as turndown writes it, with list markers followed by one space, as minutes are written.
	// Scripts, styles and style attributes go before the parser sees them: an extension page's CSP reports
	// (and blocks) inline style even in a DOMParser document, and none of it is minutes.
	const content = html.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/<link\b[^>]*>/gi, '').replace(/\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '');
	return `${service.turndown(content).replace(/^(\s*)([-*+]|\d+\.) {2,}/gm, '$1$2 ').trim()}\n`;
}
