import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../../../src/main/server/httpServer';
import { createDispatcher, type Handlers } from '../../../../src/main/services/dispatcher';
import { contentSecurityPolicyHeader } from '../../../../src/shared/security/csp';
import { send as sendRaw } from '../../../helpers/rawHttp';

const send = (server: RunningServer, path: string, options?: Parameters<typeof sendRaw>[2]) => sendRaw(server.port, path, options);

const listed: string[] = [];
const handlers = new Proxy({} as Handlers, {
  get: (_t, name: string) => (input: unknown) => {
    listed.push(name);
    return name === 'articles:list' ? [{ id: 'a1', title: 'From the fake service' }] : input;
  },
});

describe('browser edition server', () => {
  let server: RunningServer;
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'qb-server-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Quotebook</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(tmpdir(), 'qb-secret.txt'), 'secret');
    server = await startServer({ dispatcher: createDispatcher(handlers), rendererDir: root, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  const api = (op: string, body: unknown, headers: Record<string, string> = {}) =>
    send(server, `/api/${op}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-quotebook-token': server.token, ...headers },
      body: JSON.stringify(body),
    });

  it('prints a loopback URL that carries a long random launch code, never the token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?launch=[A-Za-z0-9_-]{32}$/);
    expect(server.url).not.toContain(server.token);
  });

  it('answers 401 to the API without the token', async () => {
    expect((await api('articles:list', {}, { 'x-quotebook-token': '' })).status).toBe(401);
    expect((await api('articles:list', {}, { 'x-quotebook-token': 'wrong' })).status).toBe(401);
    expect(listed).toEqual([]);
  });

  it('serves the app (which holds no notebook data) with a CSP and without setting any cookie', async () => {
    const page = await send(server, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Quotebook</title>');
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicyHeader);
    expect(page.headers['set-cookie']).toBeUndefined();
    const asset = await send(server, '/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['set-cookie']).toBeUndefined();
    expect(asset.headers['content-type']).toContain('javascript');
  });

  it('runs operations with the token and returns results as values', async () => {
    const res = await api('articles:list', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: [{ id: 'a1', title: 'From the fake service' }] });
  });

  it('reports invalid input and unknown operations as error values', async () => {
    const bad = JSON.parse((await api('articles:get', { id: '../etc' })).body);
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('invalid-input');
    expect(bad.error.message).toContain('id');
    const unknown = JSON.parse((await api('files:readAll', {})).body);
    expect(unknown.error.code).toBe('unknown-operation');
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin even with the token', async () => {
    expect((await api('articles:list', {}, { host: 'evil.example:80' })).status).toBe(403);
    expect((await api('articles:list', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await send(server, '/', { headers: { host: 'attacker.test' } })).status).toBe(403);
  });

  it('refuses form posts without a JSON content type', async () => {
    const res = await api('articles:list', {}, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../qb-secret.txt', '/%2e%2e/qb-secret.txt', '/..%2fqb-secret.txt', '/assets/%2e%2e/%2e%2e/qb-secret.txt']) {
      const res = await send(server, path);
      expect(res.body).not.toContain('secret');
      expect([400, 404]).toContain(res.status);
    }
  });

  // A machine without a non-loopback interface has nothing to check against: reported as skipped, not passed.
  const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
  it.skipIf(!external)('binds to loopback only', async () => {
    await expect(
      new Promise((resolve, reject) => {
        const req = request({ host: external!.address, port: server.port, path: '/' }, resolve);
        req.on('error', reject);
        req.end();
      }),
    ).rejects.toThrow();
  });
});
