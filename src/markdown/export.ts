// One entry point for every caller (panel, CLI, tests): a meeting and a profile name in,
// the files a site needs out.

import type { Meeting, SourceLayout } from '../core/types.ts';
import { safeFileName } from './file-name.ts';
import { renderBlocks, renderKeeping, renderWithLayout } from './layout.ts';
import { mirageWww } from './mirage-www.ts';
import { plain } from './plain.ts';
import { styleProfile } from './style/write-style.ts';
import { LEARNED, type Block, type ExportedMinutes, type Profile, type ProfileOptions } from './profile.ts';

export { LEARNED };

export const profiles: Readonly<Record<string, Profile>> = { [mirageWww.name]: mirageWww, [plain.name]: plain };

export function exportMinutes(meeting: Meeting, profileName: string, options: ProfileOptions = {}): ExportedMinutes {
	if (profileName === LEARNED && options.style === undefined) throw new RangeError('the learned profile needs a style: learn one from a published minutes file first');
	const profile = profileName === LEARNED && options.style !== undefined ? styleProfile(options.style) : profiles[profileName];
	if (profile === undefined) throw new RangeError(`unknown profile "${profileName}": choose one of ${[...Object.keys(profiles), LEARNED].join(', ')}`);
	const blocks = profile.blocks(meeting, options);
	// Only the profile a file was imported from can put its layout back.
	const markdown = profile === mirageWww ? renderWithLayout(blocks, meeting.source) : meeting.source === undefined ? renderBlocks(blocks) : keepingSource(blocks, meeting, meeting.source);
	return { fileName: safeFileName(profile.fileName(meeting)), markdown, extras: profile.extras(meeting, options) };
}

function keepingSource(blocks: readonly Block[], meeting: Meeting, source: SourceLayout): string {
	const current = sourceBlocks(meeting);
	// The file's own front matter stands for a learned style's, as its title heading does for the profile's.
	const frontMatter = keptFrontMatter(meeting, current);
	const written = frontMatter === undefined ? blocks : blocks.filter((b) => b.key !== 'front-matter');
	return renderKeeping(written, source, frontMatter, plainHome, current);
}

/** The file's front matter, written back as the current model has it (its own keys kept), for a profile that writes none. */
function keptFrontMatter(meeting: Meeting, current: (key: string) => string | undefined): string | undefined {
	const block = meeting.source?.blocks.find((b) => b.key === 'front-matter');
	if (block === undefined) return undefined;
	const now = current('front-matter');
	return now === undefined || now === block.generated ? block.raw : now;
}

/** What the file's own profile writes for each key now. */
function sourceBlocks(meeting: Meeting): (key: string) => string | undefined {
	let texts: Map<string, string> | undefined;
	return (key) => (texts ??= new Map(mirageWww.blocks(meeting, {}).map((b) => [b.key, b.text]))).get(key);
}

/** Where the plain profile writes what the file kept after one of its blocks (null: nowhere, so the block is kept as written). */
function plainHome(key: string): string | null | undefined {
	if (key === 'agenda-heading' || key.startsWith('agenda:')) return 'agenda';
	if (key.endsWith(':records')) return key.replace(/:records$/, ':notes');
	if (key === 'aob-heading') return 'aob';
	if (key === 'notes-heading' || key === 'aob-separator') return null;
	if (key === 'front-matter' || key === 'summary') return undefined;
	return key;
}
