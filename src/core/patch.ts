import type { Patch } from './events.ts';

/** Applies a patch: `null` removes a field, a value sets it, an absent key leaves it alone. */
export function applyPatch<T extends object, F extends Partial<T>>(target: T, patch: Patch<F>): T {
	const next = { ...target } as Record<string, unknown>;
	for (const [key, value] of Object.entries(patch)) {
		if (value === null) delete next[key];
		else if (value !== undefined) next[key] = value;
	}
	return next as T;
}
