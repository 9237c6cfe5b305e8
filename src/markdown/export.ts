// One entry point for every caller (panel, CLI, tests): a meeting and a profile name in,
// the files a site needs out.

import type { Meeting } from '../core/types.ts';
import { safeFileName } from './file-name.ts';
import { renderBlocks, renderWithLayout } from './layout.ts';
import { mirageWww } from './mirage-www.ts';
import { plain } from './plain.ts';
import type { ExportedMinutes, Profile, ProfileOptions } from './profile.ts';

export const profiles: Readonly<Record<string, Profile>> = { [mirageWww.name]: mirageWww, [plain.name]: plain };

export function exportMinutes(meeting: Meeting, profileName: string, options: ProfileOptions = {}): ExportedMinutes {
	const profile = profiles[profileName];
	if (profile === undefined) throw new RangeError(`unknown profile "${profileName}": choose one of ${Object.keys(profiles).join(', ')}`);
	const blocks = profile.blocks(meeting, options);
	// Only the profile a file was imported from can put its layout back.
	const markdown = profile === mirageWww ? renderWithLayout(blocks, meeting.source) : renderBlocks(blocks);
	return { fileName: safeFileName(profile.fileName(meeting)), markdown, extras: profile.extras(meeting, options) };
}
