// Records, for each keyed block of an imported file, what the exporter generates for it from
// the imported model. A block the exporter would not write is kept as verbatim text; a block
// it would write that the file lacks is noted as absent, so an unchanged export leaves it out.

import type { Meeting, SourceBlock, StyleHints } from '../../core/types.ts';
import { mirageWww } from '../mirage-www.ts';

/** `file.keyed`: each key's block in `file.blocks`, by index. `keptWith`: for a block key, the blocks whose text also holds it (typed lines in notes). */
export function attachLayout(meeting: Meeting, file: { blocks: readonly SourceBlock[]; keyed: ReadonlyMap<string, number> }, tail: string, style: StyleHints, keptWith: ReadonlyMap<string, readonly string[]> = new Map()): void {
	const source: NonNullable<Meeting['source']> = { blocks: [], tail, style, absent: {}, order: [] };
	meeting.source = source;
	const generated = mirageWww.blocks(meeting, {});
	// What is generated for each of the file's blocks, by index; one look-up a key, as a 1 MB file
	// holds 100 000 of them and on a busy machine each look-up in a map that size costs.
	const generatedAt: Array<string | undefined> = [];
	for (const block of generated) {
		const at = file.keyed.get(block.key);
		if (at !== undefined) {
			generatedAt[at] = block.text;
			continue;
		}
		source.absent[block.key] = block.text;
		const holders = keptWith.get(block.key);
		if (holders !== undefined) (source.absentKeptWith ??= {})[block.key] = [...holders];
	}
	// New literals of two fixed shapes: deleting or adding properties would slow every block.
	source.blocks = file.blocks.map((block, i) => {
		const text = generatedAt[i];
		if (text === undefined || block.key === undefined) return { lead: block.lead, raw: block.raw };
		const holders = keptWith.get(block.key);
		if (block.keptWith === undefined && holders === undefined) return { key: block.key, lead: block.lead, raw: block.raw, generated: text };
		const all = [...new Set([...(block.keptWith === undefined ? [] : typeof block.keptWith === 'string' ? [block.keptWith] : block.keptWith), ...(holders ?? [])])];
		const [only, ...more] = all;
		if (only === undefined) return { key: block.key, lead: block.lead, raw: block.raw, generated: text };
		return { key: block.key, lead: block.lead, raw: block.raw, generated: text, keptWith: more.length === 0 ? only : all };
	});
	source.order = generated.map((b) => b.key);
}
