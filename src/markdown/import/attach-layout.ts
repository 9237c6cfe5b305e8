// Records, for each keyed block of an imported file, what the exporter generates for it from
// the imported model. A block the exporter would not write is kept as verbatim text; a block
// it would write that the file lacks is noted as absent, so an unchanged export leaves it out.

import type { Meeting, SourceBlock, StyleHints } from '../../core/types.ts';
import { mirageWww } from '../mirage-www.ts';

export function attachLayout(meeting: Meeting, blocks: SourceBlock[], tail: string, style: StyleHints): void {
	meeting.source = { blocks: [], tail, style, absent: {}, order: [] };
	const generated = mirageWww.blocks(meeting, {});
	const byKey = new Map(generated.map((b) => [b.key, b.text]));
	// New literals of two fixed shapes: deleting or adding properties would slow every block.
	meeting.source.blocks = blocks.map((block) => {
		const text = block.key === undefined ? undefined : byKey.get(block.key);
		if (text === undefined || block.key === undefined) return { lead: block.lead, raw: block.raw };
		return block.keptWith === undefined ? { key: block.key, lead: block.lead, raw: block.raw, generated: text } : { key: block.key, lead: block.lead, raw: block.raw, generated: text, keptWith: block.keptWith };
	});
	const present = new Set(meeting.source.blocks.map((b) => b.key));
	for (const block of generated) if (!present.has(block.key)) meeting.source.absent[block.key] = block.text;
	meeting.source.order = generated.map((b) => b.key);
}
