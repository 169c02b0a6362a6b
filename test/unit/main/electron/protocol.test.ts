import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  contentTypeFor,
  createAppProtocolHandler,
  registerAppProtocol,
  registerAppScheme,
  resolveAppPath,
} from '../../../../src/main/electron/protocol';
import { contentSecurityPolicyHeader } from '../../../../src/shared/security/csp';

const root = join('/srv', 'out', 'renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://quotebook/index.html', 'index.html'],
    ['app://quotebook/', 'index.html'],
    ['app://quotebook', 'index.html'],
    ['app://quotebook/assets/index-abc123.js', join('assets', 'index-abc123.js')],
    ['app://quotebook/assets/app.css?v=2#top', join('assets', 'app.css')],
    ['app://quotebook/fonts/Source%20Serif.woff2', join('fonts', 'Source Serif.woff2')],
    ['app://QUOTEBOOK/index.html', 'index.html'],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(resolveAppPath(url, root)).toEqual({ ok: true, file: join(root, file) });
  });

  it.each([
    'app://evil/index.html',
    'app://quotebook.evil/index.html',
    'app://quotebook:8080/index.html',
    'app://user@quotebook/index.html',
    'app://user:pw@quotebook/index.html',
    'file:///srv/out/renderer/index.html',
    'https://quotebook/index.html',
  ])('refuses the foreign origin %s', (url) => {
    expect(resolveAppPath(url, root)).toMatchObject({ ok: false, status: 403 });
  });

  it.each([
    'app://quotebook/../main/index.js',
    'app://quotebook/assets/../../secret.txt',
    'app://quotebook/%2e%2e/main/index.js',
    'app://quotebook/%2E%2E/%2E%2E/etc/passwd',
    'app://quotebook/.%2e/x',
    'app://quotebook/./index.html',
    'app://quotebook/assets%2f..%2f..%2fsecret',
    'app://quotebook/assets%2F..%2Fsecret',
    'app://quotebook/..%5c..%5csecret',
    'app://quotebook/a\\..\\..\\secret',
    'app://quotebook/C:/Windows/win.ini',
    'app://quotebook/C%3A%5CWindows',
    'app://quotebook/index.html%00.png',
    'app://quotebook/%E0%A4%A',
  ])('refuses the traversal %s', (url) => {
    const result = resolveAppPath(url, root);
    expect(result.ok).toBe(false);
  });

  it.each(['app://quotebook//etc/passwd', 'app://quotebook/assets/', 'app://quotebook/assets//x.js'])(
    'refuses the absolute or folder path %s',
    (url) => {
      expect(resolveAppPath(url, root)).toMatchObject({ ok: false });
    },
  );

  it('refuses what is not a URL', () => {
    expect(resolveAppPath('index.html', root)).toMatchObject({ ok: false, status: 400 });
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['f.woff2', 'font/woff2'],
    ['blob.bin', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('createAppProtocolHandler', () => {
  let dir: string;
  let handle: ReturnType<typeof createAppProtocolHandler>;
  const get = (url: string, method = 'GET') => handle({ url, method });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'quotebook-protocol-'));
    await mkdir(join(dir, 'renderer', 'assets'), { recursive: true });
    await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Quotebook</title>');
    await writeFile(join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    // A file just outside the served folder, which no URL may reach.
    await writeFile(join(dir, 'secret.txt'), 'private');
    handle = createAppProtocolHandler(join(dir, 'renderer'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves index.html with the CSP and nosniff headers', async () => {
    const response = await get('app://quotebook/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicyHeader);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Quotebook</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://quotebook/assets/app.js');
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await get('app://quotebook/missing.js')).status).toBe(404);
    expect((await get('app://quotebook/assets')).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of ['app://quotebook/../secret.txt', 'app://quotebook/%2e%2e/secret.txt', 'app://quotebook/..%2fsecret.txt']) {
      const response = await get(url);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(await response.text()).not.toContain('private');
    }
  });

  it('refuses other hosts, with the security headers still set', async () => {
    const response = await get('app://elsewhere/index.html');
    expect(response.status).toBe(403);
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicyHeader);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://quotebook/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://quotebook/index.html', 'POST')).status).toBe(405);
  });

  it('reports an unreadable file as a server error', async () => {
    const failing = createAppProtocolHandler(dir, () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })));
    expect((await failing({ url: 'app://quotebook/index.html', method: 'GET' })).status).toBe(500);
  });
});

describe('registration', () => {
  it('registers app: as a standard, secure, fetch-capable scheme', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme with the file handler', async () => {
    const protocol = { handle: vi.fn() };
    registerAppProtocol(protocol, '/nonexistent-quotebook-root');
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handle.mock.calls[0]?.[1] as (r: { url: string; method: string }) => Promise<Response>;
    expect((await handler({ url: 'app://other/x', method: 'GET' })).status).toBe(403);
  });
});
