// Records, for each keyed block of an imported file, what the exporter generates for it from
// the imported model. A block the exporter would not write is kept as verbatim text; a block
// it would write that the file lacks is noted as absent, so an unchanged export leaves it out.

import type { Meeting, SourceBlock, StyleHints } from '../../core/types.ts';
import { mirageWww } from '../mirage-www.ts';

/** `keptWith`: for a block key, the blocks whose text also holds it (typed lines in notes). */
export function attachLayout(meeting: Meeting, blocks: SourceBlock[], tail: string, style: StyleHints, keptWith: ReadonlyMap<string, readonly string[]> = new Map()): void {
	meeting.source = { blocks: [], tail, style, absent: {}, order: [] };
	const generated = mirageWww.blocks(meeting, {});
	const byKey = new Map(generated.map((b) => [b.key, b.text]));
	// New literals of two fixed shapes: deleting or adding properties would slow every block.
	meeting.source.blocks = blocks.map((block) => {
		const text = block.key === undefined ? undefined : byKey.get(block.key);
		if (text === undefined || block.key === undefined) return { lead: block.lead, raw: block.raw };
		const all = [...new Set([...(block.keptWith === undefined ? [] : typeof block.keptWith === 'string' ? [block.keptWith] : block.keptWith), ...(keptWith.get(block.key) ?? [])])];
		const [only, ...more] = all;
		if (only === undefined) return { key: block.key, lead: block.lead, raw: block.raw, generated: text };
		return { key: block.key, lead: block.lead, raw: block.raw, generated: text, keptWith: more.length === 0 ? only : all };
	});
	const present = new Set(meeting.source.blocks.map((b) => b.key));
	for (const block of generated) {
		if (present.has(block.key)) continue;
		meeting.source.absent[block.key] = block.text;
		const holders = keptWith.get(block.key);
		if (holders !== undefined) (meeting.source.absentKeptWith ??= {})[block.key] = [...holders];
	}
	meeting.source.order = generated.map((b) => b.key);
}
