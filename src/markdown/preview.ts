// Renders minutes for the preview. Notes are untrusted: commonmark's safe mode drops raw HTML
// and makes javascript:, vbscript:, file: and most data: links inert.
import { HtmlRenderer, Parser } from 'commonmark';

const parser = new Parser();
const renderer = new HtmlRenderer({ safe: true });

export function renderPreview(markdown: string): string {
	const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
	return renderer.render(parser.parse(body));
}
