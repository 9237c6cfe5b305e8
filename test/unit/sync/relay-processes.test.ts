// The meeting through a relay in a process of its own, killed with SIGKILL mid-meeting and
// started again empty: `gavel relay`, and Debian's y-websocket-server, a second server built
// apart from ours that Gavel must work with too.
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../src/core/journal.ts';
import { newInvitation, type Invitation } from '../../../src/sync/invitation.ts';
import { sampleJournal } from '../../fixtures/sample-meeting.ts';
import { DEBIAN_RELAY, startRelayProcess } from '../../helpers/relay-process.ts';
import { syncMachine } from '../../helpers/sync-machine.ts';
import { until } from '../../helpers/until.ts';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
	for (const done of cleanup.splice(0).reverse()) await done();
});

const machine = (invitation: Invitation) => syncMachine(invitation, cleanup);

// CI installs Debian's server (.ci/run); elsewhere its test runs where it is installed.
const relays = [['gavel relay', 'gavel'], ["Debian's y-websocket-server", 'debian']] as const;

describe.each(relays)('through %s in its own process', (_, kind) => {
	it.skipIf(kind === 'debian' && !existsSync(DEBIAN_RELAY) && process.env['CI'] === undefined)('carries the meeting, and both converge after it is killed and started again empty', async () => {
		const relay = await startRelayProcess(kind);
		cleanup.push(() => relay.kill());
		const invitation = newInvitation(relay.url, (b) => crypto.getRandomValues(b));
		const chair = await machine(invitation);
		const secretary = await machine(invitation);
		const events = sampleJournal();
		const fromSecretary = events.slice(20, 24).map((e, i) => ({ ...e, writer: 'panel-2', seq: i + 1 }));
		await until(() => chair.session.status.state === 'live' && secretary.session.status.state === 'live', 'both to be live');
		await chair.session.publish(events.slice(0, 15));
		await until(() => secretary.seen.events.length === 15, 'the first fifteen events');
		await relay.kill();
		await until(() => chair.session.status.state === 'offline' && secretary.session.status.state === 'offline', 'both to see it gone');
		await chair.session.publish(events.slice(15));
		await secretary.session.publish(fromSecretary);
		expect(chair.session.status).toEqual({ state: 'offline', waiting: events.length - 15 });
		expect(secretary.session.status).toEqual({ state: 'offline', waiting: fromSecretary.length });
		await relay.restart();
		await until(() => secretary.seen.events.length === events.length && chair.seen.events.length === fromSecretary.length, 'both to converge');
		await until(() => chair.session.status.state === 'live' && secretary.session.status.state === 'live', 'both live again');
		expect(replay(secretary.seen.events)).toEqual(replay(events));
		expect(chair.seen.events.map((e) => `${e.writer}:${e.seq}`)).toEqual(fromSecretary.map((e) => `${e.writer}:${e.seq}`));
		expect([...chair.seen.problems, ...secretary.seen.problems]).toEqual([]);
	});
});
