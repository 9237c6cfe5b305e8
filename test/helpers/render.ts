// Renders Markdown the way a site would, to compare what readers see rather than bytes.

import { HtmlRenderer, Parser } from 'commonmark';
import { parse as parseYaml } from 'yaml';

const parser = new Parser();
// A soft line break shows as a space (CommonMark §6.12): rendered as one, a paragraph wrapped over
// two lines and the same paragraph on one line are the same page.
const renderer = new HtmlRenderer({ softbreak: ' ' });

export function splitFrontMatter(text: string): { yaml: string | undefined; body: string } {
	const match = /^---\n([\s\S]*?\n)?---\n/.exec(text);
	return match === null ? { yaml: undefined, body: text } : { yaml: match[1] ?? '', body: text.slice(match[0].length) };
}

export function html(markdown: string): string {
	return renderer.render(parser.parse(markdown));
}

export function frontMatterValues(text: string): unknown {
	const { yaml } = splitFrontMatter(text);
	return yaml === undefined ? undefined : parseYaml(yaml);
}
