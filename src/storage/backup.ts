// Back up everything to one JSON file, and restore from it. The file holds every meeting's
// journal (the snapshots are rebuilt from it), the settings worth keeping, a format version and
// a SHA-256 checksum of the rest. Restoring checks all of that first and refuses the file, with
// the first problem, before anything is written; it then adds, in one transaction, only the
// events the journal lacks: restoring twice changes nothing, and nothing is ever deleted. A
// meeting deleted before the backup comes back deleted only if it is new here.

import type { MeetingEvent } from '../core/events.ts';
import type { Series } from '../core/series.ts';
import { checkEventShape, checkSeriesShape } from '../core/validate.ts';
import type { Database } from './database.ts';
import type { JournalStore } from './journal-store.ts';
import { ACTIVE_MEETING, LAST_BACKUP, type MetaStore } from './meta-store.ts';
import { count } from '../core/plural.ts';

export const BACKUP_FORMAT = 'gavel-backup';
export const BACKUP_VERSION = 1;
// Settings about this browser's moment, not the user's data.
const TRANSIENT = new Set([ACTIVE_MEETING, LAST_BACKUP]);

export interface BackupMeeting {
	id: string;
	/** When the meeting was deleted, if it was; kept so the file tells the whole story. */
	deletedAt?: number;
	events: MeetingEvent[];
}

export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	createdAt: string;
	meetings: BackupMeeting[];
	/** The meeting series, with their cadence and roster (absent in backups made before series). */
	series?: Series[];
	settings: Record<string, unknown>;
}

export interface BackupFile {
	fileName: string;
	text: string;
	meetings: number;
	events: number;
}

/** Everything in the database as a backup file; records when, for the "last backup" line. */
export async function makeBackup(database: Database, meta: MetaStore, now: number): Promise<BackupFile> {
	const db = await database.get();
	const tx = db.transaction(['events', 'meetings', 'meta', 'series']);
	const [events, records, settingKeys, settingValues, series] = await Promise.all([tx.objectStore('events').getAll(), tx.objectStore('meetings').getAll(), tx.objectStore('meta').getAllKeys(), tx.objectStore('meta').getAll(), tx.objectStore('series').getAll()]);
	const byMeeting = new Map<string, MeetingEvent[]>();
	for (const e of events) {
		const list = byMeeting.get(e.meetingId);
		if (list === undefined) byMeeting.set(e.meetingId, [e]);
		else list.push(e);
	}
	const deleted = new Map(records.flatMap((r) => (r.deletedAt === undefined ? [] : [[r.id, r.deletedAt] as const])));
	// Settings are named by strings; the other keys are this database's snapshot-due marks.
	const settings = Object.fromEntries(settingKeys.flatMap((k, i) => (typeof k === 'string' && !TRANSIENT.has(k) ? [[k, settingValues[i]]] : [])));
	const backup: Backup = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		createdAt: new Date(now).toISOString(),
		meetings: [...byMeeting].map(([id, list]) => {
			const deletedAt = deleted.get(id);
			return { id, ...(deletedAt === undefined ? {} : { deletedAt }), events: list };
		}),
		series,
		settings,
	};
	const text = `${JSON.stringify({ ...backup, checksum: await checksumOf(backup) })}\n`;
	await meta.set(LAST_BACKUP, now);
	return { fileName: `gavel-backup-${backup.createdAt.slice(0, 10)}.json`, text, meetings: backup.meetings.length, events: events.length };
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; message: string };

/** Reads a backup file, or says what is wrong with it. Never throws. */
export async function readBackup(text: string): Promise<BackupCheck> {
	const refuse = (problem: string): BackupCheck => ({ ok: false, message: `This is not a backup Gavel can restore: ${problem}` });
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return refuse(`it is not JSON (${error instanceof Error ? error.message : String(error)}). Choose the gavel-backup-….json file Gavel saved.`);
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { format?: unknown }).format !== BACKUP_FORMAT) {
		return refuse(`it has no "format": "${BACKUP_FORMAT}". Choose the gavel-backup-….json file Gavel saved.`);
	}
	const { checksum, ...body } = value as Record<string, unknown>;
	const version = body['version'];
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse(`its version (${JSON.stringify(version)}) is not one Gavel ever wrote.`);
	if (version > BACKUP_VERSION) return refuse(`it was made by a newer Gavel (backup version ${version}; this one reads up to ${BACKUP_VERSION}). Update Gavel, then restore it.`);
	if (typeof checksum !== 'string' || checksum !== (await checksumOf(body))) {
		return refuse('its checksum does not match its content: the file was changed or cut short after Gavel saved it. Use another copy.');
	}
	const problem = shapeProblem(body);
	if (problem !== undefined) return refuse(`${problem}.`);
	return { ok: true, backup: body as unknown as Backup };
}

/** Adds what the journal lacks, in one transaction; how many meetings and events were new. */
export async function restoreBackup(store: JournalStore, backup: Backup, now: number): Promise<{ meetings: number; events: number }> {
	const fresh: MeetingEvent[] = [];
	let meetings = 0;
	for (const meeting of backup.meetings) {
		const have = new Set((await store.keys(meeting.id)).map((k) => JSON.stringify(k)));
		const missing = meeting.events.filter((e) => !have.has(JSON.stringify([e.meetingId, e.at, e.writer, e.seq])));
		if (missing.length > 0 && have.size === 0) meetings += 1;
		fresh.push(...missing);
	}
	const deletedAt = Object.fromEntries(backup.meetings.flatMap((m) => (m.deletedAt === undefined ? [] : [[m.id, m.deletedAt]])));
	await store.append(fresh, now, 'strict', { settings: backup.settings, deletedAt, series: backup.series ?? [] });
	return { meetings, events: fresh.length };
}

function shapeProblem(body: Record<string, unknown>): string | undefined {
	if (typeof body['createdAt'] !== 'string') return 'createdAt: expected text';
	const settings = body['settings'];
	if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return 'settings: expected an object';
	const series = body['series'];
	if (series !== undefined) {
		if (!Array.isArray(series)) return 'series: expected a list';
		for (const [i, one] of series.entries()) {
			const problem = checkSeriesShape(one, `series[${i}]`);
			if (problem !== undefined) return problem;
		}
	}
	const meetings = body['meetings'];
	if (!Array.isArray(meetings)) return 'meetings: expected a list';
	for (const [i, m] of meetings.entries()) {
		const path = `meetings[${i}]`;
		if (typeof m !== 'object' || m === null) return `${path}: expected an object`;
		const { id, events, deletedAt } = m as Record<string, unknown>;
		if (typeof id !== 'string') return `${path}.id: expected text`;
		if (deletedAt !== undefined && typeof deletedAt !== 'number') return `${path}.deletedAt: expected a number`;
		if (!Array.isArray(events)) return `${path}.events: expected a list`;
		for (const [j, e] of events.entries()) {
			const problem = checkEventShape(e, `${path}.events[${j}]`);
			if (problem !== undefined) return problem;
			if ((e as MeetingEvent).meetingId !== id) return `${path}.events[${j}].meetingId: not this meeting (${id})`;
		}
	}
	return undefined;
}

async function checksumOf(value: unknown): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(value)));
	return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** JSON with object keys sorted, so the checksum does not depend on key order. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (typeof value === 'object' && value !== null) {
		const record = value as Record<string, unknown>;
		return `{${Object.keys(record).sort().filter((k) => record[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** What the panel needs to back up and restore, with its messages. */
export interface Backups {
	/** When the last backup was made, if ever (ms). */
	last(): Promise<number | undefined>;
	make(): Promise<BackupFile>;
	/** Restores a file's text; says what happened, or why nothing did. */
	restore(text: string): Promise<{ ok: boolean; message: string }>;
}

export function backups(database: Database, store: JournalStore, meta: MetaStore, now: () => number): Backups {
	return {
		last: () => meta.get<number>(LAST_BACKUP),
		make: () => makeBackup(database, meta, now()),
		async restore(text) {
			const checked = await readBackup(text);
			if (!checked.ok) return checked;
			const { meetings, events } = await restoreBackup(store, checked.backup, now());
			if (events === 0) return { ok: true, message: 'Nothing to restore: everything in this backup is already here.' };
			return { ok: true, message: `Restored ${count(meetings, 'new meeting')} and ${count(events, 'change')}; what was here is kept.` };
		},
	};
}
