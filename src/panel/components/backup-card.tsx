// Backup and restore, under the meetings list: one click saves everything to a file; removing
// Gavel from the browser deletes its data, so the date of the last backup is always in view.
import { useEffect, useState } from 'preact/hooks';
import { downloadText } from '../../platform/save-file.ts';
import type { Backups } from '../../storage/backup.ts';
import { count } from '../../core/plural.ts';

/** `empty`: no meeting is kept yet, so there is nothing to lose (a first start is not greeted by a warning). */
export function BackupCard({ backups, empty, onRestored }: { backups: Backups; empty: boolean; onRestored(): void }) {
	const [last, setLast] = useState<number | undefined>(undefined);
	const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | undefined>(undefined);
	useEffect(() => void backups.last().then(setLast), [backups]);
	const backUp = async () => {
		const file = await backups.make();
		downloadText(file.fileName, file.text, 'application/json');
		setLast(await backups.last());
		setOutcome({ ok: true, message: `Saved ${file.fileName}: ${count(file.meetings, 'meeting')}.` });
	};
	const restore = async (file: File | undefined) => {
		if (file === undefined) return;
		const result = await backups.restore(await file.text()).catch((error: unknown) => ({ ok: false, message: `The restore could not be written, and nothing was changed: ${String(error)}` }));
		setOutcome({ ok: result.ok, message: result.ok ? result.message : `${file.name}: ${result.message}` });
		if (result.ok) onRestored();
	};
	return (
		<section class="card backup" aria-labelledby="backup-heading">
			<h2 id="backup-heading">Backup</h2>
			<p class={last === undefined && !empty ? 'problem' : 'muted'}>
				{last === undefined ? (empty ? 'Nothing to back up yet. Gavel keeps meetings in this browser only: back them up now and then.' : 'Never backed up. Removing Gavel from the browser deletes its meetings.') : `Last backup ${new Date(last).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}.`}
			</p>
			<div class="toolbar">
				<button type="button" onClick={() => void backUp()}>Back up all meetings</button>
				<label class="button">
					Restore from a backup…
					<input type="file" accept=".json,application/json" class="visually-hidden" onChange={(e) => { void restore(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
				</label>
			</div>
			{outcome === undefined ? null : <p role={outcome.ok ? 'status' : 'alert'} class={outcome.ok ? 'notice' : 'problem'}>{outcome.message}</p>}
		</section>
	);
}
