// A minutes file that says no meeting date: the panel asks for it, then imports the file with it.
// Loaded only then (not part of the panel's first script).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { localDate } from '../../core/cadence.ts';
import { DateField } from './typed-field.tsx';

/** `now`: the clock, for the dates typed relative to today (in this computer's time zone). */
export function ImportDate({ fileName, now, onDate, onCancel }: { fileName: string; now: number; onDate(date: string): void; onCancel(): void }) {
	const today = localDate(now, Intl.DateTimeFormat().resolvedOptions().timeZone);
	const [date, setDate] = useState<string | undefined>(undefined);
	const field = useRef<HTMLInputElement>(null);
	useLayoutEffect(() => field.current?.focus(), []);
	return (
		<form class="card" aria-labelledby="import-date-label" onSubmit={(e) => { e.preventDefault(); if (date !== undefined) onDate(date); }} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
			<label id="import-date-label" for="import-date">“{fileName}” gives no meeting date. On what date was the meeting?</label>
			<DateField id="import-date" field={field} value={date} from={today} onChange={(value) => setDate(value ?? undefined)} />
			<div class="toolbar">
				<button type="submit" class="primary" disabled={date === undefined}>Import it</button>
				<button type="button" onClick={onCancel}>Cancel</button>
			</div>
		</form>
	);
}
