// Renders minutes for the preview. Notes are untrusted: commonmark's safe mode drops raw HTML
// and makes javascript:, vbscript:, file: and most data: links inert. Images become links to
// them: the preview loads nothing from the network (and the panel's CSP would refuse it).
import { HtmlRenderer, Node, Parser } from 'commonmark';

const parser = new Parser();
const renderer = new HtmlRenderer({ safe: true });

export function renderPreview(markdown: string): string {
	const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
	const tree = parser.parse(body);
	const images: Node[] = [];
	const walker = tree.walker();
	for (let step = walker.next(); step !== null; step = walker.next()) if (step.entering && step.node.type === 'image') images.push(step.node);
	for (const image of images) {
		const link = new Node('link');
		link.destination = image.destination;
		link.title = image.title;
		const label = new Node('text');
		label.literal = 'image: ';
		link.appendChild(label);
		while (image.firstChild !== null) link.appendChild(image.firstChild);
		image.insertBefore(link);
		image.unlink();
	}
	return renderer.render(tree);
}
