/** Plain failures get plain answers: an oversized body a 413 (not a reset), a malformed %-escape a 400 (not a 500). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../../../src/main/server/httpServer';
import { createDispatcher, type Handlers } from '../../../../src/main/services/dispatcher';
import { send } from '../../../helpers/rawHttp';

const handlers = new Proxy({} as Handlers, { get: () => () => [] });

describe('browser edition server, plain failures', () => {
  let server: RunningServer;
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'qb-server-'));
    server = await startServer({ dispatcher: createDispatcher(handlers), rendererDir: root, port: 0, maxBodyBytes: 64 * 1024 });
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  const post = (path: string, body: string) =>
    send(server.port, path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-quotebook-token': server.token }, body });

  it('answers 413 with a message to a body over the limit, and keeps serving', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(100 * 1024) });
    const res = await post('/api/articles:list', big);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.message).toMatch(/larger than/);
    expect((await post('/api/articles:list', '{}')).status).toBe(200);
  });

  it('answers 400, not 500, to a malformed %-escape in an API path', async () => {
    const res = await post('/api/articles%E0%A4%A:list', '{}');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toMatch(/malformed %-escape/);
    expect((await post('/api/%', '{}')).status).toBe(400);
  });
});
