// Writing generated blocks back into the layout of an imported file. A block whose model did
// not change since the import is written as the file had it (same bytes); a changed one is
// regenerated in place; a new one goes after the block that precedes it in generated order;
// text the model has no field for stays where it was. While the model keeps its order, the
// file's order is kept; once the user reorders, the generated order wins. This keeps a site's
// git history quiet when last week's minutes are imported, touched and exported again.

import type { SourceBlock, SourceLayout } from '../core/types.ts';
import type { Block } from './profile.ts';

interface Group {
	block: SourceBlock;
	/** Verbatim blocks that followed this keyed block in the file. */
	trailers: SourceBlock[];
}

export function renderBlocks(blocks: readonly Block[], tail = '\n'): string {
	return blocks.map((b, i) => (i === 0 ? '' : b.lead) + b.text).join('') + tail;
}

export function renderWithLayout(blocks: readonly Block[], layout: SourceLayout | undefined): string {
	if (layout === undefined) return renderBlocks(blocks);
	const { head, groups, fileOrder } = groupLayout(layout.blocks);
	const generated = new Map(blocks.map((b) => [b.key, b]));
	const pieces: string[] = head.map((b) => b.lead + b.raw);
	const emitted = new Set<string>();
	const keeps = keptAsWritten(groups, generated, layout.absent);
	for (const key of sequence(blocks, fileOrder, layout.order)) {
		const block = generated.get(key);
		if (block === undefined) continue;
		const group = groups.get(key);
		if (group === undefined) {
			if (layout.absent[key] === block.text && (layout.absentKeptWith?.[key] ?? []).every(keeps)) continue;
			pieces.push((pieces.length === 0 ? '' : block.lead) + block.text);
			continue;
		}
		emitted.add(key);
		const keep = keeps(key);
		// An empty block (records typed in the notes) regenerated takes the lead a new block would.
		pieces.push((keep ? group.block.lead : group.block.raw === '' ? block.lead : group.block.lead) + (keep ? group.block.raw : block.text));
		pieces.push(...group.trailers.map((t) => t.lead + t.raw));
	}
	// Verbatim text that followed a block the model no longer has is kept, at the end.
	for (const [key, group] of groups) if (!emitted.has(key)) pieces.push(...group.trailers.map((t) => t.lead + t.raw));
	return pieces.join('') + layout.tail;
}

/**
 * Whether a keyed block is written back as the file had it: the model still generates what it did
 * at import, and so do the blocks whose text also holds it (`keptWith`, wherever they are in the
 * file). A block the file did not have counts as kept while the model generates what it did then
 * (nothing, for one it did not generate either).
 */
function keptAsWritten(groups: ReadonlyMap<string, Group>, generated: ReadonlyMap<string, Block>, absent: Readonly<Record<string, string>>): (key: string) => boolean {
	const known = new Map<string, boolean>();
	const keeps = (key: string): boolean => {
		const seen = known.get(key);
		if (seen !== undefined) return seen;
		if (!groups.has(key)) return key in absent ? absent[key] === generated.get(key)?.text : !generated.has(key);
		// A cycle, should one ever be written, counts as changed.
		known.set(key, false);
		const group = groups.get(key);
		const with_ = group?.block.keptWith;
		const result = group !== undefined && group.block.generated === generated.get(key)?.text && (with_ === undefined ? [] : typeof with_ === 'string' ? [with_] : with_).every(keeps);
		known.set(key, result);
		return result;
	};
	return keeps;
}

/** The keys in the order to write them: the file's, with new keys after their predecessor. */
function sequence(blocks: readonly Block[], fileOrder: readonly string[], importOrder: readonly string[]): string[] {
	const keys = blocks.map((b) => b.key);
	const inFile = new Set(fileOrder);
	const generated = new Set(keys);
	const kept = keys.filter((k) => inFile.has(k));
	const keptSet = new Set(kept);
	const wasOrder = importOrder.filter((k) => keptSet.has(k));
	if (kept.length !== wasOrder.length || kept.some((k, i) => k !== wasOrder[i])) return keys;
	// The file's order, with each new key after the last key before it that the file has.
	const newAfter = new Map<string | undefined, string[]>();
	let anchor: string | undefined;
	for (const key of keys) {
		if (inFile.has(key)) anchor = key;
		else {
			const list = newAfter.get(anchor);
			if (list === undefined) newAfter.set(anchor, [key]);
			else list.push(key);
		}
	}
	return [...(newAfter.get(undefined) ?? []), ...fileOrder.filter((k) => generated.has(k)).flatMap((k) => [k, ...(newAfter.get(k) ?? [])])];
}

function groupLayout(blocks: readonly SourceBlock[]): { head: SourceBlock[]; groups: Map<string, Group>; fileOrder: string[] } {
	const head: SourceBlock[] = [];
	const groups = new Map<string, Group>();
	const fileOrder: string[] = [];
	let current: Group | undefined;
	for (const block of blocks) {
		if (block.key === undefined) {
			(current?.trailers ?? head).push(block);
			continue;
		}
		current = { block, trailers: [] };
		groups.set(block.key, current);
		fileOrder.push(block.key);
	}
	return { head, groups, fileOrder };
}

/**
 * An imported file written by another profile than its own: the profile's blocks, with the file's
 * text that the model has no field for kept in place, so no word of it is lost. Text before the
 * file's first block comes first (the file's own title heading then stands for the profile's);
 * text that followed a block follows the profile's block of that key, or of the nearest key before
 * it in the file that the profile writes (`home` maps a source key to the profile's, "agenda:i3" →
 * "agenda"; null: the profile has no place for it, and it is kept as written). The file's front
 * matter, where the profile writes none, stays as the first block. `current`: what the file's own
 * profile writes for a key now, to tell whether the model still says what the file did.
 */
export function renderKeeping(blocks: readonly Block[], layout: SourceLayout, frontMatter: string | undefined, home: (key: string) => string | null | undefined, current: (key: string) => string | undefined): string {
	const { head, groups, fileOrder } = groupLayout(layout.blocks);
	const keepRaw = (key: string) => key === 'next-call' || key === 'attendees';
	const skipped = new Set(fileOrder.filter((k) => keepRaw(k) && groups.get(k)?.block.generated === current(k)));
	const written = new Set(blocks.filter((b) => !skipped.has(b.key)).map((b) => b.key));
	const after = new Map<string, SourceBlock[]>();
	const lead: SourceBlock[] = [...head];
	let anchor: string | undefined;
	for (const key of fileOrder) {
		const mapped = home(key);
		if (typeof mapped === 'string' && written.has(mapped)) anchor = mapped;
		const group = groups.get(key);
		// A block the profile has no place for ("### Notes ###", the "--" before AoB) is kept as written;
		// so is prose the profile would write its own way, while the model still says what it did.
		const kept = group !== undefined && (mapped === null || (typeof mapped === 'string' && keepRaw(key) && group.block.generated === current(key))) ? [group.block] : [];
		const trailers = [...kept, ...(group?.trailers ?? [])];
		if (trailers.length === 0) continue;
		if (anchor === undefined) lead.push(...trailers);
		else if (after.has(anchor)) after.get(anchor)?.push(...trailers);
		else after.set(anchor, trailers);
	}
	const titled = lead.some((b) => /^# /.test(b.raw));
	const pieces: string[] = [];
	const add = (lead: string, text: string) => pieces.push((pieces.length === 0 ? '' : lead) + text);
	// A kept block that was first in the file had no lead; among the profile's blocks it is a paragraph.
	const addKept = (kept: readonly SourceBlock[]) => kept.forEach((b) => add(b.lead === '' ? '\n\n' : b.lead, b.raw));
	if (frontMatter !== undefined) add('', frontMatter);
	for (const block of blocks) {
		if (skipped.has(block.key)) continue;
		if (block.key !== 'title' || !titled) add(block.lead, block.text);
		if (block.key === 'title') addKept(lead.splice(0));
		addKept(after.get(block.key) ?? []);
	}
	addKept(lead);
	return `${pieces.join('')}\n`;
}
