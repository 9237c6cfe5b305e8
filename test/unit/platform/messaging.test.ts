// Nothing from outside Gavel gets in: no extension messaging API is listened to (so other
// extensions and web pages have no door), the manifest opens none, and the one channel Gavel's
// pages share (same origin only) folds in nothing that is not a sound event.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsMessage } from '../../../src/core/broadcast.ts';
import { isEventsMessage } from '../../../src/core/check-message.ts';
import { sampleJournal } from '../../fixtures/sample-meeting.ts';

const src = new URL('../../../src/', import.meta.url).pathname;
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));

describe('messages from outside', () => {
	it('has no listener for extension messages, internal or external', () => {
		const doors = /\b(onMessageExternal|onConnectExternal|onMessage|onConnect|sendMessage|connectNative|externally_connectable)\b/;
		expect(files(src).filter((f) => doors.test(readFileSync(f, 'utf8'))).map((f) => f.slice(src.length))).toEqual([]);
		expect(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')).not.toMatch(/externally_connectable|web_accessible_resources|content_scripts/);
	});

	it('folds in from the panels\' channel only messages of sound events', () => {
		const events = sampleJournal();
		expect(isEventsMessage(eventsMessage(events))).toBe(true);
		expect(isEventsMessage({ kind: 'gavel-events', events: [{ ...events[1], type: 'meeting.burnt' }] })).toBe(false);
		expect(isEventsMessage({ kind: 'gavel-events', events: [{ ...events[0], meeting: { id: events[0]?.meetingId, title: 5 } }] })).toBe(false);
		expect(isEventsMessage({ kind: 'gavel-events', events: 'all of them' })).toBe(false);
		expect(isEventsMessage({ kind: 'something else', events })).toBe(false);
		expect(isEventsMessage('gavel-events')).toBe(false);
	});
});
