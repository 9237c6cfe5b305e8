// Records, for each keyed block of an imported file, what the exporter generates for it from
// the imported model. A block the exporter would not write is kept as verbatim text; a block
// it would write that the file lacks is noted as absent, so an unchanged export leaves it out.

import type { Meeting, SourceBlock, StyleHints } from '../../core/types.ts';
import { mirageWww } from '../mirage-www.ts';

/** `keptWith`: for a block key, the blocks whose text also holds it (typed lines in notes). */
export function attachLayout(meeting: Meeting, blocks: SourceBlock[], tail: string, style: StyleHints, keptWith: ReadonlyMap<string, readonly string[]> = new Map()): void {
	const source: NonNullable<Meeting['source']> = { blocks: [], tail, style, absent: {}, order: [] };
	meeting.source = source;
	const generated = mirageWww.blocks(meeting, {});
	// Each key's index in what is generated (keys are unique there), and whether the file has it: a
	// 1 MB file holds 100 000 keys, and on a busy machine each look-up in a map that size costs.
	const indexOf = new Map<string, number>();
	generated.forEach((b, i) => indexOf.set(b.key, i));
	const present = new Uint8Array(generated.length);
	// New literals of two fixed shapes: deleting or adding properties would slow every block.
	source.blocks = blocks.map((block) => {
		const index = block.key === undefined ? undefined : indexOf.get(block.key);
		const text = index === undefined ? undefined : generated[index]?.text;
		if (index === undefined || text === undefined || block.key === undefined) return { lead: block.lead, raw: block.raw };
		present[index] = 1;
		const holders = keptWith.get(block.key);
		if (block.keptWith === undefined && holders === undefined) return { key: block.key, lead: block.lead, raw: block.raw, generated: text };
		const all = [...new Set([...(block.keptWith === undefined ? [] : typeof block.keptWith === 'string' ? [block.keptWith] : block.keptWith), ...(holders ?? [])])];
		const [only, ...more] = all;
		if (only === undefined) return { key: block.key, lead: block.lead, raw: block.raw, generated: text };
		return { key: block.key, lead: block.lead, raw: block.raw, generated: text, keptWith: more.length === 0 ? only : all };
	});
	generated.forEach((block, i) => {
		if (present[i] === 1) return;
		source.absent[block.key] = block.text;
		const holders = keptWith.get(block.key);
		if (holders !== undefined) (source.absentKeptWith ??= {})[block.key] = [...holders];
	});
	source.order = generated.map((b) => b.key);
}
