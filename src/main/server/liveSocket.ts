/**
 * The browser edition's live channel: a WebSocket at `/api/live`. The upgrade passes the same
 * Host and Origin checks as every request; then the first frame must carry the API token (a
 * browser cannot set headers on a WebSocket, and a token in the address would end up in logs).
 * Until it does, nothing else is read; a wrong or late token closes the socket.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { decodeFrame, LiveType, readJson } from '../../shared/live/protocol';
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
  let client: ReturnType<LiveHub['connect']> | null = null;
  const timer = setTimeout(() => ws.close(4401, 'no token'), HELLO_TIMEOUT_MS);
  ws.on('message', (data, isBinary) => {
    if (!isBinary) return void ws.close(4400, 'binary frames only');
    const bytes = new Uint8Array(Buffer.isBuffer(data) ? data : Buffer.concat(data as Buffer[]));
    if (client) return client.receive(bytes);
    const frame = decodeFrame(bytes);
    const hello = frame?.type === LiveType.hello ? readJson<{ token?: string }>(frame) : null;
    if (!tokenMatches(hello?.token, options.token())) return void ws.close(4401, 'wrong token');
    clearTimeout(timer);
    client = options.hub.connect({
      send: (frame) => {
        if (ws.readyState === ws.OPEN) ws.send(frame);
      },
      close: () => ws.close(),
    });
  });
  ws.on('close', () => {
    clearTimeout(timer);
    client?.dispose();
  });
  ws.on('error', () => ws.terminate());
}
