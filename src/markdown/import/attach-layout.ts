// Records, for each keyed block of an imported file, what the exporter generates for it from
// the imported model. A block the exporter would not write is kept as verbatim text; a block
// it would write that the file lacks is noted as absent, so an unchanged export leaves it out.

import type { Meeting, SourceBlock, StyleHints } from '../../core/types.ts';
import { mirageWww } from '../mirage-www.ts';

/** `keptWith`: for a block key, the blocks whose text also holds it (typed lines in notes). */
export function attachLayout(meeting: Meeting, blocks: SourceBlock[], tail: string, style: StyleHints, keptWith: ReadonlyMap<string, readonly string[]> = new Map()): void {
	meeting.source = { blocks: [], tail, style, absent: {}, order: [] };
	const generated = mirageWww.blocks(meeting, {});
	// One map for what is generated and whether the file has it: a 1 MB file holds 100 000 keys.
	const byKey = new Map(generated.map((b) => [b.key, { text: b.text, present: false }]));
	// New literals of two fixed shapes: deleting or adding properties would slow every block.
	meeting.source.blocks = blocks.map((block) => {
		const entry = block.key === undefined ? undefined : byKey.get(block.key);
		if (entry === undefined || block.key === undefined) return { lead: block.lead, raw: block.raw };
		entry.present = true;
		const text = entry.text;
		const holders = keptWith.get(block.key);
		if (block.keptWith === undefined && holders === undefined) return { key: block.key, lead: block.lead, raw: block.raw, generated: text };
		const all = [...new Set([...(block.keptWith === undefined ? [] : typeof block.keptWith === 'string' ? [block.keptWith] : block.keptWith), ...(holders ?? [])])];
		const [only, ...more] = all;
		if (only === undefined) return { key: block.key, lead: block.lead, raw: block.raw, generated: text };
		return { key: block.key, lead: block.lead, raw: block.raw, generated: text, keptWith: more.length === 0 ? only : all };
	});
	for (const block of generated) {
		if (byKey.get(block.key)?.present === true) continue;
		meeting.source.absent[block.key] = block.text;
		const holders = keptWith.get(block.key);
		if (holders !== undefined) (meeting.source.absentKeptWith ??= {})[block.key] = [...holders];
	}
	meeting.source.order = generated.map((b) => b.key);
}
