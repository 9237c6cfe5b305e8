// `gavel relay`: a stock y-websocket relay (@y/websocket-server's own connection handler, unchanged),
// so that a chair can run one anywhere with nothing of Gavel's on the server. Rooms live in memory
// only: what the peers send is encrypted, and when the relay restarts empty the peers fill it again.
// https://github.com/yjs/y-websocket-server
//
// One thing is added: a room no one has been in for a while is forgotten. Without a persistence
// layer the library keeps every room it ever held until the process ends (its closeConn drops a
// room only when persisting it), so a relay up for months would hold every meeting shared on it.
// Peers who come back to a forgotten room fill it again, as after a restart.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { encodeStateAsUpdate } from 'yjs';
import { docs, setupWSConnection } from '@y/websocket-server/utils';

export interface RelayOptions {
	host: string;
	port: number;
	/** How long a room with no one in it is kept (10 minutes unless said). */
	emptyRoomMs?: number;
}

export const EMPTY_ROOM_MS = 10 * 60_000;

export interface Relay {
	/** The address peers connect to, `ws://host:port`. */
	url: string;
	port: number;
	/** Each room the relay holds now, by name, as its whole state (what a test reads to see that nothing is in clear). */
	rooms(): Map<string, Uint8Array>;
	/** The presence states the relay passes on in a room, as it sees them. */
	presence(room: string): unknown[];
	close(): Promise<void>;
}

export function startRelay(options: RelayOptions): Promise<Relay> {
	const sockets = new WebSocketServer({ noServer: true });
	// A plain GET answers, so a proxy's health check (or a person with a browser) sees it is up.
	const server = createServer((_request, response) => {
		response.writeHead(200, { 'Content-Type': 'text/plain' });
		response.end('Gavel relay (y-websocket): connect with ws://\n');
	});
	const forgetting = new Map<string, ReturnType<typeof setTimeout>>();
	const forgetIfEmpty = (room: string) => {
		const doc = docs.get(room);
		if (doc === undefined || doc.conns.size > 0) return;
		doc.destroy();
		docs.delete(room);
	};
	sockets.on('connection', (socket, request) => {
		setupWSConnection(socket, request);
		// The room's name as the library takes it from the URL.
		const room = (request.url ?? '').slice(1).split('?')[0] ?? '';
		clearTimeout(forgetting.get(room));
		socket.on('close', () => {
			clearTimeout(forgetting.get(room));
			forgetting.set(room, setTimeout(() => {
				forgetting.delete(room);
				forgetIfEmpty(room);
			}, options.emptyRoomMs ?? EMPTY_ROOM_MS).unref());
		});
	});
	server.on('upgrade', (request, socket, head) => sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request)));
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host, () => {
			const { port } = server.address() as AddressInfo;
			const host = options.host.includes(':') ? `[${options.host}]` : options.host;
			resolve({
				url: `ws://${host}:${port}`,
				port,
				rooms: () => new Map([...docs].map(([name, doc]) => [name, encodeStateAsUpdate(doc)])),
				presence: (room) => [...(docs.get(room)?.awareness.getStates().values() ?? [])],
				close: () =>
					new Promise((done) => {
						for (const timer of forgetting.values()) clearTimeout(timer);
						for (const client of sockets.clients) client.terminate();
						sockets.close();
						// The library keeps its rooms in a module-wide map: a relay closed and started again in
						// one process comes back empty, as a restarted one does.
						for (const doc of docs.values()) doc.destroy();
						docs.clear();
						server.close(() => done());
					}),
			});
		});
	});
}
