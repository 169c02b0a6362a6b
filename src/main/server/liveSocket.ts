/**
 * The browser edition's live channel: a WebSocket at `/api/live`. The upgrade passes the same
 * Host and Origin checks as every request; then the first frame must carry the API token (a
 * browser cannot set headers on a WebSocket, and a token in the address would end up in logs).
 * Until it does, nothing else is read; a wrong or late token closes the socket (see acceptWindow,
 * which the desktop app's MessagePorts share).
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { acceptWindow } from '../live/acceptWindow';
import type { LiveHub } from '../live/liveHub';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './guards';

export const LIVE_PATH = '/api/live';
/** Time a socket has to present its token. */
const HELLO_TIMEOUT_MS = 10_000;
/** Largest frame accepted from a window (a pasted note can be big; an endless one is refused). */
const MAX_FRAME_BYTES = 32 * 1024 * 1024;

export interface LiveSocketOptions {
  hub: LiveHub;
  token: () => string;
  port: () => number;
}

/** Serves the live channel on `server`; returns a function that closes every socket. */
export function attachLiveSocket(server: Server, options: LiveSocketOptions): () => void {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const port = options.port();
    const path = (req.url ?? '').split('?')[0];
    if (path !== LIVE_PATH || !isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => accept(ws, options));
  };
  server.on('upgrade', onUpgrade);
  return () => {
    server.off('upgrade', onUpgrade);
    for (const ws of sockets.clients) ws.terminate();
    sockets.close();
  };
}

function accept(ws: WebSocket, options: LiveSocketOptions): void {
  const peer = acceptWindow(
    options.hub,
    {
      send: (frame) => {
        if (ws.readyState === ws.OPEN) ws.send(frame);
      },
      close: (code, reason) => ws.close(code, reason),
    },
    { checkToken: (token) => tokenMatches(token, options.token()), helloTimeoutMs: HELLO_TIMEOUT_MS },
  );
  ws.on('message', (data, isBinary) => {
    if (!isBinary) return void ws.close(4400, 'binary frames only');
    peer.receive(new Uint8Array(Buffer.isBuffer(data) ? data : Buffer.concat(data as Buffer[])));
  });
  ws.on('close', () => peer.closed());
  ws.on('error', () => ws.terminate());
}
