/**
 * The browser edition: the same renderer bundle and the same contract operations as the desktop
 * app, over HTTP on 127.0.0.1 with a per-run secret token, sent only as a header (never a cookie,
 * never an address). The printed address carries a one-time launch code instead (launchCodes.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { contentSecurityPolicyHeader } from '../../shared/security/csp';
import { fail, type Result } from '../../shared/api/result';
import type { Dispatcher } from '../services';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './guards';
import { LaunchCodes } from './launchCodes';
import { readStatic } from './staticFiles';
import { attachLiveSocket } from './liveSocket';
import type { LiveHub } from '../live/liveHub';

export interface ServerOptions {
  dispatcher: Dispatcher;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** The live channel (what changed, notes edited together); absent: windows refresh on focus only. */
  live?: LiveHub;
  /** Test seam: the largest request body accepted (default 64 MB). */
  maxBodyBytes?: number;
  /** Test seam: the clock launch codes expire by. */
  now?: () => number;
}

export interface RunningServer {
  /** The address to open: the app with a one-time launch code (never the token). */
  url: string;
  port: number;
  /** The API token: sent as a header by the page, the CLI (through .owner.json) and tests. */
  token: string;
  /** Another one-time launch address (for another tab). */
  launchUrl(): string;
  close(): Promise<void>;
}

/** Large enough for a 50 MB article sent as JSON, small enough to refuse a runaway upload. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
export const TOKEN_HEADER = 'x-quotebook-token';
/** Where a page trades its launch code for the token. */
export const SESSION_PATH = '/api/session';
/** Where a holder of the token asks for another launch address (`quotebook serve --new-address`). */
export const LAUNCH_PATH = '/api/session:launch';
/** What a launch code that is unknown, spent or expired gets. */
export const LAUNCH_REFUSED =
  'This Quotebook address was already used or has expired (each address opens one tab, once, within 5 minutes). Run `quotebook serve --new-address` for a new one, or go back to the tab where Quotebook already runs.';

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicyHeader,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * The body as text, or null when it is larger than `limit`. An oversized body is still read (and
 * thrown away) so the client gets the 413 answer instead of a reset connection; one far beyond the
 * limit is cut off rather than drained forever.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit * 4) {
        resolve(null);
        req.destroy();
      } else chunks.length = 0;
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, operation: string, dispatcher: Dispatcher, limit: number): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, fail('invalid-input', 'API operations are called with POST.'));
  // A JSON content type cannot be sent by a plain HTML form, which closes the simplest CSRF path.
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, fail('invalid-input', 'API requests must have Content-Type: application/json.'));
  }
  const tooLarge = () =>
    sendJson(res, 413, fail('invalid-input', `The request is larger than ${Math.round(limit / 1024 / 1024)} MB. Import big files from the command line.`));
  // A body far beyond the limit is answered at once (the client may see a reset while sending);
  // a merely oversized one is read and thrown away first, so the client gets the answer.
  if (Number(req.headers['content-length'] ?? 0) > limit * 4) {
    res.setHeader('Connection', 'close');
    req.resume();
    return tooLarge();
  }
  let input: unknown;
  const body = await readBody(req, limit);
  if (body === null) return tooLarge();
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return sendJson(res, 400, fail('invalid-input', 'The request body is not valid JSON.'));
  }
  sendJson(res, 200, await dispatcher.invoke(operation, input));
}

/** `POST /api/session {launch}`: a launch code traded, once, for the token. */
async function handleSession(req: IncomingMessage, res: ServerResponse, codes: LaunchCodes, token: string): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, fail('invalid-input', 'A session is opened with POST.'));
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, fail('invalid-input', 'A session is opened with Content-Type: application/json.'));
  }
  const body = await readBody(req, 4096);
  let launch: unknown;
  try {
    launch = (JSON.parse(body ?? '') as { launch?: unknown } | null)?.launch;
  } catch {
    launch = undefined;
  }
  if (!codes.redeem(launch)) return sendJson(res, 401, fail('forbidden', LAUNCH_REFUSED));
  sendJson(res, 200, { ok: true, value: { token } });
}

/** Starts the server; resolves once it listens. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;
  const codes = new LaunchCodes(options.now);
  const launchUrl = () => `http://127.0.0.1:${port}/?launch=${codes.mint()}`;

  const server = createServer(async (req, res) => {
    try {
      if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
        return sendJson(res, 403, fail('forbidden', 'This request did not come from Quotebook and was refused.'));
      }
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname === SESSION_PATH) return await handleSession(req, res, codes, token);
      if (url.pathname.startsWith('/api/')) {
        const header = req.headers[TOKEN_HEADER];
        if (!tokenMatches(Array.isArray(header) ? header[0] : header, token)) {
          return sendJson(res, 401, fail('forbidden', 'Missing or wrong token. Open a new address from `quotebook serve --new-address`.'));
        }
        if (url.pathname === LAUNCH_PATH) {
          if (req.method !== 'POST') return sendJson(res, 405, fail('invalid-input', 'A launch address is asked for with POST.'));
          return sendJson(res, 200, { ok: true, value: { url: launchUrl() } });
        }
        let operation: string;
        try {
          operation = decodeURIComponent(url.pathname.slice('/api/'.length));
        } catch {
          return sendJson(res, 400, fail('invalid-input', 'The address has a malformed %-escape; API operations are named like /api/articles:list.'));
        }
        return await handleApi(req, res, operation, options.dispatcher, options.maxBodyBytes ?? MAX_BODY_BYTES);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('invalid-input', 'Only GET is allowed here.'));
      // The page and its scripts go to any request that passed the Host and Origin checks: they
      // are the public app, hold nothing of the notebook, and so need no credential (no cookie).
      const file = await readStatic(options.rendererDir, url.pathname);
      if (!file) {
        res.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end('Not found.\n');
      }
      const headers: Record<string, string> = { ...securityHeaders, 'Content-Type': file.type, 'Cache-Control': 'no-cache' };
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : file.body);
    } catch (error) {
      sendJson(res, 500, fail('internal', `The server failed: ${error instanceof Error ? error.message : String(error)}`));
    }
  });

  const closeLive = options.live ? attachLiveSocket(server, { hub: options.live, token: () => token, port: () => port }) : () => undefined;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: launchUrl(),
        port,
        token,
        launchUrl,
        close: () => new Promise<void>((done) => {
          closeLive();
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
