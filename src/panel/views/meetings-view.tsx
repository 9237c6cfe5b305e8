// The list of meetings, newest first, searchable; new meetings (blank, from a pasted agenda,
// or from a minutes file); open; delete with undo.
import { useEffect, useState } from 'preact/hooks';
import type { JournalStore } from '../../storage/journal-store.ts';
import type { MeetingRecord } from '../../storage/schema.ts';

export interface NewMeeting {
	kind: 'blank' | 'agenda' | 'file';
	text?: string;
	fileName?: string;
}

interface Props {
	store: JournalStore;
	now: () => number;
	onOpen(id: string): void;
	onDuplicate(record: MeetingRecord): void;
	onNew(request: NewMeeting): Promise<string | undefined>;
}

export function MeetingsView({ store, now, onOpen, onNew, onDuplicate }: Props) {
	const [query, setQuery] = useState('');
	const [records, setRecords] = useState<MeetingRecord[] | undefined>(undefined);
	const [deleted, setDeleted] = useState<MeetingRecord | undefined>(undefined);
	const [agenda, setAgenda] = useState<string | undefined>(undefined);
	const [problem, setProblem] = useState<string | undefined>(undefined);
	const refresh = () => void (query.trim() === '' ? store.list() : store.search(query)).then(setRecords);
	useEffect(refresh, [query, deleted]);
	// Another panel may have changed a meeting: look again when this one comes back into view.
	useEffect(() => {
		const again = () => document.visibilityState === 'visible' && refresh();
		addEventListener('focus', again);
		document.addEventListener('visibilitychange', again);
		return () => {
			removeEventListener('focus', again);
			document.removeEventListener('visibilitychange', again);
		};
	}, [query]);

	const remove = async (record: MeetingRecord) => {
		await store.remove(record.id, now());
		setDeleted(record);
	};
	const undo = async () => {
		if (deleted !== undefined) await store.restore(deleted.id);
		setDeleted(undefined);
	};
	const create = async (request: NewMeeting) => setProblem(await onNew(request));
	const importFile = async (file: File | undefined) => {
		if (file !== undefined) await create({ kind: 'file', text: await file.text(), fileName: file.name });
	};

	return (
		<main class="view">
			<div class="toolbar">
				<button type="button" class="primary" aria-keyshortcuts="Alt+W" onClick={() => void create({ kind: 'blank' })}>New meeting</button>
				<button type="button" aria-keyshortcuts="Alt+V" onClick={() => setAgenda(agenda === undefined ? '' : undefined)} aria-expanded={agenda !== undefined}>From agenda…</button>
				<label class="button">
					Import minutes…
					<input type="file" accept=".md,.markdown,text/markdown,text/plain" class="visually-hidden" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
				</label>
			</div>
			{agenda === undefined ? null : (
				<form class="card" onSubmit={(e) => { e.preventDefault(); void create({ kind: 'agenda', text: agenda }); }}>
					<label for="paste-agenda">Paste the agenda</label>
					<textarea id="paste-agenda" rows={6} value={agenda} placeholder={'- Welcome (5m)\n- Release status - 15 min\n  - CI\n- [10] Website'} onInput={(e) => setAgenda(e.currentTarget.value)} />
					<button type="submit" class="primary">Create meeting</button>
				</form>
			)}
			{problem === undefined ? null : <p role="alert" class="problem">{problem}</p>}
			<input type="search" aria-keyshortcuts="Alt+K" aria-label="Search meetings" placeholder="Search titles, people and notes" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
			{deleted === undefined ? null : (
				<p role="status" class="notice">
					Deleted “{deleted.title}”. <button type="button" class="link" aria-keyshortcuts="Alt+Z" onClick={() => void undo()}>Undo</button>
				</p>
			)}
			{records === undefined ? null : records.length === 0 ? (
				<p class="muted">{query === '' ? 'No meetings yet. Start one above.' : 'No meeting matches.'}</p>
			) : (
				<ul class="meetings">
					{records.map((r) => (
						<li key={r.id}>
							<button type="button" class="meeting" onClick={() => onOpen(r.id)}>
								<span class="title">{r.title}</span>
								<span class="muted">{r.date} · {r.state.items.length} items</span>
							</button>
							<button type="button" class="icon" aria-label={`Duplicate ${r.title}`} title="Duplicate for the next call" onClick={() => onDuplicate(r)}>⧉</button>
							<button type="button" class="icon" aria-label={`Delete ${r.title}`} title="Delete" onClick={() => void remove(r)}>✕</button>
						</li>
					))}
				</ul>
			)}
		</main>
	);
}
