// Small settings kept beside the journal (which meeting is running, when the last backup was).
import type { Database } from './database.ts';

/** When the last backup was made (ms). */
export const LAST_BACKUP = 'last-backup';
/** The meeting whose clock moved last: the one the badge and the alarms follow. */
export const ACTIVE_MEETING = 'active-meeting';

export interface MetaStore {
	get<T>(key: string): Promise<T | undefined>;
	set(key: string, value: unknown): Promise<void>;
}

export function metaStore(database: Database): MetaStore {
	return {
		get: async <T,>(key: string) => (await (await database.get()).get('meta', key)) as T | undefined,
		set: async (key, value) => void (await (await database.get()).put('meta', value, key)),
	};
}
