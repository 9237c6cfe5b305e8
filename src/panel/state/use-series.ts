// The series the panel shows, read from the store and written back on every change (a series is
// a small record: each edit is one put, kept as it is typed like everything else).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Series } from '../../core/series.ts';
import type { SeriesStore } from '../../storage/series-store.ts';

/** One series, and a way to change it that saves the change at once. */
export function useSeries(store: SeriesStore, id: string | undefined): [Series | undefined, (change: (series: Series) => Series) => void, string | undefined] {
	const [series, setSeries] = useState<Series | undefined>(undefined);
	const [problem, setProblem] = useState<string | undefined>(undefined);
	// The latest value, for edits that come faster than renders (typing).
	const latest = useRef<Series | undefined>(undefined);
	const show = (value: Series | undefined) => {
		latest.current = value;
		setSeries(value);
	};
	useEffect(() => {
		show(undefined);
		if (id !== undefined) void store.get(id).then(show);
	}, [store, id]);
	const change = (edit: (series: Series) => Series) => {
		if (latest.current === undefined) return;
		const next = edit(latest.current);
		show(next);
		store.put(next).then(
			() => setProblem(undefined),
			(error: unknown) => setProblem(`The series could not be saved (${error instanceof Error ? error.message : String(error)}). Your change is shown but not kept: try again, or reload the panel.`),
		);
	};
	return [series, change, problem];
}

/** Every series, by name; read again when `again` changes and when the panel comes back into view. */
export function useSeriesList(store: SeriesStore, again?: unknown): Series[] | undefined {
	const [list, setList] = useState<Series[] | undefined>(undefined);
	useEffect(() => {
		const load = () => void store.list().then(setList);
		load();
		addEventListener('focus', load);
		return () => removeEventListener('focus', load);
	}, [store, again]);
	return list;
}
