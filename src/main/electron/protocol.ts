/**
 * The `app://quotebook/` protocol that serves the built renderer. A custom scheme (not `file://`)
 * gives the UI a real origin, so the CSP, `'self'` and the IPC sender check all mean something,
 * and a page can never read arbitrary files by URL.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { contentSecurityPolicyHeader } from '../../shared/security/csp';
import { APP_HOST, APP_SCHEME } from './origins';

/** What an `app://` URL maps to: a file inside the renderer folder, or an HTTP status to answer with. */
export type AppPathResolution = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404; reason: string };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a served file; unknown kinds are opaque bytes (and `nosniff` keeps them so). */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers every `app://` response carries, including errors, so no response is ever unprotected. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicyHeader,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

const refuse = (status: 400 | 403 | 404, reason: string): AppPathResolution => ({ ok: false, status, reason });

/**
 * Maps `app://quotebook/<path>` to a file under `rootDir`, refusing anything that could escape it.
 *
 * Chromium canonicalises URLs of a standard scheme before they reach the handler, and the WHATWG
 * parser also folds `..` and `%2e%2e`; this function does not rely on either. It reads the path as
 * written, refuses any dot segment, encoded separator, backslash, drive letter or empty segment,
 * and finally checks that the joined path is still inside the root.
 */
export function resolveAppPath(url: string, rootDir: string): AppPathResolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse(400, 'not a URL');
  }
  if (parsed.protocol !== `${APP_SCHEME}:`) return refuse(403, 'wrong scheme');
  if (parsed.host.toLowerCase() !== APP_HOST || parsed.username || parsed.password) {
    return refuse(403, 'foreign host');
  }

  // The path exactly as written (query and fragment dropped), before any normalisation.
  const rawPath = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] ?? '';
  if (rawPath === '' || rawPath === '/') return { ok: true, file: join(resolve(rootDir), 'index.html') };
  if (!rawPath.startsWith('/')) return refuse(400, 'relative path');
  if (/\\|%5c|%2f|%00/i.test(rawPath)) return refuse(400, 'encoded separator or backslash');

  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refuse(400, 'malformed escape');
    }
    // An empty segment is `//` (an absolute path after the host) or a trailing slash (a folder).
    if (segment === '') return refuse(404, 'empty path segment');
    if (segment === '.' || segment === '..') return refuse(400, 'path traversal');
    // `:` would let `C:` or an NTFS stream name through on Windows; the build never emits one.
    if (/[/\\:\0]/.test(segment)) return refuse(400, 'forbidden character in path');
    segments.push(segment);
  }

  const root = resolve(rootDir);
  const file = join(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return refuse(400, 'path traversal');
  }
  return { ok: true, file };
}

/** The part of a request the handler reads; Electron passes a full `Request`. */
export interface AppRequest {
  url: string;
  method: string;
}

type ReadFile = (file: string) => Promise<Uint8Array>;

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Builds the `protocol.handle` callback serving files from `rootDir` (the built `out/renderer`). */
export function createAppProtocolHandler(rootDir: string, read: ReadFile = readFile) {
  return async (request: AppRequest): Promise<Response> => {
    const method = request.method.toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') return textResponse(405, 'Method not allowed');

    const resolution = resolveAppPath(request.url, rootDir);
    if (!resolution.ok) {
      return textResponse(resolution.status, resolution.status === 404 ? 'Not found' : 'Refused');
    }

    let body: Uint8Array;
    try {
      body = await read(resolution.file);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return textResponse(404, 'Not found');
      return textResponse(500, 'Could not read this part of Quotebook');
    }
    // A copy into a plain ArrayBuffer: Node's Buffer may sit on a shared pool, which a Response
    // body must not expose (and which BodyInit's types reject). Renderer assets are small.
    return new Response(method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        ...securityHeaders(),
        'Content-Type': contentTypeFor(resolution.file),
        // The files change with every build; never let a stale bundle meet a newer main process.
        'Cache-Control': 'no-cache',
      },
    });
  };
}

/**
 * Gives `app:` the privileges of a web origin (standard URL parsing, secure context, fetch).
 * Electron only accepts this before the app is ready, and only once.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the renderer over `app://quotebook/`; call once the app is ready. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  const handler = createAppProtocolHandler(rendererDir);
  protocol.handle(APP_SCHEME, (request) => handler(request));
}
