// Back up and restore: everything comes back, restoring twice changes nothing, and a file that is
// not sound (not JSON, not ours, newer, changed, cut short, wrong inside) is refused with what is
// wrong, leaving the database exactly as it was.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createItem, createMeeting, journalWriter } from '../../../src/core/meeting.ts';
import { makeBackup, readBackup, restoreBackup } from '../../../src/storage/backup.ts';
import { LAST_BACKUP } from '../../../src/storage/meta-store.ts';
import { openDatabase, type Database } from '../../../src/storage/database.ts';
import { journalStore } from '../../../src/storage/journal-store.ts';
import { metaStore } from '../../../src/storage/meta-store.ts';
import { seriesStore } from '../../../src/storage/series-store.ts';
import type { Series } from '../../../src/core/series.ts';
import { sampleJournal } from '../../fixtures/sample-meeting.ts';
import { fcParams } from '../../helpers/fc-params.ts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

/** Everything in a database, to compare before and after. */
async function dump(database: Database): Promise<unknown> {
	const db = await database.get();
	return { events: await db.getAll('events'), meetings: await db.getAll('meetings'), meta: await db.getAll('meta'), metaKeys: await db.getAllKeys('meta'), series: await db.getAll('series') };
}

const weekly: Series = {
	id: 'mirage-weekly',
	name: 'MirageOS weekly call',
	title: 'Weekly Meeting: {date}',
	profile: 'mirage-www',
	cadence: { everyWeeks: 1, weekday: 3, time: '16:00', timeZone: 'Europe/London', anchor: '2026-11-25' },
	roster: [{ name: 'Anil Madhavapeddy', aliases: ['avsm'] }],
	recurring: [{ title: 'Release status', budget: 10 }],
	links: [],
	// A house style learned from one of the site's files comes back with its series.
	style: {
		learnedFrom: '2026-11-18.md',
		fileName: '{date}.md',
		frontMatter: [{ key: 'date', value: '{date}' }],
		parts: [
			{ kind: 'text', lead: '', text: '# Weekly call {date}' },
			{ kind: 'attendance', lead: '\n\n', heading: '## Present', form: { kind: 'bullets', bullet: '*', entry: '{name} {handle}', gapBetweenNotes: false } },
			{ kind: 'sections', lead: '\n\n', heading: '## {title}' },
		],
		records: { decision: 'RESOLUTION: {text}' },
	},
};

async function filled(name: string): Promise<{ database: Database; backup: string }> {
	const database = openDatabase({ name });
	const store = journalStore(database);
	await store.append(sampleJournal(), 1_000);
	const w = journalWriter('second', 'w');
	await store.append([w({ type: 'meeting.created', meeting: createMeeting({ id: 'second', title: 'Gone', date: '2026-12-02' }) }, 5), w({ type: 'item.added', item: createItem({ id: 'i', title: 'Only item' }) }, 6)], 1_000);
	await store.remove('second', 7);
	await metaStore(database).set('series-default', { profile: 'plain' });
	await metaStore(database).set('active-meeting', 'second');
	await seriesStore(database).put(weekly);
	const file = await makeBackup(database, metaStore(database), Date.UTC(2026, 10, 21, 9));
	return { database, backup: file.text };
}

describe('backup', () => {
	it('brings every meeting, deleted or not, and the settings back into an empty database', async () => {
		const { database, backup } = await filled('a');
		const checked = await readBackup(backup);
		if (!checked.ok) throw new Error(checked.message);
		const target = openDatabase({ name: 'b' });
		const result = await restoreBackup(journalStore(target), checked.backup, 2_000);
		expect(result).toEqual({ meetings: 2, events: sampleJournal().length + 2 });
		const before = (await dump(database)) as { events: unknown[]; meetings: Array<{ id: string; state: unknown }> };
		const after = (await dump(target)) as { events: unknown[]; meetings: Array<{ id: string; state: unknown; deletedAt?: number }>; meta: unknown[] };
		expect(after.events).toEqual(before.events);
		expect(after.meetings.map((m) => m.state)).toEqual(before.meetings.map((m) => m.state));
		// The settings worth keeping; not which meeting the badge followed, nor the backup time.
		expect(after.meta).toEqual([{ profile: 'plain' }]);
		expect(await seriesStore(target).list()).toEqual([weekly]);
		expect(await metaStore(database).get(LAST_BACKUP)).toBe(Date.UTC(2026, 10, 21, 9));
	});

	it('carries the events a panel logged, but not the mark that their snapshot is due', async () => {
		const database = openDatabase({ name: 'logged' });
		const store = journalStore(database);
		const w = journalWriter('m', 'w');
		await store.append([w({ type: 'meeting.created', meeting: createMeeting({ id: 'm', title: 'Call', date: '2026-12-02' }) }, 5)], 10);
		await store.log([w({ type: 'meeting.updated', patch: { title: 'Weekly call' } }, 6)]);
		await metaStore(database).set('series-default', { profile: 'plain' });
		const checked = await readBackup((await makeBackup(database, metaStore(database), 20)).text);
		if (!checked.ok) throw new Error(checked.message);
		expect(checked.backup.settings).toEqual({ 'series-default': { profile: 'plain' } });
		// Restored, the meeting is listed as it was last changed.
		const target = journalStore(openDatabase({ name: 'logged-target' }));
		await restoreBackup(target, checked.backup, 30);
		expect((await target.list()).map((r) => r.title)).toEqual(['Weekly call']);
	});

	it('changes nothing when restored twice, or into the database it came from', async () => {
		const { database, backup } = await filled('a');
		const checked = await readBackup(backup);
		if (!checked.ok) throw new Error(checked.message);
		const before = await dump(database);
		expect(await restoreBackup(journalStore(database), checked.backup, 3_000)).toEqual({ meetings: 0, events: 0 });
		expect(await dump(database)).toEqual(before);
	});

	it('merges with what is there, never deletes, and keeps a meeting deleted before the backup deleted', async () => {
		const { backup } = await filled('a');
		const target = openDatabase({ name: 'b' });
		const w = journalWriter('local', 'w');
		await journalStore(target).append([w({ type: 'meeting.created', meeting: createMeeting({ id: 'local', title: 'Only here', date: '2026-12-09' }) }, 1)], 1);
		const checked = await readBackup(backup);
		if (!checked.ok) throw new Error(checked.message);
		await restoreBackup(journalStore(target), checked.backup, 2);
		expect((await journalStore(target).list()).map((m) => m.title).sort()).toEqual(['Only here', 'Weekly Meeting: 2026-11-25'].sort());
	});

	it.each([
		['not JSON', (t: string) => t.slice(0, 40), 'it is not JSON'],
		['another file', () => '{"meetings": []}', 'it has no "format": "gavel-backup"'],
		['a newer version', (t: string) => t.replace('"version":1', '"version":2'), 'made by a newer Gavel (backup version 2'],
		['a version never written', (t: string) => t.replace('"version":1', '"version":0'), 'its version (0) is not one Gavel ever wrote'],
		['changed by hand', (t: string) => t.replace('Release', 'Relaese'), 'its checksum does not match'],
		['no checksum', (t: string) => t.replace(/,"checksum":"[^"]*"/, ''), 'its checksum does not match'],
	])('refuses %s, with the problem named', async (_, damage, message) => {
		const { backup } = await filled('a');
		const checked = await readBackup(damage(backup));
		expect(checked.ok).toBe(false);
		if (!checked.ok) expect(checked.message).toContain(message);
	});

	it('refuses a file whose checksum matches but whose events are not sound', async () => {
		const { backup } = await filled('a');
		const value = JSON.parse(backup) as { meetings: Array<{ events: Array<Record<string, unknown>> }>; checksum?: string };
		const index = value.meetings.findIndex((m) => m.events.length > 3);
		const event = value.meetings[index]?.events[3];
		if (event === undefined) throw new Error('the sample has a meeting of more than three events');
		event['at'] = 'yesterday';
		delete value.checksum;
		const { makeChecksum } = await import('../../helpers/backup-checksum.ts');
		const checked = await readBackup(JSON.stringify({ ...value, checksum: await makeChecksum(value) }));
		expect(checked).toEqual({ ok: false, message: expect.stringContaining(`meetings[${index}].events[3].at: expected a number`) });
	});

	it('refuses a series that is not sound, naming where', async () => {
		const { backup } = await filled('a');
		const value = JSON.parse(backup) as { series: Array<{ cadence: Record<string, unknown> }>; checksum?: string };
		const cadence = value.series[0]?.cadence;
		if (cadence === undefined) throw new Error('the backup has the series');
		cadence['weekday'] = 'Wednesday';
		delete value.checksum;
		const { makeChecksum } = await import('../../helpers/backup-checksum.ts');
		expect(await readBackup(JSON.stringify({ ...value, checksum: await makeChecksum(value) }))).toEqual({ ok: false, message: expect.stringContaining('series[0].cadence.weekday: expected a number') });
	});

	it('refuses a series whose house style is damaged, naming where', async () => {
		const { backup } = await filled('a');
		const value = JSON.parse(backup) as { series: Array<{ style: { parts: Array<Record<string, unknown>> } }>; checksum?: string };
		const part = value.series[0]?.style.parts[1];
		if (part === undefined) throw new Error('the backup has the style');
		part['form'] = { kind: 'bullets', bullet: '*' };
		delete value.checksum;
		const { makeChecksum } = await import('../../helpers/backup-checksum.ts');
		expect(await readBackup(JSON.stringify({ ...value, checksum: await makeChecksum(value) }))).toEqual({ ok: false, message: expect.stringContaining('series[0].style.parts[1].form.entry: missing') });
	});

	it('never throws on arbitrary or damaged files, and a refused one leaves the database as it was', async () => {
		const { database, backup } = await filled('a');
		const before = await dump(database);
		await fc.assert(fc.asyncProperty(fc.oneof(
			fc.string(),
			fc.json(),
			fc.tuple(fc.nat({ max: backup.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 8 })).map(([at, cut, insert]) => backup.slice(0, at) + insert + backup.slice(at + cut)),
		), async (text) => {
			const checked = await readBackup(text);
			if (checked.ok) await restoreBackup(journalStore(database), checked.backup, 9);
		}), fcParams(200));
		expect(await dump(database)).toEqual(before);
	});
});
