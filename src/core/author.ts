// Who wrote the minutes, as edited field by field (a meeting's, a series'): an empty web page or
// email is no field at all (the minutes would say `uri: ""`), and with no name nor either, no author.

import type { Author } from './types.ts';

export function authorWith(before: Author | undefined, patch: Partial<Author>): Author | undefined {
	const merged = { name: '', ...before, ...patch };
	const kept: Author = { name: merged.name };
	if (merged.uri !== undefined && merged.uri.trim() !== '') kept.uri = merged.uri;
	if (merged.email !== undefined && merged.email.trim() !== '') kept.email = merged.email;
	return kept.name.trim() === '' && kept.uri === undefined && kept.email === undefined ? undefined : kept;
}
