/**
 * The browser edition's launch codes (issue 11 item 3): the address `serve` prints carries a code,
 * never the token; the page trades it once, from its own origin, for the token. A spent, expired,
 * forged or foreign-origin trade gets nothing, so the address in a browser's history is useless.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAUNCH_PATH, SESSION_PATH, startServer, TOKEN_HEADER, type RunningServer } from '../../../../src/main/server/httpServer';
import { LAUNCH_CODE_LIFETIME_MS } from '../../../../src/main/server/launchCodes';
import { createDispatcher, type Handlers } from '../../../../src/main/services/dispatcher';
import { send, type RawResponse } from '../../../helpers/rawHttp';

const handlers = new Proxy({} as Handlers, { get: () => () => [] });
const codeOf = (url: string) => new URL(url).searchParams.get('launch') ?? '';

describe('launch codes', () => {
  let server: RunningServer;
  let root: string;
  let clock = 1_000_000;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'qb-launch-'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Quotebook</title>');
    server = await startServer({ dispatcher: createDispatcher(handlers), rendererDir: root, port: 0, now: () => clock });
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  const trade = (launch: unknown, headers: Record<string, string> = {}) =>
    send(server.port, SESSION_PATH, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ launch }) });
  const refused = (res: RawResponse, status = 401) => {
    expect(res.status).toBe(status);
    expect(res.body).not.toContain(server.token);
    expect(res.headers['set-cookie']).toBeUndefined();
  };

  it('trades the printed code for the token once; the same address a second time gets nothing', async () => {
    const code = codeOf(server.url);
    const first = await trade(code, { origin: `http://127.0.0.1:${server.port}` });
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ ok: true, value: { token: server.token } });
    expect(first.headers['set-cookie']).toBeUndefined();
    const again = await trade(code);
    refused(again);
    expect(JSON.parse(again.body).error.message).toContain('quotebook serve --new-address');
  });

  it('refuses a code past its lifetime', async () => {
    const code = codeOf(server.launchUrl());
    clock += LAUNCH_CODE_LIFETIME_MS + 1;
    refused(await trade(code));
  });

  it('refuses a trade from another origin (another local service) without spending the code', async () => {
    const code = codeOf(server.launchUrl());
    refused(await trade(code, { origin: 'http://127.0.0.1:1' }), 403);
    refused(await trade(code, { origin: 'http://localhost:8080' }), 403);
    expect((await trade(code)).status).toBe(200);
  });

  it.each<[string, () => Promise<RawResponse>]>([
    ['no code', () => trade(undefined)],
    ['an empty code', () => trade('')],
    ['a made-up code', () => trade('x'.repeat(32))],
    ['the token itself', () => trade(server.token)],
    ['a code that is not a string', () => trade({ launch: 1 })],
    ['a body that is not JSON', () => send(server.port, SESSION_PATH, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'launch=' })],
  ])('refuses %s', async (_name, attempt) => refused(await attempt()));

  it('refuses a trade that is not a JSON POST (a form or a link cannot do it)', async () => {
    const code = codeOf(server.launchUrl());
    refused(await send(server.port, `${SESSION_PATH}?launch=${code}`), 405);
    refused(await send(server.port, SESSION_PATH, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ launch: code }) }), 415);
  });

  it('gives a new address only to a holder of the token, and that address works once', async () => {
    refused(await send(server.port, LAUNCH_PATH, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }));
    const res = await send(server.port, LAUNCH_PATH, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token }, body: '{}' });
    const url = JSON.parse(res.body).value.url as string;
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?launch=[A-Za-z0-9_-]{32}$`));
    expect(url).not.toContain(server.token);
    expect((await trade(codeOf(url))).status).toBe(200);
    refused(await trade(codeOf(url)));
  });
});
