// Notes are untrusted: the preview renders no HTML from them and no link that runs script.
import { describe, expect, it } from 'vitest';
import { renderPreview } from '../../../src/markdown/preview.ts';

describe('renderPreview', () => {
	it.each([
		['<script>alert(1)</script>', '<script'],
		['<img src=x onerror=alert(1)>', 'onerror'],
		['<a href="javascript:alert(1)">x</a>', 'javascript:'],
		['[click](javascript:alert(1))', 'javascript:'],
		['[click](data:text/html;base64,PHNjcmlwdD4=)', 'data:text/html'],
		['<iframe src="https://example.org"></iframe>', '<iframe'],
		['[x](vbscript:msgbox)', 'vbscript:'],
		['![tracker](https://example.org/pixel.png)', '<img'],
		['![x](javascript:alert(1))', 'javascript:'],
	])('renders %j without %j', (notes, forbidden) => {
		expect(renderPreview(notes).toLowerCase()).not.toContain(forbidden);
	});

	it('shows an image as a link to it, loading nothing', () => {
		expect(renderPreview('![The *new* logo](https://example.org/logo.png "Logo")')).toBe('<p><a href="https://example.org/logo.png" title="Logo">image: The <em>new</em> logo</a></p>\n');
	});

	it('renders the minutes a reader expects, front matter left out', () => {
		const html = renderPreview("---\nsubject: 'x'\n---\n\n#### Item ####\n\nSee [the PR][pr] and `code`.\n\n[pr]: https://example.org/pr\n");
		expect(html).toBe('<h4>Item</h4>\n<p>See <a href="https://example.org/pr">the PR</a> and <code>code</code>.</p>\n');
	});
});
