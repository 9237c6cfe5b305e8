// The meeting series the user keeps (core/series.ts), by id.
import type { Series } from '../core/series.ts';
import type { Database } from './database.ts';

export interface SeriesStore {
	list(): Promise<Series[]>;
	get(id: string): Promise<Series | undefined>;
	put(series: Series): Promise<void>;
}

export function seriesStore(database: Database): SeriesStore {
	return {
		list: async () => (await (await database.get()).getAll('series')).sort((a, b) => a.name.localeCompare(b.name)),
		get: async (id) => (await database.get()).get('series', id),
		put: async (series) => void (await (await database.get()).put('series', series)),
	};
}
